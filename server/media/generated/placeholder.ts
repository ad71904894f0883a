import sharp from "sharp";
import type { ThemeColors } from "../../../blocks/theme/index.ts";
import { mixColors } from "../../../blocks/theme/index.ts";

export const PLACEHOLDER_SHAPES = {
  wide: { width: 1600, height: 900 },
  square: { width: 1200, height: 1200 },
  portrait: { width: 1200, height: 1500 },
} as const;
export type PlaceholderShape = keyof typeof PLACEHOLDER_SHAPES;

const STYLES = ["hills", "arches", "orbs", "bands"] as const;
export type PlaceholderStyle = (typeof STYLES)[number];

/**
 * Calm, abstract pictures in a site's palette for stores that have no photos yet: layered hills
 * under a sun, arches, soft orbs or diagonal bands, varied by `seed`. No text and no people, so
 * they never pretend to be the merchant's products. PNG, from an SVG we write ourselves.
 */
export async function placeholderPng(
  colors: ThemeColors,
  shape: PlaceholderShape,
  seed: number,
): Promise<{ png: Buffer; style: PlaceholderStyle; width: number; height: number }> {
  const { width, height } = PLACEHOLDER_SHAPES[shape];
  const style = STYLES[Math.abs(seed) % STYLES.length]!;
  const random = mulberry32(seed * 7919 + 17);
  const pick = (n: number) => Math.floor(random() * n);
  const soft = (color: string, amount: number) => mixColors(color, colors.background, amount);
  const sky = [soft(colors.secondary, 0.55), soft(colors.surface, 0.2)];
  let shapes = "";
  switch (style) {
    case "hills": {
      const sunX = width * (0.25 + random() * 0.5);
      shapes += `<circle cx="${sunX}" cy="${height * 0.38}" r="${Math.min(width, height) * 0.13}" fill="${soft(colors.accent, 0.15)}"/>`;
      const layers = [soft(colors.primary, 0.55), soft(colors.primary, 0.3), colors.primary];
      layers.forEach((fill, i) => {
        const base = height * (0.55 + i * 0.13);
        const wave = height * (0.06 + random() * 0.05);
        const shift = random() * width;
        shapes += `<path d="M0 ${base} C ${width * 0.3 + shift * 0.1} ${base - wave}, ${width * 0.6} ${base + wave}, ${width} ${base - wave * 0.5} L ${width} ${height} L 0 ${height} Z" fill="${fill}"/>`;
      });
      break;
    }
    case "arches": {
      const palette = [
        colors.primary,
        colors.accent,
        soft(colors.secondary, 0.2),
        soft(colors.primary, 0.45),
      ];
      const count = 3 + pick(2);
      const span = width / count;
      for (let i = 0; i < count; i++) {
        const w = span * 0.78;
        const x = i * span + (span - w) / 2;
        const top = height * (0.3 + random() * 0.25);
        shapes += `<path d="M${x} ${height} L${x} ${top + w / 2} A ${w / 2} ${w / 2} 0 0 1 ${x + w} ${top + w / 2} L ${x + w} ${height} Z" fill="${palette[(i + seed) % palette.length]}"/>`;
      }
      break;
    }
    case "orbs": {
      const palette = [colors.primary, colors.accent, colors.secondary];
      for (let i = 0; i < 3; i++) {
        const r = Math.min(width, height) * (0.22 + random() * 0.18);
        shapes += `<circle cx="${width * (0.2 + random() * 0.6)}" cy="${height * (0.25 + random() * 0.5)}" r="${r}" fill="${palette[i]}" fill-opacity="${0.55 + i * 0.15}"/>`;
      }
      break;
    }
    case "bands": {
      const palette = [
        soft(colors.primary, 0.5),
        colors.primary,
        colors.accent,
        soft(colors.secondary, 0.3),
      ];
      const count = 4;
      const step = (width + height) / count;
      for (let i = 0; i < count; i++) {
        const x = -height + i * step + pick(40);
        shapes += `<polygon points="${x},${height} ${x + step * 0.8},${height} ${x + step * 0.8 + height},0 ${x + height},0" fill="${palette[i % palette.length]}" fill-opacity="0.9"/>`;
      }
      break;
    }
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#sky)"/>${shapes}</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return { png, style, width, height };
}

/** A small deterministic random source, so the same seed draws the same picture. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
