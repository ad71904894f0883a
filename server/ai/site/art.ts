import type { OfflineLanguage } from "../brief/facts.ts";
import { tradeEntry } from "../offline/trades/index.ts";
import { INDUSTRY_IDS, type IndustryId } from "../../../domain/ai-vocabulary.ts";

/**
 * The pictures of a generated store until the merchant uploads photos: calm geometric
 * illustrations in the store's own colours, each with a simple motif of the item it shows. They
 * are drawn on request from their address alone (no storage), so any store can use them:
 *
 *   /_pegasus/art/<trade>[.<item>]-<background>-<shape>-<detail>-<variant>-<width>x<height>.svg
 *
 * e.g. /_pegasus/art/bakery.croissant-f2ebe0-3b2418-a3461f-2-1200x900.svg. `<item>` is a key of
 * the trade's motifs in its catalogue entry (../offline/trades/), so a croissant and a loaf of
 * the same bakery get different drawings; addresses without it (stores published before items
 * had their own motifs) still draw the trade's first motif. The path is served under /_pegasus/
 * so it also works on custom domains (where other paths belong to the storefront).
 */
export const ART_PREFIX = "/_pegasus/art/";

export type ArtSpec = {
  /** The trade whose drawings are used. */
  motif: IndustryId;
  /** Which of the trade's drawings (a key of its entry's `motifs`); the trade's first if absent. */
  item?: string;
  background: string;
  shape: string;
  detail: string;
  variant: number;
  width: number;
  height: number;
};

const ITEM = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FILE =
  /^([a-z-]+)(?:\.([a-z][a-z0-9-]{0,39}))?-([0-9a-f]{6})-([0-9a-f]{6})-([0-9a-f]{6})-(\d{1,2})-(\d{2,4})x(\d{2,4})\.svg$/;

