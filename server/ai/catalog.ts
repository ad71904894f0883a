import type { StorefrontProduct } from "../../blocks/render/commerce.ts";
import { priceRange, storefrontProduct } from "../commerce/catalog.ts";
import { saveProduct, ZProductInput } from "../commerce/products.ts";
import type { Commerce } from "../commerce/service.ts";
import type { Database } from "../db/client.ts";
import type { SampleProduct } from "./site/products.ts";

/**
 * Where AI actions meet the product catalogue (server/commerce): creating the products of a
 * generated store, and reading and updating one product for `productDescription`.
 * The only file of server/ai that knows the commerce domain's functions.
 */
export interface SampleCatalog {
  /** Creates a generated store's products (priced ones on sale, samples marked). */
  createProducts(siteId: string, products: SampleProduct[]): Promise<{ created: number }>;
  product(siteId: string, productId: string): Promise<CatalogProduct | null>;
  update(
    siteId: string,
    productId: string,
    fields: { descriptionHtml?: string; seoTitle?: string | null; seoDescription?: string | null },
  ): Promise<void>;
  /** Products shown around the site in AI context (titles and prices). */
  list(siteId: string, limit: number): Promise<StorefrontProduct[]>;
}

export type CatalogProduct = {
  id: string;
  title: string;
  descriptionHtml: string;
  seoTitle: string | null;
  seoDescription: string | null;
  options: { name: string; values: string[] }[];
  priceMin: number;
  priceMax: number;
};

export function commerceCatalog(db: Database, commerce: Commerce): SampleCatalog {
  return {
    async createProducts(siteId, products) {
      let created = 0;
      await db.prisma.$transaction(async (tx) => {
        for (const sample of products) {
          const input = ZProductInput.parse({
            title: sample.title,
            handle: undefined,
            descriptionHtml: sample.descriptionHtml,
            status: sample.status,
            tags: [],
            images: sample.images,
            options: sample.options,
            variants: sample.variants.map((v) => ({
              options: sample.options.map((o) => v.options[o.name]!),
              price: v.price,
              compareAtPrice: v.compareAtPrice,
              sku: v.sku,
              stock: v.inventory,
            })),
          });
          await saveProduct(tx, siteId, null, input, { sample: sample.sample });
          created += 1;
        }
      });
      commerce.catalogChanged(siteId);
      return { created };
    },
    async product(siteId, productId) {
      const row = await db.prisma.product.findFirst({
        where: { id: productId, siteId },
        include: { variants: true },
      });
      if (!row) return null;
      return {
        id: row.id,
        title: row.title,
        descriptionHtml: row.descriptionHtml,
        seoTitle: row.seoTitle,
        seoDescription: row.seoDescription,
        options: Array.isArray(row.options) ? (row.options as CatalogProduct["options"]) : [],
        ...priceRange(row.variants),
      };
    },
    async update(siteId, productId, fields) {
      await db.prisma.product.updateMany({ where: { id: productId, siteId }, data: fields });
      commerce.catalogChanged(siteId);
    },
    async list(siteId, limit) {
      const rows = await db.prisma.product.findMany({
        where: { siteId, status: { not: "archived" } },
        include: { variants: true },
        orderBy: { createdAt: "asc" },
        take: limit,
      });
      return rows.map((row) => storefrontProduct(row, "USD"));
    },
  };
}
