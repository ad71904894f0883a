import { z } from "zod";
import {
  contrastRatio,
  readableTextOn,
  type FontFamily,
  type ThemeColors,
} from "../../../blocks/theme/index.ts";
import { ZFontFamily, ZThemeColors } from "../../../blocks/theme/tokens.ts";

/** What generated images are made from: the brand's name, palette and fonts (theme tokens). */
export const ZBrand = z.object({
  name: z.string().trim().min(1, "the brand needs a name").max(60),
  colors: ZThemeColors,
  fonts: z.object({ heading: ZFontFamily, body: ZFontFamily }),
});
export type Brand = {
  name: string;
  colors: ThemeColors;
  fonts: { heading: FontFamily; body: FontFamily };
};

/** Up to two initials ("Northbound Coffee" -> "NC"). */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words
    .filter((w) => !/^(the|and|&|of|co\.?)$/i.test(w))
    .slice(0, 2)
    .map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, "")][0] ?? "");
  return (letters.join("") || [...name.trim()][0] || "?").toUpperCase();
}

/** A text colour that reads on `background`: the theme's own when it does, else black or white. */
export function textOn(background: string, preferred: string, minimum = 4.5): string {
  return contrastRatio(preferred, background) >= minimum ? preferred : readableTextOn(background);
}