export function artUrl(spec: ArtSpec): string {
  const hex = (c: string) => c.replace(/^#/, "").toLowerCase();
  const item = spec.item && ITEM.test(spec.item) ? `.${spec.item}` : "";
  return `${ART_PREFIX}${spec.motif}${item}-${hex(spec.background)}-${hex(spec.shape)}-${hex(spec.detail)}-${spec.variant % 100}-${spec.width}x${spec.height}.svg`;
}

export function parseArtFile(file: string): ArtSpec | null {
  const m = FILE.exec(file);
  if (!m) return null;
  const motif = m[1] as IndustryId;
  if (!(INDUSTRY_IDS as readonly string[]).includes(motif)) return null;
  const item = m[2];
  if (item !== undefined && !ITEM.test(item)) return null;
  const width = Number(m[7]);
  const height = Number(m[8]);
  if (width < 16 || height < 16 || width > 4000 || height > 4000) return null;
  return {
    motif,
    ...(item ? { item } : {}),
    background: `#${m[3]}`,
    shape: `#${m[4]}`,
    detail: `#${m[5]}`,
    variant: Number(m[6]),
    width,
    height,
  };
}

/** 24x24 line drawings, one per trade, drawn with stroke only: for trades without an entry. */
const MOTIFS: Partial<Record<IndustryId, string>> = {
  coffee:
    "M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z M16 10h1.5a2.5 2.5 0 0 1 0 5H16 M8 3c0 1.5 1.5 1.5 1.5 3 M12 3c0 1.5 1.5 1.5 1.5 3",
  bakery: "M4 14c0-4 3.6-7 8-7s8 3 8 7v3H4z M8 11l1.5 3 M12 10v4 M16 11l-1.5 3",
  fashion: "M12 5a2 2 0 1 1 2 2l-2 1.5 M12 8.5L3 15h18z",
  jewellery: "M12 10a6 6 0 1 0 0 12 6 6 0 0 0 0-12z M9 4h6l2 3-5 3-5-3z",
  skincare: "M9 8h6v12H9z M10 4h4v4h-4z M17 13c1.5-2 3-2 3-4",
  "furniture-decor": "M5 12V8a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v4 M3 12h18v4H3z M5 16v3 M19 16v3",
  "electronics-accessories": "M5 13a7 7 0 0 1 14 0 M4 13h3v6H4z M17 13h3v6h-3z",
  books: "M4 5h6a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4z M20 5h-6a2 2 0 0 0-2 2v12a2 2 0 0 1 2-2h6z",
  florist:
    "M12 21v-8 M12 13c-3 0-5-2-5-5 2.5 0 4 1 5 3 1-2 2.5-3 5-3 0 3-2 5-5 5z M12 8V4 M9 17c-2 0-3-1-4-3 M15 17c2 0 3-1 4-3",
  "fitness-gear": "M3 10v4 M6 7v10 M18 7v10 M21 10v4 M6 12h12",
  "pet-supplies":
    "M7 10a1.5 2 0 1 0 0.01 0 M17 10a1.5 2 0 1 0 0.01 0 M10 6a1.5 2 0 1 0 0.01 0 M14 6a1.5 2 0 1 0 0.01 0 M8 18c0-3 2-5 4-5s4 2 4 5c0 2-8 2-8 0z",
  "art-prints": "M4 4h16v16H4z M7 16l4-5 3 3 2-2 2 4 M9 8.5a1 1 0 1 0 0.01 0",
  wine: "M8 3h8l-.5 6a3.5 3.5 0 0 1-7 0z M12 12.5V20 M8.5 20h7",
  tea: "M5 10h11v4a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z M16 11h2a2 2 0 0 1 0 4h-2 M9 5c1-1 3-1 4 0",
  "handmade-crafts":
    "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M5 9c4 1 10 1 14 0 M5 15c4-1 10-1 14 0 M12 4c-2 5-2 11 0 16",
  toys: "M4 14h7v6H4z M13 14h7v6h-7z M8.5 8h7v6h-7z",
  "outdoor-gear": "M3 19l6-10 4 6 3-4 5 8z M14 6a2 2 0 1 0 0.01 0",
  bicycles:
    "M6 17a3.5 3.5 0 1 0 0.01 0 M18 17a3.5 3.5 0 1 0 0.01 0 M6 17l4-7h5l3 7 M10 10l-1-3h-2 M15 10l-2 7",
  ceramics: "M9 4h6 M10 4c0 3-4 4-4 9a6 6 0 0 0 12 0c0-5-4-6-4-9",
  stationery: "M6 3h10l3 3v15H6z M9 9h7 M9 13h7 M9 17h4",
  general: "M4 9h16v11H4z M3 6h18v3H3z M12 6v14 M12 6c-1.5-3-5-3-5-.5S12 6 12 6s5-3 5-.5S12 6 12 6",
};

/** The path drawn for a spec: its item's, else its trade's first, else the old one per trade. */
export function motifPath(spec: Pick<ArtSpec, "motif" | "item">): string {
  const motifs = tradeEntry(spec.motif)?.motifs ?? {};
  const path =
    (spec.item !== undefined && Object.hasOwn(motifs, spec.item) ? motifs[spec.item] : undefined) ??
    Object.values(motifs)[0] ??
    MOTIFS[spec.motif] ??
    MOTIFS.general!;
  return isMotifPath(path) ? path : MOTIFS.general!;
}

const PATH_ARGS: Record<string, number> = {
  m: 2,
  l: 2,
  h: 1,
  v: 1,
  c: 6,
  s: 4,
  q: 4,
  t: 2,
  a: 7,
  z: 0,
};

/**
 * Whether `d` is SVG path data a motif may be drawn from: commands with whole sets of numeric
 * arguments, starting with a move, and nothing else (no quotes or markup can reach the SVG).
 */
export function isMotifPath(d: string): boolean {
  if (!/^\s*[Mm]/.test(d) || /[^MmLlHhVvCcSsQqTtAaZz0-9.,\s-]/.test(d)) return false;
  const commands = d.match(/[A-Za-z][^A-Za-z]*/g) ?? [];
  return commands.every((command) => {
    const arity = PATH_ARGS[command[0]!.toLowerCase()]!;
    const rest = command.slice(1);
    const numbers = rest.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
    if (rest.replace(/-?(?:\d+\.?\d*|\.\d+)/g, "").replace(/[\s,]/g, "") !== "") return false;
    return arity === 0 ? numbers.length === 0 : numbers.length > 0 && numbers.length % arity === 0;
  });
}

/** Words of a name, lower case without accents, that say what an item is. */
function nameWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
}

