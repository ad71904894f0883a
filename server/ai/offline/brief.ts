import { KNOWLEDGE } from "./knowledge/index.ts";
import type { IndustryId, Mood, Tone } from "../site/vocabulary.ts";
import { INDUSTRY_IDS } from "../site/vocabulary.ts";

/**
 * Reading a brief without a model: which trade it is, the business's name, where it is, the tone
 * and mood it asks for, its colours and (for unknown trades) what it sells. Plain keyword and
 * pattern matching, deterministic, and conservative: anything unsure is left out rather than
 * guessed, and the generator writes around what is missing.
 */
export type BriefFacts = {
  industry: IndustryId;
  /** Sum of matched keyword weights for the winning trade (0 = fallback). */
  score: number;
  name: string | null;
  place: string | null;
  region: Region;
  tone: Tone;
  mood: Mood | null;
  colors: string[];
  /** What the shop sells, in the brief's words, for trades the knowledge base does not know. */
  noun: string | null;
};

export type Region = { locale: string; currency: string };

const DEFAULT_REGION: Region = { locale: "en-US", currency: "USD" };

const REGIONS: [pattern: RegExp, region: Region][] = [
  [
    /\b(uk|united kingdom|england|scotland|wales|britain|london|manchester|edinburgh|glasgow|bristol|leeds|liverpool|brighton|cardiff|belfast|oxford|cambridge|york|bath|sheffield|newcastle|nottingham|cornwall|devon|yorkshire)\b/i,
    { locale: "en-GB", currency: "GBP" },
  ],
  [/\b(ireland|dublin|cork|galway|limerick|kilkenny)\b/i, { locale: "en-IE", currency: "EUR" }],
  [
    /\b(canada|toronto|vancouver|montreal|montréal|calgary|ottawa|edmonton|halifax|victoria bc|winnipeg)\b/i,
    { locale: "en-CA", currency: "CAD" },
  ],
  [
    /\b(australia|sydney|melbourne|brisbane|perth|adelaide|hobart|canberra|tasmania|byron bay)\b/i,
    { locale: "en-AU", currency: "AUD" },
  ],
  [
    /\b(new zealand|auckland|wellington|christchurch|queenstown)\b/i,
    { locale: "en-NZ", currency: "NZD" },
  ],
  [
    /\b(portugal|lisbon|porto|spain|madrid|barcelona|seville|valencia|france|paris|lyon|marseille|bordeaux|germany|berlin|munich|hamburg|cologne|italy|rome|milan|florence|naples|netherlands|amsterdam|rotterdam|utrecht|belgium|brussels|antwerp|ghent|austria|vienna|finland|helsinki|greece|athens)\b/i,
    { locale: "en-IE", currency: "EUR" },
  ],
];

const TONE_WORDS: [Tone, RegExp][] = [
  ["playful", /\b(fun|playful|quirky|cheeky|joyful|whimsical|silly|colou?rful)\b/i],
  [
    "refined",
    /\b(luxury|luxurious|premium|elegant|refined|sophisticated|high-end|exclusive|timeless)\b/i,
  ],
  ["calm", /\b(calm|mindful|gentle|serene|peaceful|slow|quiet|soothing)\b/i],
  ["confident", /\b(bold|confident|edgy|performance|powerful|modern|technical|pro)\b/i],
  ["warm", /\b(warm|cos[yi]|family|homely|neighbou?rhood|community|welcoming|heart)\b/i],
];

const MOOD_WORDS: [Mood, RegExp][] = [
  ["minimal", /\b(minimal|minimalist|clean|simple|scandi|scandinavian|monochrome)\b/i],
  ["elegant", /\b(elegant|luxury|luxurious|refined|classic|sophisticated|premium)\b/i],
  ["bold", /\b(bold|vibrant|striking|loud|energetic|edgy|punchy)\b/i],
  ["playful", /\b(playful|fun|colou?rful|cheerful|quirky|bright and fun)\b/i],
  ["earthy", /\b(earthy|natural|organic|rustic|botanical|wholesome|handcrafted)\b/i],
  ["calm", /\b(calm|serene|soft|pastel|gentle|soothing|muted)\b/i],
  ["fresh", /\b(fresh|light|airy|crisp|bright)\b/i],
  ["warm", /\b(warm|cos[yi]|inviting|homely)\b/i],
];

