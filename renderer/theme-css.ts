import {
  BUTTON_SHAPES,
  BUTTON_STYLES,
  THEME_COLOR_TOKENS,
  defaultTheme,
  isFontFamily,
  themeCssVariables,
  type Theme,
} from "../blocks/theme/index.ts";

const HEX = /^#[0-9a-fA-F]{6}$/;

function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
    ? value
    : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/**
 * The theme as it may reach CSS. The document was validated when it was stored, but the renderer
 * checks again at its own boundary (a bug or a hand-built object upstream must not become a style
 * injection): each value that is not a #rrggbb colour, a curated font or a bounded number falls
 * back to the default theme's value, field by field, so one bad value never blanks the shop.
 */
export function safeTheme(raw: unknown): Theme {
  const input = (raw && typeof raw === "object" ? raw : {}) as Partial<
    Record<keyof Theme, unknown>
  >;
  const colorsIn = (input.colors && typeof input.colors === "object" ? input.colors : {}) as Record<
    string,
    unknown
  >;
  const fontsIn = (input.fonts && typeof input.fonts === "object" ? input.fonts : {}) as Record<
    string,
    unknown
  >;
  const colors = { ...defaultTheme.colors };
  for (const token of THEME_COLOR_TOKENS) {
    const value = colorsIn[token];
    if (typeof value === "string" && HEX.test(value)) colors[token] = value.toLowerCase();
  }
  const heading = fontsIn.heading;
  const body = fontsIn.body;
  const weight = bounded(fontsIn.headingWeight, 100, 900, defaultTheme.fonts.headingWeight);
  return {
    colors,
    fonts: {
      heading:
        typeof heading === "string" && isFontFamily(heading) ? heading : defaultTheme.fonts.heading,
      body: typeof body === "string" && isFontFamily(body) ? body : defaultTheme.fonts.body,
      headingWeight: Math.round(weight / 100) * 100,
    },
    radius: bounded(input.radius, 0, 48, defaultTheme.radius),
    spacing: bounded(input.spacing, 2, 16, defaultTheme.spacing),
    buttonStyle: oneOf(input.buttonStyle, BUTTON_STYLES, defaultTheme.buttonStyle),
    buttonShape: oneOf(input.buttonShape, BUTTON_SHAPES, defaultTheme.buttonShape),
  };
}

// What a generated custom property may look like: colours, px, weights, quoted font names and stacks.
const SAFE_NAME = /^--[a-z0-9-]+$/;
const SAFE_VALUE = /^[A-Za-z0-9#.,%"' -]+$/;

/** The theme's custom properties as one `:root` rule; any variable that is not plainly safe is left out. */
export function themeRootCss(theme: Theme): string {
  const declarations = Object.entries(themeCssVariables(theme)).filter(
    ([name, value]) => SAFE_NAME.test(name) && SAFE_VALUE.test(value),
  );
  return `:root{${declarations.map(([name, value]) => `${name}:${value}`).join(";")}}`;
}
