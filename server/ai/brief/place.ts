import { isSupportedCurrency } from "../../../domain/money.ts";
import { COMMON_WORD_PLACES, COUNTRIES } from "./places-data.ts";
import { escapeRegExp, fold, tidy } from "./text.ts";

/**
 * Where a business is, and what follows from it: the place as the brief writes it ("Lyon",
 * "North Carolina", "Cambridge, Massachusetts"), its country, and the store's locale and currency.
 * A currency the brief names ("CHF 45", "prices in SEK", "₹450") wins over the country's; the
 * locale is the brief's language with the country ("fr-CH", "en-IN").
 */

type Gazetteer = { name: string; country: string; isCountry: boolean };

const GAZETTEER: Map<string, Gazetteer> = new Map();
for (const [country, info] of Object.entries(COUNTRIES)) {
  for (const name of info.places) GAZETTEER.set(fold(name), { name, country, isCountry: false });
  for (const name of info.names) GAZETTEER.set(fold(name), { name, country, isCountry: true });
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const byLength = (names: string[]) => names.sort((a, b) => b.length - a.length).map(escapeRegExp);
// Names in scripts without spaces match anywhere; the others only as whole words.
const GAZETTEER_PATTERN = new RegExp(
  `${byLength([...GAZETTEER.keys()].filter((n) => CJK.test(n))).join("|")}|(?<![\\p{L}\\p{N}])(?:${byLength(
    [...GAZETTEER.keys()].filter((n) => !CJK.test(n)),
  ).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Whether `text` is, as a whole, a town, region or country Pegasus knows ("Lyon", "Zürich"). */
export function isKnownPlace(text: string): boolean {
  return GAZETTEER.has(fold(tidy(text)));
}

/** Where a brief says the business is. */
export type PlaceFacts = { place: string | null; country: string | null };

type Found = { at: number; end: number; entry: Gazetteer };

function gazetteerMatches(text: string): Found[] {
  const folded = fold(text);
  const found: Found[] = [];
  for (const match of folded.matchAll(GAZETTEER_PATTERN)) {
    const entry = GAZETTEER.get(match[0])!;
    const at = match.index;
    const written = text.slice(at, at + match[0].length);
    const capitalised = !/^\p{Ll}/u.test(written);
    if (COMMON_WORD_PLACES.has(match[0]) || match[0].length <= 3) {
      const startsSentence = /(^|[.!?]\s*)$/.test(text.slice(0, at));
      if (!capitalised || (startsSentence && COMMON_WORD_PLACES.has(match[0]))) continue;
    }
    found.push({ at, end: at + match[0].length, entry });
  }
  return found;
}

/** Words that follow "in" without being a place ("in English", "in June"). */
const NOT_PLACES = new Set(
  fold(
    "january february march april may june july august september october november december janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre januar februar marz juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre english french german spanish italian portuguese our the a an my we i small stock store person house bio brooklyn-style the black white red blue green gold silver",
  ).split(" "),
);

const LOCATIVE =
  /(?:\b(?:based in|located in|in|near|out of|from|à|au|aux|dans|près de|en|bei|aus|nahe|em|no|na|desde|cerca de|a|di|vicino a|vicino)\s+)(\p{Lu}[\p{L}'’-]+(?:[ -](?:\p{Lu}[\p{L}'’-]+|(?:de|del|da|do|di|upon|on|am|im|sur|la|le|les)(?=[ -]\p{Lu})))*)/gu;

/** The place named after "in", "à", "bei"... when the gazetteer does not know it. */
function locativePlace(text: string): string | null {
  for (const match of text.matchAll(LOCATIVE)) {
    const candidate = tidy(match[1]!);
    if (NOT_PLACES.has(fold(candidate.split(/[ -]/)[0]!))) continue;
    if (candidate.length <= 60) return candidate;
  }
  return null;
}

export function findPlace(text: string): PlaceFacts {
  const found = gazetteerMatches(text);
  const countryName = found.find((f) => f.entry.isCountry);
  const local = found.find((f) => !f.entry.isCountry);
  if (local) {
    let start = local.at;
    let end = local.end;
    let country = local.entry.country;
    // "Cambridge, Massachusetts", "Paris, Texas", "Zürich, Switzerland": the wider place decides.
    const next = found.find(
      (f) => f.at > end && /^(?:,\s*|\s+in\s+)$/u.test(text.slice(end, f.at)),
    );
    if (next && !next.entry.isCountry) {
      end = next.end;
      country = next.entry.country;
    } else if (next) {
      country = next.entry.country;
    } else {
      // "Asheville, North Carolina" with a town we do not list.
      const before = /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?),\s*$/u.exec(text.slice(0, start));
      if (before && !NOT_PLACES.has(fold(before[1]!.split(" ")[0]!))) start -= before[0].length;
    }
    return { place: tidy(text.slice(start, end)), country };
  }
  const written = locativePlace(text);
  if (written) return { place: written, country: countryName?.entry.country ?? null };
  if (countryName)
    return {
      place: tidy(text.slice(countryName.at, countryName.end)),
      country: countryName.entry.country,
    };
  return { place: null, country: null };
}

/** Currency signs and words, most specific first ("R$" before "$"). */
const CURRENCY_SIGNS: [pattern: RegExp, currency: string | ((country: string | null) => string)][] =
  [
    [/R\$/u, "BRL"],
    [/(?:AU|A)\$/u, "AUD"],
    [/(?:CA|C)\$/u, "CAD"],
    [/NZ\$/u, "NZD"],
    [/US\$/u, "USD"],
    [/S\$/u, "SGD"],
    [/HK\$/u, "HKD"],
    [/(?:MX|Mex)\$/u, "MXN"],
    [/COL?\$/u, "COP"],
    [/€|\beuros?\b/iu, "EUR"],
    [/£|\bpounds? sterling\b|\bpounds\b/iu, "GBP"],
    [/₹|\bRs\.?\s?\d|\brupees?\b|\brupias?\b|\broupies?\b/iu, "INR"],
    [/[¥円]|\byens?\b/iu, (country) => (country === "CN" ? "CNY" : "JPY")],
    [/元|\byuan\b|\brmb\b/iu, "CNY"],
    [/₩|\bwon\b/u, "KRW"],
    [/\bzł|\bzloty\b|\bzłotych\b/iu, "PLN"],
    [/\bKč\b|\bkorun\b/u, "CZK"],
    [/₺|\blira turca\b|\bTL\b/u, "TRY"],
    [/₪|\bshekels?\b/iu, "ILS"],
    [/₱/u, "PHP"],
    [/฿|\bbaht\b/iu, "THB"],
    [/₫|\bdong\b/u, "VND"],
    [/₦|\bnaira\b/iu, "NGN"],
    [
      /\bFr\.\s?\d|\d\.[-–](?=\s|$)|\bfrancs? suisses?\b|\bSchweizer Franken\b|\bfranchi svizzeri\b|\bSwiss francs?\b/iu,
      "CHF",
    ],
    [
      /\bkr\.?(?=\s?\d)|\d\s?kr\b|\bkronor\b|\bkroner\b|\bkronur\b/iu,
      (country) =>
        country === "NO" ? "NOK" : country === "DK" ? "DKK" : country === "IS" ? "ISK" : "SEK",
    ],
    [/\breais\b|\breal brasileiro\b/iu, "BRL"],
    [
      /\bpesos?\b/iu,
      (country) =>
        country && ["MX", "CO", "AR", "CL"].includes(country)
          ? COUNTRIES[country]!.currency
          : "MXN",
    ],
    [
      /\$|\bdollars?\b|\bdólares?\b|\bdollari\b/iu,
      (country) =>
        country &&
        ["US", "CA", "AU", "NZ", "SG", "HK", "MX", "CO", "AR", "CL", "TW"].includes(country)
          ? COUNTRIES[country]!.currency
          : "USD",
    ],
  ];

/** The currency the brief names, if it names one: an ISO code in capitals or a sign or word. */
export function explicitCurrency(text: string, country: string | null): string | null {
  const code = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])/gu;
  for (const match of text.matchAll(code)) {
    if (isSupportedCurrency(match[1]!)) return match[1]!;
  }
  let best: { at: number; currency: string } | null = null;
  for (const [pattern, currency] of CURRENCY_SIGNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const resolved = typeof currency === "function" ? currency(country) : currency;
    // The most specific sign wins at the same place ("R$" over "$"), else the first in the text.
    if (!best || match.index < best.at - 1) best = { at: match.index, currency: resolved };
  }
  return best && isSupportedCurrency(best.currency) ? best.currency : null;
}

/** A language's home country, for the locale of a brief that names no place. */
const HOME_COUNTRY: Record<string, string> = {
  en: "US",
  fr: "FR",
  de: "DE",
  es: "ES",
  pt: "PT",
  it: "IT",
  nl: "NL",
  sv: "SE",
  da: "DK",
  no: "NO",
  fi: "FI",
  pl: "PL",
  cs: "CZ",
  hu: "HU",
  ro: "RO",
  tr: "TR",
  el: "GR",
  ja: "JP",
  zh: "CN",
  ko: "KR",
  uk: "UA",
  he: "IL",
  ar: "AE",
  hi: "IN",
  th: "TH",
};

/**
 * The store's locale and currency: the named currency, else the country's, else the language's
 * home country's; USD when none is one Pegasus can charge in.
 */
export function regionOf(
  language: string,
  country: string | null,
  named: string | null,
): { locale: string; currency: string } {
  let home = country;
  if (!home && named) {
    // "prices in CHF" with no place: the country of that currency that speaks the brief's language.
    const candidates = Object.entries(COUNTRIES).filter(([, info]) => info.currency === named);
    home =
      candidates.find(([, info]) => info.language === language)?.[0] ??
      candidates.find(([, info]) => info.languages?.includes(language))?.[0] ??
      (named === "EUR" && language === "en"
        ? "IE"
        : candidates.length === 1
          ? candidates[0]![0]
          : null);
  }
  home ??= HOME_COUNTRY[language] ?? "US";
  const currency = named ?? COUNTRIES[home]?.currency ?? "USD";
  return {
    locale: `${language}-${home}`,
    currency: isSupportedCurrency(currency) ? currency : "USD",
  };
}
