import { createHash } from "node:crypto";
import { z } from "zod";
import type {
  StorefrontCollection,
  StorefrontImage,
  StorefrontProduct,
} from "../../blocks/render/commerce.ts";
import type { AppDeps } from "../deps.ts";
import type { Prisma } from "../db/client.ts";
import { loadShippingZones, loadTaxRates, type ShippingZones, type TaxRates } from "./shipping.ts";
import { storeSettings } from "./store.ts";
import type { StoreLanguage } from "../../domain/storefront-i18n/index.ts";

/** One image as stored in Product.images and Collection.image. */
export const ZStoredImage = z.object({
  src: z.string().max(2048),
  alt: z.string().max(512).default(""),
  width: z.number().int().min(1).max(10_000).default(800),
  height: z.number().int().min(1).max(10_000).default(800),
});
export type StoredImage = z.infer<typeof ZStoredImage>;

export const ZStoredOptions = z.array(z.object({ name: z.string(), values: z.array(z.string()) }));

export function readImages(value: Prisma.JsonValue): StorefrontImage[] {
  const parsed = z.array(ZStoredImage).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readImage(value: Prisma.JsonValue | null): StorefrontImage | undefined {
  if (value === null) return undefined;
  const parsed = ZStoredImage.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function readOptions(value: Prisma.JsonValue): { name: string; values: string[] }[] {
  const parsed = ZStoredOptions.safeParse(value);
  return parsed.success ? parsed.data.slice(0, 3) : [];
}

/** An automatic collection's rule. Prices are minor units. */
export const ZCollectionRule = z.discriminatedUnion("field", [
  z.object({
    field: z.literal("tag"),
    relation: z.enum(["equals", "not_equals"]),
    value: z.string().trim().min(1).max(255),
  }),
  z.object({
    field: z.literal("vendor"),
    relation: z.enum(["equals", "not_equals", "contains"]),
    value: z.string().trim().min(1).max(255),
  }),
  z.object({
    field: z.literal("title"),
    relation: z.enum(["equals", "contains"]),
    value: z.string().trim().min(1).max(255),
  }),
  z.object({
    field: z.literal("price"),
    relation: z.enum(["greater_than", "less_than"]),
    value: z.number().int().min(0).max(2_000_000_000),
  }),
]);
export type CollectionRule = z.infer<typeof ZCollectionRule>;

type RuleSubject = { title: string; vendor: string; tags: string[]; priceMin: number };

export function matchesRule(product: RuleSubject, rule: CollectionRule): boolean {
  const same = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;
  switch (rule.field) {
    case "tag": {
      const has = product.tags.some((tag) => same(tag, rule.value));
      return rule.relation === "equals" ? has : !has;
    }
    case "vendor":
      if (rule.relation === "contains")
        return product.vendor.toLowerCase().includes(rule.value.toLowerCase());
      return rule.relation === "equals"
        ? same(product.vendor, rule.value)
        : !same(product.vendor, rule.value);
    case "title":
      return rule.relation === "equals"
        ? same(product.title, rule.value)
        : product.title.toLowerCase().includes(rule.value.toLowerCase());
    case "price":
      return rule.relation === "greater_than"
        ? product.priceMin > rule.value
        : product.priceMin < rule.value;
  }
}

export function matchesRules(
  product: RuleSubject,
  rules: readonly CollectionRule[],
  matchAll: boolean,
): boolean {
  if (rules.length === 0) return false;
  return matchAll
    ? rules.every((rule) => matchesRule(product, rule))
    : rules.some((rule) => matchesRule(product, rule));
}

export function readRules(value: Prisma.JsonValue): CollectionRule[] {
  const parsed = z.array(ZCollectionRule).safeParse(value);
  return parsed.success ? parsed.data : [];
}

type VariantRow = {
  id: string;
  title: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  trackStock: boolean;
  allowBackorder: boolean;
};

/** The lowest and highest of some variants' prices (minor units); 0 and 0 for none. */
export function priceRange(variants: ReadonlyArray<{ price: number }>): {
  priceMin: number;
  priceMax: number;
} {
  const prices = variants.map((variant) => variant.price);
  return {
    priceMin: prices.length ? Math.min(...prices) : 0,
    priceMax: prices.length ? Math.max(...prices) : 0,
  };
}

export function variantAvailable(
  variant: Pick<VariantRow, "stock" | "trackStock" | "allowBackorder">,
) {
  return !variant.trackStock || variant.allowBackorder || variant.stock > 0;
}

/** The storefront's view of a product: what blocks print and JSON-LD describes. */
export function storefrontProduct(
  product: {
    id: string;
    handle: string;
    title: string;
    descriptionHtml: string;
    images: Prisma.JsonValue;
    options: Prisma.JsonValue;
    variants: VariantRow[];
  },
  currency: string,
): StorefrontProduct {
  const options = readOptions(product.options);
  const variants = product.variants.map((v) => {
    const values = [v.option1, v.option2, v.option3];
    return {
      id: v.id,
      title: v.title,
      price: v.price,
      compareAtPrice:
        v.compareAtPrice !== null && v.compareAtPrice > v.price ? v.compareAtPrice : null,
      available: variantAvailable(v),
      options: Object.fromEntries(options.map((o, i) => [o.name, values[i] ?? ""])),
    };
  });
  const onSale = variants.map((v) => v.compareAtPrice).filter((p): p is number => p !== null);
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    descriptionHtml: product.descriptionHtml || undefined,
    images: readImages(product.images),
    ...priceRange(variants),
    compareAt: onSale.length ? Math.max(...onSale) : null,
    currency,
    available: variants.some((v) => v.available),
    variants,
    options,
  };
}

export type CatalogData = {
  products: StorefrontProduct[];
  collections: StorefrontCollection[];
  currency: string;
  taxesIncluded: boolean;
  /** The storefront's language (null: the site document's) and time zone, from the settings. */
  language: StoreLanguage | null;
  timeZone: string;
  /** For the cart's shipping and tax estimates (checkout reads fresh rows). */
  shippingZones: ShippingZones;
  taxRates: TaxRates;
};

/** Active products and every collection of a site, as the storefront shows them. */
export async function loadCatalog(
  deps: Pick<AppDeps, "db" | "siteDocuments">,
  siteId: string,
): Promise<CatalogData> {
  const settings = await storeSettings(deps, siteId);
  const [products, collections, shippingZones, taxRates] = await Promise.all([
    deps.db.prisma.product.findMany({
      where: { siteId, status: "active" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { variants: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
    }),
    deps.db.prisma.collection.findMany({
      where: { siteId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { products: { orderBy: { position: "asc" }, select: { productId: true } } },
    }),
    loadShippingZones(deps.db.prisma, siteId),
    loadTaxRates(deps.db.prisma, siteId),
  ]);
  const storefront = products
    .filter((p) => p.variants.length > 0)
    .map((p) => ({ row: p, view: storefrontProduct(p, settings.currency) }));
  const active = new Set(storefront.map((p) => p.view.id));
  return {
    currency: settings.currency,
    taxesIncluded: settings.taxesIncluded,
    language: settings.language,
    timeZone: settings.timeZone,
    shippingZones,
    taxRates,
    products: storefront.map((p) => p.view),
    collections: collections.map((c) => ({
      id: c.id,
      handle: c.handle,
      title: c.title,
      description: c.description || undefined,
      image: readImage(c.image),
      productIds: c.automatic
        ? storefront
            .filter((p) =>
              matchesRules({ ...p.row, priceMin: p.view.priceMin }, readRules(c.rules), c.matchAll),
            )
            .map((p) => p.view.id)
        : c.products.map((cp) => cp.productId).filter((id) => active.has(id)),
    })),
  };
}

export type CatalogSnapshot = CatalogData & {
  /** Changes whenever the storefront data changes; rendered pages are cached under it. */
  stamp: string;
};

/**
 * The storefront catalog per site, kept in memory. A change made in this process drops the
 * site's entry at once; changes made by other processes show within `ttlMs`, and the stamp then
 * changes so cached pages rendered from the old data are not served again.
 */
export class CatalogCache {
  private readonly entries = new Map<string, { snapshot: CatalogSnapshot; at: number }>();
  private readonly loading = new Map<string, Promise<CatalogSnapshot>>();
  private generation = 0;

  constructor(
    private readonly ttlMs = 10_000,
    private readonly maxEntries = 2_000,
  ) {}

  async get(siteId: string, load: () => Promise<CatalogData>): Promise<CatalogSnapshot> {
    const hit = this.entries.get(siteId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.snapshot;
    const pending = this.loading.get(siteId);
    if (pending) return pending;
    const generation = this.generation;
    const promise = load()
      .then((data) => {
        const stamp = createHash("sha256")
          .update(JSON.stringify(data))
          .digest("base64url")
          .slice(0, 16);
        const snapshot = { ...data, stamp };
        // An invalidation that happened while loading wins: do not keep what may be stale.
        if (generation === this.generation) {
          if (this.entries.size >= this.maxEntries) this.entries.clear();
          this.entries.set(siteId, { snapshot, at: Date.now() });
        }
        return snapshot;
      })
      .finally(() => {
        if (this.loading.get(siteId) === promise) this.loading.delete(siteId);
      });
    this.loading.set(siteId, promise);
    return promise;
  }

  invalidate(siteId: string): void {
    this.generation++;
    this.entries.delete(siteId);
    this.loading.delete(siteId);
  }
}

/** The site's storefront catalog, from the cache or the database. */
export function siteCatalog(
  deps: Pick<AppDeps, "db" | "siteDocuments" | "commerce">,
  siteId: string,
): Promise<CatalogSnapshot> {
  return deps.commerce.catalog.get(siteId, () => loadCatalog(deps, siteId));
}
