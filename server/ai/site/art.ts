import { INDUSTRY_IDS, type IndustryId } from "./vocabulary.ts";

/**
 * The pictures of a generated store until the merchant uploads photos: calm geometric
 * illustrations in the store's own colours, each with a simple motif of its trade. They are drawn
 * on request from their address alone (no storage), so any store can use them:
 *
 *   /_pegasus/art/<motif>-<background>-<shape>-<detail>-<variant>-<width>x<height>.svg
 *
 * e.g. /_pegasus/art/coffee-f2ebe0-3b2418-a3461f-2-1200x900.svg. The path is served under
 * /_pegasus/ so it also works on custom domains (where other paths belong to the storefront).
 */
export const ART_PREFIX = "/_pegasus/art/";

export type ArtSpec = {
  motif: IndustryId;
  background: string;
  shape: string;
  detail: string;
  variant: number;
  width: number;
  height: number;
};

const FILE =
  /^([a-z-]+)-([0-9a-f]{6})-([0-9a-f]{6})-([0-9a-f]{6})-(\d{1,2})-(\d{2,4})x(\d{2,4})\.svg$/;

export function artUrl(spec: ArtSpec): string {
  const hex = (c: string) => c.replace(/^#/, "").toLowerCase();
  return `${ART_PREFIX}${spec.motif}-${hex(spec.background)}-${hex(spec.shape)}-${hex(spec.detail)}-${spec.variant % 100}-${spec.width}x${spec.height}.svg`;
}

export function parseArtFile(file: string): ArtSpec | null {
  const m = FILE.exec(file);
  if (!m) return null;
  const motif = m[1] as IndustryId;
  if (!(INDUSTRY_IDS as readonly string[]).includes(motif)) return null;
  const width = Number(m[6]);
  const height = Number(m[7]);
  if (width < 16 || height < 16 || width > 4000 || height > 4000) return null;
  return {
    motif,
    background: `#${m[2]}`,
    shape: `#${m[3]}`,
    detail: `#${m[4]}`,
    variant: Number(m[5]),
    width,
    height,
  };
}

/** 24x24 line drawings, one per trade, drawn with stroke only. */
const MOTIFS: Record<IndustryId, string> = {
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
    `<path d="${MOTIFS[spec.motif]}"/>`,
    `</g>`,
    `</svg>`,
  ].join("");
}
