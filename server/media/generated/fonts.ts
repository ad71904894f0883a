import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONTS, fontFile, type FontFamily } from "../../../blocks/theme/index.ts";

/** A font as satori takes it: TTF, OTF or WOFF bytes (not WOFF2, which it cannot read). */
export type SatoriFont = {
  name: string;
  data: Buffer;
  weight: 400 | 700 | 100 | 200 | 300 | 500 | 600 | 800 | 900;
  style: "normal" | "italic";
};

const cache = new Map<string, Promise<SatoriFont>>();
const require = createRequire(import.meta.url);

/**
 * One face of a curated family, read from its @fontsource package: the same latin files the
 * storefront serves as WOFF2, in the WOFF flavour that ships beside them.
 */
export function loadFont(
  family: FontFamily,
  weight: number,
  style: "normal" | "italic" = "normal",
): Promise<SatoriFont> {
  const file = fontFile(family, weight, style).replace(/\.woff2$/, ".woff");
  let font = cache.get(file);
  if (!font) {
    const dir = join(dirname(require.resolve(`${FONTS[family].package}/package.json`)), "files");
    const [, parsedWeight, parsedStyle] = /-latin-(\d{3})-(normal|italic)\.woff$/.exec(file) ?? [];
    font = readFile(join(dir, file)).then((data) => ({
      name: family,
      data,
      weight: Number(parsedWeight ?? 400) as SatoriFont["weight"],
      style: (parsedStyle ?? "normal") as SatoriFont["style"],
    }));
    font.catch(() => cache.delete(file));
    cache.set(file, font);
  }
  return font;
}
