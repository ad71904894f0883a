import { displayExponent } from "../../../../domain/money.ts";
import type { BriefFacts, Offering } from "../../brief/facts.ts";
import type { PlanProduct } from "../../site/plan.ts";
import type { SampleSeed, TradeEntry } from "../trades/types.ts";
import type { LanguageKit, NamedItem, Subject } from "./kit.ts";
import type { Pen } from "./pen.ts";
import { capitalise } from "./kits/helpers.ts";
import { contradiction, foldText } from "./rivals.ts";

/**
 * The catalogue: the brief's named offerings first, in its words, currency and prices (a price
 * the brief does not give stays null); then, only to top it up to six to eight items, samples of
 * the trade that fit the brief (its kind of offering, nothing its words rule out), marked
 * `sample`. A store whose trade has no entry gets no samples: it is written from the brief alone.
 */
export type Catalogue = {
  products: PlanProduct[];
  /** Words of the brief that ruled samples out ("silver"), for the merchant's notes. */
  avoided: string[];
  samples: number;
};

const TOP_UP = [6, 8] as const;
/**
 * Samples are the trade's, the same in every store of it: a few show the merchant what a
 * product page looks like without making two vague briefs' stores the same shop.
 */
const SAMPLES = [3, 5] as const;

/**
 * The brief without the colours it asks for as the store's look: "navy and gold" is a palette,
 * not gold jewellery, so it must not let gold samples into a silver jeweller's store (the
 * reverse of "colour words in product names are not brand colours").
 */
function withoutPalette(briefText: string, facts: BriefFacts): string {
  let text = briefText;
  for (const { word } of facts.colors) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu"), " ");
  }
  return text;
}

export function writeCatalogue(
  facts: BriefFacts,
  entry: TradeEntry | undefined,
  kit: LanguageKit,
  subject: Subject,
  pen: Pen,
  briefText: string,
): Catalogue {
  const named = facts.offerings.slice(0, 24).map((o) => namedProduct(o, kit, subject, pen));
  const target = pen.fork("catalogue-size").int(TOP_UP[0], TOP_UP[1]);
  const room = Math.min(
    Math.max(0, target - named.length),
    pen.fork("samples-count").int(SAMPLES[0], SAMPLES[1]),
  );
  const avoided = new Set<string>();
  const materialsText = withoutPalette(briefText, facts);
  const titles = named.map((p) => foldText(p.title));
  const candidates = (entry?.samples[kit.language] ?? []).filter((seed) => {
    if (!fitsSells(seed, facts.sells)) return false;
    if (titles.some((title) => sameItem(title, foldText(seed.name)))) return false;
    const rival = contradiction(seed.traits, materialsText);
    if (rival) avoided.add(rival);
    return rival === null && !mentionsAvoided(seed, facts.avoid);
  });
  // A brief that names its own offerings is topped up only with samples that share a word with
  // it (a violin teacher gets no maths tutoring); a vague brief takes any sample that fits.
  const related = candidates.filter((seed) => sharesWord(seed, briefText));
  const pool = facts.offerings.length >= 2 ? related : candidates;
  // Keep the entry's order (its first samples are the heart of the range) among those drawn.
  const r = pen.fork("samples");
  const drawn = r
    .sample(
      pool.map((seed, i) => ({ seed, i })),
      room,
    )
    .sort((a, b) => a.i - b.i)
    .map(({ seed }) => sampleProduct(seed, kit, subject, pen, facts.currency));
  return { products: [...named, ...drawn], avoided: [...avoided], samples: drawn.length };
}

/**
 * A sample is the same item as a named offering when either name holds the other ("Pain de
 * campagne" and "pain de campagne au levain"): the brief's one, at the brief's price, is enough.
 */
function sameItem(named: string, sample: string): boolean {
  const a = ` ${named.trim()} `;
  const b = ` ${sample.trim()} `;
  return a.includes(b) || b.includes(a);
}

/** Words of four letters or more, accent-free: what a sample and a brief can share. */
function contentWords(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(" ")
      .filter((w) => w.length >= 4)
      .map((w) => w.replace(/(es|s)$/, "")),
  );
}

function sharesWord(seed: SampleSeed, briefText: string): boolean {
  const brief = contentWords(briefText);
  return [...contentWords(`${seed.name} ${seed.traits.join(" ")}`)].some((w) => brief.has(w));
}

function fitsSells(seed: SampleSeed, sells: BriefFacts["sells"]): boolean {
  if (sells === "both") return true;
  return sells === "services" ? seed.kind === "service" : seed.kind === "product";
}

function mentionsAvoided(seed: SampleSeed, avoid: readonly string[]): boolean {
  const text = `${seed.name} ${seed.description}`.toLowerCase();
  return avoid.some((a) => a.length > 2 && text.includes(a.toLowerCase()));
}