/** Whether two words are one (plural and singular: "croissants" and "croissant"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * The motif for a product of a trade: that of the trade's sample (in `language`, then in any
 * language) whose name shares the most words with `title`, the closer name winning a tie
 * ("Blow-dry" is a blow-dry, not a "Cut and blow-dry"), else the motif named in the title, else
 * the trade's first motif. Undefined for a trade without an entry (its art has one motif).
 */
export function artMotifFor(
  tradeId: IndustryId,
  title: string,
  language: OfflineLanguage,
): string | undefined {
  const entry = tradeEntry(tradeId);
  if (!entry) return undefined;
  const words = nameWords(title);
  const shared = (name: string) =>
    nameWords(name).filter((word) => words.some((w) => sameWord(word, w))).length;
  const others = Object.entries(entry.samples)
    .filter(([lang]) => lang !== language)
    .flatMap(([, samples]) => samples);
  for (const samples of [entry.samples[language], others]) {
    let best: { motif: string; shared: number; extra: number } | undefined;
    for (const sample of samples) {
      const s = shared(sample.name);
      const extra = nameWords(sample.name).length - s;
      if (s > 0 && (!best || s > best.shared || (s === best.shared && extra < best.extra))) {
        best = { motif: sample.motif, shared: s, extra };
      }
    }
    if (best && Object.hasOwn(entry.motifs, best.motif)) return best.motif;
  }
  const keys = Object.keys(entry.motifs);
  return keys.find((key) => shared(key.replace(/-/g, " ")) > 0) ?? keys[0];
}

function esc(value: string): string {
  return /^#[0-9a-f]{6}$/.test(value) ? value : "#000000";
}

/** The SVG for a spec: background, a few soft shapes from the variant, and the trade's motif. */
export function renderArt(spec: ArtSpec): string {
  const { width: w, height: h } = spec;
  const bg = esc(spec.background);
  const shape = esc(spec.shape);
  const detail = esc(spec.detail);
  const v = spec.variant;
  const min = Math.min(w, h);
  const r1 = Math.round(min * (0.32 + (v % 3) * 0.06));
  const cx = Math.round(w * [0.68, 0.32, 0.5, 0.75][v % 4]!);
  const cy = Math.round(h * [0.45, 0.55, 0.5, 0.4][(v >> 1) % 4]!);
  const r2 = Math.round(min * 0.22);
  const cx2 = Math.round(w * [0.25, 0.78, 0.2, 0.3][(v + 1) % 4]!);
  const cy2 = Math.round(h * [0.78, 0.25, 0.3, 0.8][v % 4]!);
  const iconSize = Math.round(min * 0.34);
  const scale = iconSize / 24;
  const ix = Math.round(cx - iconSize / 2);
  const iy = Math.round(cy - iconSize / 2);
  const stripes = Array.from({ length: 5 }, (_, i) => {
    const y = Math.round(h * (0.1 + i * 0.045));
    return `<path d="M${Math.round(w * 0.06)} ${y}h${Math.round(w * 0.16)}" stroke="${detail}" stroke-width="${Math.max(2, Math.round(min * 0.008))}" stroke-linecap="round" opacity="0.5"/>`;
  }).join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="${bg}"/>`,
    `<circle cx="${cx2}" cy="${cy2}" r="${r2}" fill="${detail}" opacity="0.35"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${r1}" fill="${shape}" opacity="0.14"/>`,
    `<circle cx="${cx}" cy="${cy}" r="${Math.round(r1 * 0.72)}" fill="none" stroke="${shape}" stroke-width="${Math.max(2, Math.round(min * 0.006))}" opacity="0.35"/>`,
    stripes,
    `<g transform="translate(${ix} ${iy}) scale(${scale.toFixed(3)})" fill="none" stroke="${shape}" stroke-width="${(1.4).toFixed(1)}" stroke-linecap="round" stroke-linejoin="round">`,
    `<path d="${motifPath(spec)}"/>`,
    `</g>`,
    `</svg>`,
  ].join("");
}
