import { nearestWeight } from "../../../blocks/theme/index.ts";
import { initials, textOn, type Brand } from "./brand.ts";
import { loadFont } from "./fonts.ts";
import { h, svgToPng, toSvg, type El } from "./render.ts";

export const LOGO_VARIANTS = ["wordmark", "accent", "badge", "monogram", "stacked"] as const;
export type LogoVariant = (typeof LOGO_VARIANTS)[number];

export const LOGO_LABELS: Record<LogoVariant, string> = {
  wordmark: "Wordmark",
  accent: "Wordmark with accent",
  badge: "Badge",
  monogram: "Monogram and name",
  stacked: "Stacked",
};

export type Logo = { variant: LogoVariant; svg: string; width: number; height: number };

const HEIGHT = 160;

/**
 * A logo from the brand's name, heading font and palette, as SVG (text drawn as paths, so it
 * looks the same everywhere) with its size. Transparent background except where the design has
 * a shape of its own.
 */
export async function logoSvg(brand: Brand, variant: LogoVariant): Promise<Logo> {
  const { colors, fonts } = brand;
  const name = brand.name.trim().slice(0, 60);
  const heading = await loadFont(fonts.heading, nearestWeight(fonts.heading, 700));
  const body = await loadFont(fonts.body, nearestWeight(fonts.body, 600));
  const ink = textOn(colors.background, colors.text);
  const size = name.length > 24 ? 56 : name.length > 14 ? 68 : 80;
  const word = (color: string, extra: Record<string, string | number> = {}) =>
    h(
      "div",
      {
        fontFamily: fonts.heading,
        fontSize: size,
        fontWeight: heading.weight,
        color,
        lineHeight: 1,
        ...extra,
      },
      name,
    );

  let element: El;
  switch (variant) {
    case "wordmark":
      element = h(
        "div",
        { display: "flex", alignItems: "center", height: HEIGHT, padding: "0 24px" },
        [word(ink)],
      );
      break;
    case "accent":
      element = h(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          height: HEIGHT,
          padding: "0 24px",
        },
        [
          word(textOn(colors.background, colors.primary, 3)),
          h("div", {
            width: 72,
            height: 8,
            marginTop: 14,
            borderRadius: 4,
            backgroundColor: colors.accent,
          }),
        ],
      );
      break;
    case "badge":
      element = h(
        "div",
        { display: "flex", alignItems: "center", height: HEIGHT, padding: "12px" },
        [
          h(
            "div",
            {
              display: "flex",
              alignItems: "center",
              height: HEIGHT - 24,
              padding: "0 36px",
              borderRadius: 20,
              backgroundColor: colors.primary,
            },
            [
              h(
                "div",
                {
                  fontFamily: fonts.body,
                  fontWeight: body.weight,
                  fontSize: Math.round(size * 0.6),
                  letterSpacing: 6,
                  textTransform: "uppercase",
                  color: textOn(colors.primary, colors.onPrimary),
                },
                name,
              ),
            ],
          ),
        ],
      );
      break;
    case "monogram":
      element = h(
        "div",
        { display: "flex", alignItems: "center", height: HEIGHT, padding: "0 24px" },
        [
          h(
            "div",
            {
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              width: 120,
              height: 120,
              borderRadius: 60,
              marginRight: 28,
              backgroundColor: colors.primary,
              color: textOn(colors.primary, colors.onPrimary),
              fontFamily: fonts.heading,
              fontWeight: heading.weight,
              fontSize: 54,
            },
            initials(name),
          ),
          word(ink, { fontSize: Math.round(size * 0.85) }),
        ],
      );
      break;
    case "stacked":
      element = h(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          alignItems: "center",
          justifyContent: "center",
          height: HEIGHT * 1.5,
          padding: "0 24px",
        },
        [
          h(
            "div",
            {
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              width: 92,
              height: 92,
              border: `6px solid ${colors.accent}`,
              borderRadius: 12,
              marginBottom: 16,
              color: ink,
              fontFamily: fonts.heading,
              fontWeight: heading.weight,
              fontSize: 44,
            },
            initials(name),
          ),
          h(
            "div",
            {
              fontFamily: fonts.body,
              fontWeight: body.weight,
              fontSize: Math.round(size * 0.5),
              letterSpacing: 8,
              textTransform: "uppercase",
              color: ink,
            },
            name,
          ),
        ],
      );
      break;
  }
  const height = variant === "stacked" ? HEIGHT * 1.5 : HEIGHT;
  const svg = await toSvg(element, { height }, [heading, body]);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { variant, svg, width: Math.ceil(width), height };
}

/** Every variant, for the wizard and the theme editor to offer. */
export async function logoVariants(brand: Brand): Promise<Logo[]> {
  return Promise.all(LOGO_VARIANTS.map((variant) => logoSvg(brand, variant)));
}

/** The PNG of a logo, twice its SVG size (sharp on high-density screens). */
export function logoPng(logo: Logo): Promise<Buffer> {
  return svgToPng(logo.svg, { width: Math.min(1920, logo.width * 2), density: 144 });
}