function namedProduct(offering: Offering, kit: LanguageKit, s: Subject, pen: Pen): PlanProduct {
  const item: NamedItem = {
    name: offering.name,
    kind: offering.kind,
    details: offering.details,
    price: offering.price === null ? null : s.price(offering.price),
    priceFrom: offering.priceFrom,
  };
  const options = offering.options
    .filter((o) => o.values.length >= 2)
    .slice(0, 2)
    .map((o) => ({
      name: o.name.slice(0, 20),
      values: dedupe(o.values)
        .slice(0, 5)
        .map((label) => ({ label: label.slice(0, 30), priceDelta: 0 })),
    }))
    .filter((o) => o.values.length >= 2);
  const description = pen.paragraphs(
    `product:${offering.name}`,
    [
      [(subject, r) => kit.product.description(subject, r, item)],
      ...options.slice(0, 1).map((o) => [
        () => [
          kit.product.options(
            o.name,
            o.values.map((v) => v.label),
          ),
        ],
      ]),
    ],
    700,
  );
  return {
    kind: offering.kind,
    sample: false,
    // The merchant's words, as a title: "pain de campagne au levain" → "Pain de campagne au levain".
    title: capitalise(offering.name),
    description: description.length > 0 ? fitParagraphs(description, 700) : offering.name,
    imageAlt: kit.product.imageAlt(s, item).slice(0, 160),
    price: offering.price === null ? null : Math.min(offering.price, 5_000_000),
    priceFrom: offering.priceFrom,
    compareAtPrice: null,
    options,
  };
}

function sampleProduct(
  seed: SampleSeed,
  kit: LanguageKit,
  s: Subject,
  pen: Pen,
  currency: string,
): PlanProduct {
  const r = pen.fork(`sample:${seed.name}`);
  const scale = currencyScale(currency);
  const major = nicePrice((seed.price[0] + r.next() * (seed.price[1] - seed.price[0])) * scale);
  const exponent = 10 ** displayExponent(currency);
  const item: NamedItem = {
    name: seed.name,
    kind: seed.kind,
    details: seed.description,
    price: s.price(major * exponent),
    priceFrom: seed.kind === "service",
  };
  const options = (seed.options ?? []).slice(0, 2).map((option) => ({
    name: option.name.slice(0, 20),
    values: option.values.slice(0, 5).map((value) =>
      typeof value === "string"
        ? { label: value, priceDelta: 0 }
        : {
            label: value[0],
            priceDelta: Math.min(500_000, nicePrice(value[1] * scale) * exponent),
          },
    ),
  }));
  const line = pen.paragraphs(
    `sample-line:${seed.name}`,
    [[(subject, rr) => kit.product.sampleLine(subject, rr, item)]],
    300,
  );
  // The options show in the product page's picker; a sentence listing them would be the same in
  // every store of the trade.
  const parts = [seed.description, ...line].filter(Boolean);
  return {
    kind: seed.kind,
    sample: true,
    title: seed.name,
    description: fitParagraphs(parts, 700),
    imageAlt: kit.product.imageAlt(s, item).slice(0, 160),
    price: Math.min(major * exponent, 5_000_000),
    priceFrom: seed.kind === "service",
    compareAtPrice: null,
    options,
  };
}

function fitParagraphs(parts: string[], max: number): string {
  let text = "";
  for (const part of parts) {
    const next = text ? `${text}\n\n${part}` : part;
    if (next.length <= max) text = next;
  }
  return text || parts[0]!.slice(0, max);
}

function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

/**
 * Roughly how many units of a currency buy what one euro or dollar does, so a sample priced for
 * EUR/USD reads as a plausible price elsewhere (a candle at 2,500 yen, not 25 yen).
 */
const CURRENCY_SCALE: Record<string, number> = {
  GBP: 0.85,
  CHF: 1,
  CAD: 1.4,
  AUD: 1.5,
  NZD: 1.7,
  SEK: 11,
  NOK: 11,
  DKK: 7.5,
  ISK: 140,
  PLN: 4.3,
  CZK: 25,
  HUF: 380,
  RON: 5,
  BGN: 2,
  RSD: 117,
  TRY: 35,
  UAH: 42,
  JPY: 150,
  KRW: 1400,
  CNY: 7.2,
  HKD: 7.8,
  TWD: 32,
  SGD: 1.35,
  MYR: 4.5,
  THB: 35,
  IDR: 16000,
  PHP: 57,
  VND: 25000,
  INR: 85,
  PKR: 280,
  AED: 3.7,
  SAR: 3.75,
  QAR: 3.6,
  KWD: 0.3,
  BHD: 0.38,
  OMR: 0.38,
  JOD: 0.7,
  ILS: 3.7,
  EGP: 48,
  MAD: 10,
  TND: 3.1,
  ZAR: 18,
  NGN: 1500,
  KES: 130,
  MXN: 18,
  BRL: 5.5,
  ARS: 1000,
  CLP: 950,
  COP: 4000,
  PEN: 3.7,
  XOF: 656,
  XAF: 656,
};

function currencyScale(currency: string): number {
  return CURRENCY_SCALE[currency] ?? 1;
}

/** A price a shop would print: two significant figures, ending in 5 or 0 above 40. */
export function nicePrice(value: number): number {
  if (value < 10) return Math.max(1, Math.round(value));
  if (value < 40) return Math.round(value);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  const step = magnitude < 5 ? 5 : magnitude;
  return Math.max(step, Math.round(value / step) * step);
}
