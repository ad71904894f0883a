import { readStore } from "../store-facts.ts";
import {
  PRODUCT_DESCRIPTION_MAX,
  type ProductDescriptionData,
  type ProductDescriptionOutput,
} from "../tasks.ts";
import { createRandom } from "./random.ts";
import { tradeEntry } from "./trades/index.ts";
import type { NamedItem } from "./writer/kit.ts";
import { kitFor } from "./writer/kits/index.ts";
import { subjectOf } from "./writer/subject.ts";

/**
 * A product description without a model, in the store's language: the writer's own lines for a
 * named item (./writer/kits: what it is, from whom and where, how to order), its options, and
 * the merchant's current description kept whole after them, so no fact it states is lost.
 * Highlights are the kit's product-page points that hold for this store (delivery, pickup,
 * booking), never a claim the store did not make.
 */
export function offlineProductDescription(data: ProductDescriptionData): ProductDescriptionOutput {
  const store = readStore(data.site);
  const kit = kitFor(store.language)!;
  const locale = kit.locales.includes(store.locale) ? store.locale : kit.locales[0]!;
  const s = subjectOf(store.facts, tradeEntry(store.trade), kit, locale);
  s.name = store.name;
  const { product } = data;
  const item: NamedItem = {
    name: product.title.trim(),
    kind: store.facts.sells === "services" ? "service" : "product",
    details: null,
    price: product.price || null,
    priceFrom: false,
  };
  const existing = product.description.trim();
  const random = createRandom(`product|${store.name}|${item.name}|${existing}`);
  // The kit draws among several openings: the ones that name the product come first.
  const openings = [0, 1, 2, 3]
    .flatMap((i) => kit.product.description(s, random.fork(`opening-${i}`), item))
    .filter((line): line is string => typeof line === "string" && line.trim().length > 0)
    .filter((line) => !existing.includes(line))
    .sort((a, b) => Number(b.includes(item.name)) - Number(a.includes(item.name)));
  const option = product.options.find((o) => o.values.length >= 2);
  const notes = kit.productPage
    .note(s, random)
    .filter((line): line is string => typeof line === "string" && line.trim().length > 0);
  const opening = [
    openings[0] ?? notes[1] ?? "",
    option ? kit.product.options(option.name, option.values) : "",
  ]
    .filter(Boolean)
    .join(" ");
  // A one-line opening gets the store's note on ordering or booking, so it says enough.
  const written = opening.length < 80 && notes[0] ? `${opening} ${notes[0]}` : opening;
  const whole = kit.finish([written, existing].filter(Boolean).join("\n\n"), locale);
  // Too long with the merchant's text: the new lines alone, and the gate says what they drop.
  const description = whole.length <= PRODUCT_DESCRIPTION_MAX ? whole : kit.finish(written, locale);
  const points = kit.productPage
    .points(s, random)
    .filter((p) => p && typeof p.title === "string" && p.title.trim().length >= 3);
  const highlights = [...new Set(points.map((p) => (p as { title: string }).title.trim()))]
    .filter((title) => title.length <= 80)
    .slice(0, 3);
  return {
    description,
    highlights,
  };
}
