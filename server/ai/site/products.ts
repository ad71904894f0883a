import type { StorefrontImage, StorefrontProduct } from "../../../blocks/render/commerce.ts";
import { escapeHtml } from "../../../renderer/escape.ts";
import type { PlanProduct } from "./plan.ts";

/**
 * A product of a generated store as `generateSite` returns it. Money is in minor units. Its shape
 * follows the storefront's product (handle, options, variants) so the commerce domain can create
 * it as it is. A product with a price is on sale at once; one the brief named without a price is a
 * draft the merchant prices before selling it. `sample` marks what the brief did not name: the
 * editor flags it and publishing warns until the merchant replaces or removes it.
 */
export type SampleProduct = {
  handle: string;
  title: string;
  descriptionHtml: string;
  status: "active" | "draft";
  sample: boolean;
  images: StorefrontImage[];
  options: { name: string; values: string[] }[];
  variants: {
    title: string;
    options: Record<string, string>;
    price: number;
    compareAtPrice: number | null;
    sku: string;
    inventory: number;
  }[];
};

/** At most this many variants per product (two options of five values give 25). */
const MAX_VARIANTS = 25;

export function handleFor(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "product";
  let handle = base;
  for (let n = 2; taken.has(handle); n++) handle = `${base}-${n}`;
  taken.add(handle);
  return handle;
}

export function sampleProduct(
  plan: PlanProduct,
  handle: string,
  image: StorefrontImage,
  index: number,
): SampleProduct {
  const combos = plan.options.reduce<
    { labels: string[]; delta: number; options: Record<string, string> }[]
  >(
    (acc, option) =>
      acc.flatMap((combo) =>
        option.values.map((value) => ({
          labels: [...combo.labels, value.label],
          delta: combo.delta + value.priceDelta,
          options: { ...combo.options, [option.name]: value.label },
        })),
      ),
    [{ labels: [], delta: 0, options: {} }],
  );
  const skuBase = handle.replace(/-/g, "").slice(0, 8).toUpperCase();
  return {
    handle,
    title: plan.title,
    descriptionHtml: plan.description
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join(""),
    status: plan.price === null ? "draft" : "active",
    sample: plan.sample,
    images: [image],
    options: plan.options.map((o) => ({ name: o.name, values: o.values.map((v) => v.label) })),
    variants: combos.slice(0, MAX_VARIANTS).map((combo, i) => ({
      title: combo.labels.length ? combo.labels.join(" / ") : "Default",
      options: combo.options,
      // A named item without a price is priced by the merchant before it is published.
      price: (plan.price ?? 0) + combo.delta,
      compareAtPrice: plan.compareAtPrice === null ? null : plan.compareAtPrice + combo.delta,
      sku: `${skuBase}-${String(i + 1).padStart(2, "0")}`,
      // Sample stock the merchant will correct; varied so the shop does not look generated.
      inventory: 8 + ((index * 7 + i * 3) % 23),
    })),
  };
}

/** Sample products as the renderer shows them, for previews and tests before commerce has them. */
export function toStorefrontProducts(
  samples: SampleProduct[],
  currency: string,
): StorefrontProduct[] {
  return samples.map((sample) => {
    const prices = sample.variants.map((v) => v.price);
    const compare = sample.variants.map((v) => v.compareAtPrice ?? 0);
    return {
      id: `sample-${sample.handle}`,
      handle: sample.handle,
      title: sample.title,
      descriptionHtml: sample.descriptionHtml,
      images: sample.images,
      priceMin: Math.min(...prices),
      priceMax: Math.max(...prices),
      compareAt: Math.max(...compare) || null,
      currency,
      available: true,
      options: sample.options,
      variants: sample.variants.map((v, i) => ({
        id: `sample-${sample.handle}-${i + 1}`,
        title: v.title,
        price: v.price,
        compareAtPrice: v.compareAtPrice,
        available: v.inventory > 0,
        options: v.options,
      })),
    };
  });
}
