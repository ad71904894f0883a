import { nearestWeight } from "../../../blocks/theme/index.ts";
import { initials, textOn, type Brand } from "./brand.ts";
import { loadFont } from "./fonts.ts";
import { h, svgToPng, toSvg } from "./render.ts";

/** The icon files every storefront gets, by file name. */
export const ICON_FILES = {
  "icon.svg": { size: 64, type: "image/svg+xml" },
  "icon-32.png": { size: 32, type: "image/png" },
  "apple-touch-icon.png": { size: 180, type: "image/png" },
  "icon-192.png": { size: 192, type: "image/png" },
  "icon-512.png": { size: 512, type: "image/png" },
} as const;
export type IconFile = keyof typeof ICON_FILES;

export function isIconFile(name: string): name is IconFile {
  return Object.hasOwn(ICON_FILES, name);
}

/**
 * Favicons and touch icons: the brand's initial in its heading font on its primary colour. The
 * favicon has rounded corners; the touch icon is full-bleed, because iOS rounds it itself.
 */
export async function siteIcon(brand: Brand, file: IconFile): Promise<Buffer> {
  const { colors, fonts } = brand;
  const font = await loadFont(fonts.heading, nearestWeight(fonts.heading, 700));
  const rounded = file === "icon.svg" || file === "icon-32.png";
  const letter = initials(brand.name).slice(0, 1);
  const svg = await toSvg(
    h(
      "div",
      {
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        width: 64,
        height: 64,
        borderRadius: rounded ? 14 : 0,
        backgroundColor: colors.primary,
        color: textOn(colors.primary, colors.onPrimary),
        fontFamily: fonts.heading,
        fontWeight: font.weight,
        fontSize: 40,
        lineHeight: 1,
      },
      letter,
    ),
    { width: 64, height: 64 },
    [font],
  );
  if (file === "icon.svg") return Buffer.from(svg);
  const size = ICON_FILES[file].size;
  // Render large, then scale down: small icons stay crisp.
  return svgToPng(svg, {
    width: size,
    height: size,
    density: Math.max(72, Math.ceil((72 * size) / 64)),
  });
}