/** Colour words a merchant might use, as the #rrggbb the theme starts from. */
export const COLOR_WORDS: Record<string, string> = {
  navy: "#1f2f4d",
  "navy blue": "#1f2f4d",
  blue: "#2456a6",
  "sky blue": "#3a7bbf",
  teal: "#0f6b6b",
  turquoise: "#138a8a",
  green: "#2f6b3a",
  "forest green": "#24452f",
  "sage green": "#5f7a61",
  sage: "#5f7a61",
  olive: "#5b6326",
  mint: "#2f8a6b",
  red: "#b3261e",
  burgundy: "#6d1f2e",
  wine: "#6d1f2e",
  maroon: "#6d1f2e",
  pink: "#c2255c",
  "dusty pink": "#a8636f",
  blush: "#b76e79",
  coral: "#d9534f",
  orange: "#c8561c",
  terracotta: "#b5552f",
  rust: "#a4472a",
  mustard: "#b5891c",
  yellow: "#b38a00",
  gold: "#a8803c",
  purple: "#5f3dc4",
  lavender: "#7a5fa8",
  plum: "#6a2c5c",
  brown: "#6b4226",
  chocolate: "#4e2c1c",
  black: "#1a1a1a",
  charcoal: "#333a40",
  grey: "#5c6166",
  gray: "#5c6166",
};

const GENERIC_NAMES: Partial<Record<IndustryId, string[]>> = {
  coffee: ["Daybreak Coffee Co.", "Good Grounds Coffee"],
  bakery: ["Rise and Crumb Bakery", "The Morning Loaf"],
  fashion: ["Common Thread Studio", "Fold and Form"],
  jewellery: ["Little Lustre Jewellery", "Small Hours Jewellery"],
  skincare: ["Clear Water Skincare", "Soft Light Skin"],
  "furniture-decor": ["Oak and Linen Home", "Quiet Rooms"],
  "electronics-accessories": ["Current Supply", "Clearline Tech"],
  books: ["Chapter and Verse Books", "The Reading Room"],
  florist: ["Wild Stem Flowers", "Petal and Twine"],
  "fitness-gear": ["Everyday Strong", "Ironroom Fitness"],
  "pet-supplies": ["Good Boy Supply Co.", "Paws and Whiskers"],
  "art-prints": ["Paper Light Prints", "Open Studio Editions"],
  wine: ["Open Bottle Wines", "Vine and Table"],
  tea: ["Steep and Leaf", "Still Water Tea"],
  "handmade-crafts": ["Made Slowly", "Thread and Ember"],
  toys: ["Little Workshop Toys", "Tumble and Play"],
  "outdoor-gear": ["Far Ridge Outfitters", "Trailhead Supply"],
  bicycles: ["Spoke and Chain Cycles", "Open Road Bikes"],
  ceramics: ["Slow Clay Studio", "Kiln and Table"],
  stationery: ["Paper and Ink Studio", "Good Margin Stationery"],
  general: ["Corner Store Goods", "Good Things Supply"],
};

const NOT_NAMES = new Set([
  "we",
  "i",
  "our",
  "my",
  "the",
  "a",
  "an",
  "it",
  "this",
  "they",
  "hello",
  "hi",
]);

const NOT_PLACES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "spring",
  "summer",
  "autumn",
  "winter",
  "the",
  "our",
  "a",
  "an",
  "english",
  "small",
  "stock",
  "store",
  "person",
  "house",
]);

export function analyseBrief(
  text: string,
  hints: { name?: string; industry?: IndustryId; mood?: Mood; colors?: readonly string[] } = {},
): BriefFacts {
  const brief = text.replace(/\s+/g, " ").trim();
  const { industry, score } = hints.industry
    ? { industry: hints.industry, score: 99 }
    : classifyIndustry(brief);
  const place = findPlace(brief);
  const region =
    REGIONS.find(([pattern]) => pattern.test(brief))?.[1] ??
    (place ? REGIONS.find(([pattern]) => pattern.test(place))?.[1] : undefined) ??
    DEFAULT_REGION;
  const name = cleanName(hints.name) ?? findName(brief);
  // Colour words inside the name ("Blue Fern") are not a colour request.
  const withoutName = name ? brief.split(name).join(" ") : brief;
  return {
    industry,
    score,
    name,
    place,
    region,
    tone: TONE_WORDS.find(([, pattern]) => pattern.test(brief))?.[0] ?? "friendly",
    mood: hints.mood ?? MOOD_WORDS.find(([, pattern]) => pattern.test(brief))?.[0] ?? null,
    colors: hints.colors?.length ? [...hints.colors] : findColors(withoutName),
    noun: findNoun(brief),
  };
}

