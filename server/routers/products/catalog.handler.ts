import { priceRange, readImages, siteCatalog } from "../../commerce/catalog.ts";
import type { HandlerArgs } from "../../commerce/merchant.ts";
import { currencyExponent } from "../../../domain/money.ts";
import { catalogData } from "../../commerce/checkout-http/storefront-data.ts";

/**
 * The catalog for the visual editor. `storefront` is what the storefront renders pages with (the
 * same cached snapshot), so the canvas shows the merchant's real products; `unlisted` are the
 * products it leaves out (drafts, archived, none for sale yet), so a picker can offer them too.
 */
export async function catalogHandler({ ctx }: HandlerArgs<unknown>) {
  const [catalog, rows] = await Promise.all([
    siteCatalog(ctx.deps, ctx.site.id),
    ctx.deps.db.prisma.product.findMany({
      where: { siteId: ctx.site.id },
      select: {
        id: true,
        handle: true,
        title: true,
        status: true,
        images: true,
        variants: { select: { price: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  // Read from the rows rather than asked for by status, so a product another server process
  // has just published (its cached snapshot is up to 10 s old) is still in one of the lists.
  const listed = new Set(catalog.products.map((product) => product.id));
  const unlisted = rows
    .filter((row) => !listed.has(row.id))
    .map((row) => {
      return {
        id: row.id,
        handle: row.handle,
        title: row.title,
        status: row.status,
        image: readImages(row.images)[0] ?? null,
        ...priceRange(row.variants),
      };
    });
  return {
    currency: catalog.currency,
    exponent: currencyExponent(catalog.currency),
    /** The store's language (null: the site document's), which the canvas speaks as the shop does. */
    language: catalog.language,
    storefront: catalogData(catalog),
    unlisted,
  };
}
