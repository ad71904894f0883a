import type { SiteDoc } from "../../blocks/doc/schema.ts";
import type { StorefrontCollection, StorefrontProduct } from "../../blocks/render/commerce.ts";
import type { AppDeps } from "../deps.ts";
import { TX_OPTIONS } from "./transactions.ts";
import { saveProduct, ZProductInput } from "./products.ts";

/**
 * The demo store's catalog: the fixture's products (in stock, except what the fixture shows as
 * sold out) and collections, a welcome code and simple shipping, so a newcomer can buy at once.
 * Returns fixture id -> new id, for pointing the demo pages' blocks at the real records.
 */
export async function seedDemoCatalog(
  deps: Pick<AppDeps, "db">,
  siteId: string,
  fixture: { products: StorefrontProduct[]; collections: StorefrontCollection[]; currency: string },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const start = Date.now();
  await deps.db.prisma.$transaction(async (tx) => {
    await tx.storeSettings.upsert({
      where: { siteId },
      create: { siteId, currency: fixture.currency },
      update: { currency: fixture.currency },
    });
    for (const [i, product] of fixture.products.entries()) {
      const input = ZProductInput.parse({
        title: product.title,
        handle: product.handle,
        descriptionHtml: product.descriptionHtml ?? "",
        status: "active",
        images: product.images,
        options: product.options,
        variants: product.variants.map((v) => ({
          options: product.options.map((o) => v.options[o.name] ?? ""),
          price: v.price,
          compareAtPrice: v.compareAtPrice,
          stock: v.available && product.available ? 25 : 0,
          weightGrams: 300,
        })),
      });
      // Distinct creation times keep the fixture's order on the storefront.
      ids.set(
        product.id,
        await saveProduct(tx, siteId, null, input, { createdAt: new Date(start + i) }),
      );
    }
    for (const [i, collection] of fixture.collections.entries()) {
      const created = await tx.collection.create({
        data: {
          siteId,
          handle: collection.handle,
          title: collection.title,
          description: collection.description ?? "",
          image: collection.image ? { ...collection.image } : undefined,
          createdAt: new Date(start + i),
          products: {
            create: collection.productIds
              .filter((id) => ids.has(id))
              .map((id, position) => ({ productId: ids.get(id)!, position })),
          },
        },
      });
      ids.set(collection.id, created.id);
    }
    await tx.discount.create({
      data: { siteId, code: "WELCOME10", kind: "percentage", value: 1000, perCustomerLimit: 1 },
    });
    await tx.shippingZone.create({
      data: {
        siteId,
        name: "United States",
        countries: ["US"],
        rates: {
          create: [
            { name: "Standard", kind: "free_over", price: 500, freeOverAmount: 5000 },
            { name: "Express", kind: "flat", price: 1500 },
          ],
        },
      },
    });
    await tx.shippingZone.create({
      data: {
        siteId,
        name: "Rest of the world",
        countries: ["*"],
        rates: { create: [{ name: "International", kind: "flat", price: 2000 }] },
      },
    });
  }, TX_OPTIONS);
  return ids;
}

/** The document with every prop value that names a fixture id replaced by the real id. */
export function pointDocAtCatalog(doc: SiteDoc, ids: ReadonlyMap<string, string>): SiteDoc {
  const visit = (value: unknown): unknown => {
    if (typeof value === "string") return ids.get(value) ?? value;
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  return { ...doc, pages: visit(doc.pages) as SiteDoc["pages"] };
}