export function classifyIndustry(brief: string): { industry: IndustryId; score: number } {
  const lower = ` ${brief.toLowerCase()} `;
  let best: { industry: IndustryId; score: number } = { industry: "general", score: 0 };
  for (const id of INDUSTRY_IDS) {
    let score = 0;
    for (const [word, weight] of KNOWLEDGE[id].keywords) {
      const pattern = new RegExp(`(^|[^a-z])${escapeRegExp(word)}([^a-z]|$)`, "i");
      if (pattern.test(lower)) score += weight;
    }
    if (score > best.score) best = { industry: id, score };
  }
  return best.score >= 2 ? best : { industry: "general", score: best.score };
}

export function fallbackName(industry: IndustryId, pick: (names: string[]) => string): string {
  return pick(GENERIC_NAMES[industry] ?? GENERIC_NAMES.general!);
}

function cleanName(name: string | undefined): string | null {
  const trimmed = name?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed.slice(0, 80) : null;
}

const NAME_WORD = "[A-Z0-9][\\w'’&.-]*";
const NAME_PHRASE = `${NAME_WORD}(?:\\s+(?:(?:of|and|the|&|de|la|le|du)\\s+)?${NAME_WORD}){0,5}`;

function findName(brief: string): string | null {
  // Straight apostrophes are left out: "we're ... don't" is not a quoted name.
  const quoted = /(?:^|[\s(])(?:"([^"]{2,60})"|“([^”]{2,60})”|‘([^’]{2,60})’)/.exec(brief);
  const quotedName = quoted ? (quoted[1] ?? quoted[2] ?? quoted[3]) : undefined;
  if (quotedName && /[A-Za-z]/.test(quotedName) && quotedName.split(" ").length <= 7)
    return quotedName.trim();
  const patterns = [
    new RegExp(`\\b(?:called|named|name is|brand is)\\s+(${NAME_PHRASE})`),
    new RegExp(
      `\\b(?:[Ww]e are|[Ww]e're|I run|[Ww]e run|I own|I'm opening|I am opening|[Ww]elcome to)\\s+(${NAME_PHRASE})`,
    ),
    new RegExp(`^(${NAME_PHRASE})(?:,|\\s+(?:is|are|sells|makes|roasts|bakes|offers|—|-))`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(brief)?.[1]?.trim();
    if (match && !NOT_NAMES.has(match.toLowerCase())) return trimTrailing(match);
  }
  return null;
}

function trimTrailing(name: string): string {
  return name.replace(/[.,;:!?]+$/, "").trim();
}

function findPlace(brief: string): string | null {
  const pattern =
    /\b(?:based in|located in|from|in|out of|near)\s+((?:[A-Z][\p{L}'’-]+)(?:[ -](?:[A-Z][\p{L}'’-]+|(?:de|del|upon|on|am|by)(?=[ -][A-Z])))*(?:,\s*[A-Z][\p{L}'’-]+)?)/gu;
  for (const match of brief.matchAll(pattern)) {
    const candidate = match[1]!.trim();
    const first = candidate.split(/[ ,]/)[0]!.toLowerCase();
    if (NOT_PLACES.has(first)) continue;
    return candidate.length <= 60 ? candidate : null;
  }
  return null;
}

function findColors(brief: string): string[] {
  const found: { at: number; hex: string }[] = [];
  for (const match of brief.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)) {
    const raw = match[1]!;
    const hex = raw.length === 3 ? [...raw].map((c) => c + c).join("") : raw;
    found.push({ at: match.index, hex: `#${hex.toLowerCase()}` });
  }
  const lower = brief.toLowerCase();
  // Longest names first, so "forest green" wins over "green".
  const names = Object.keys(COLOR_WORDS).sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const name of names) {
    const pattern = new RegExp(`\\b${escapeRegExp(name)}\\b`, "g");
    for (const match of lower.matchAll(pattern)) {
      const start = match.index;
      const end = start + name.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // Only colours the merchant asks for, not products ("red wine", "green tea").
      const after = lower.slice(end, end + 12);
      if (/^\s+(wine|tea|coffee|beans?|curry|pepper)/.test(after)) continue;
      taken.push([start, end]);
      found.push({ at: start, hex: COLOR_WORDS[name]! });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.hex))].slice(0, 3);
}

function findNoun(brief: string): string | null {
  const match =
    /\b(?:sell|sells|selling|make|makes|making|offer|offers|offering|shop for|stock|stocks)\s+((?:[a-z][a-z'-]*\s?){1,5}?)(?=[.,;!]|\s(?:in|for|to|and|from|with|at|online|that|which|who)\b|$)/i.exec(
      brief,
    );
  const noun = match?.[1]?.trim().toLowerCase();
  if (!noun || noun.length < 3 || /^(a|an|the|it|them|things|stuff)$/.test(noun)) return null;
  return noun.replace(/^(a|an|the|our|my)\s+/, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
