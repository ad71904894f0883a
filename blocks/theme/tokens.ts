import { z } from "zod";
import { FONT_FAMILIES } from "./fonts.ts";

/** Strictly `#rrggbb`: nothing else can reach a CSS colour value. */
export const ZHexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "a colour is written #rrggbb, e.g. #1f4d3a");
export type HexColor = z.infer<typeof ZHexColor>;

/** Every named colour of a theme, in the order the theme panel shows them. */
export const THEME_COLOR_TOKENS = [
  "primary",
  "onPrimary",
  "secondary",
  "onSecondary",
  "accent",
  "onAccent",
  "background",
  "surface",
  "text",
  "muted",
] as const;
export type ThemeColorToken = (typeof THEME_COLOR_TOKENS)[number];

/**
 * Colours a block may use as its own background. Each has a partner that text on it uses, so a
 * merchant can never pick a background whose text colour is undefined.
 */
export const BACKGROUND_TOKENS = [
  "background",
  "surface",
  "primary",
  "secondary",
  "accent",
  "text",
] as const;
export type BackgroundToken = (typeof BACKGROUND_TOKENS)[number];

export const TEXT_ON_BACKGROUND: Record<BackgroundToken, ThemeColorToken> = {
  background: "text",
  surface: "text",
  primary: "onPrimary",
  secondary: "onSecondary",
  accent: "onAccent",
  text: "background",
};

export const ZFontFamily = z.enum(FONT_FAMILIES, {
  error: `choose one of the curated fonts: ${FONT_FAMILIES.join(", ")}`,
});

export const BUTTON_STYLES = ["solid", "outline"] as const;
export const BUTTON_SHAPES = ["square", "rounded", "pill"] as const;

export const ZThemeColors = z.object({
  primary: ZHexColor,
  onPrimary: ZHexColor,
  secondary: ZHexColor,
  onSecondary: ZHexColor,
  accent: ZHexColor,
  onAccent: ZHexColor,
  background: ZHexColor,
  surface: ZHexColor,
  text: ZHexColor,
  muted: ZHexColor,
});
export type ThemeColors = z.infer<typeof ZThemeColors>;

/** Design tokens of a site (schema version 2). Numbers are bounded so CSS stays sane. */
export const ZTheme = z.object({
  colors: ZThemeColors,
  fonts: z.object({
    heading: ZFontFamily,
    body: ZFontFamily,
    /** Heading weight; the nearest weight the family ships is used. */
    headingWeight: z.number().int().min(100).max(900).multipleOf(100).default(700),
  }),
  /** Corner radius of cards, images and inputs, in px. */
  radius: z.number().min(0).max(48),
  /** Base spacing unit in px; the spacing scale (xs..2xl) is multiples of it. */
  spacing: z.number().min(2).max(16),
  buttonStyle: z.enum(BUTTON_STYLES),
  buttonShape: z.enum(BUTTON_SHAPES),
});
export type Theme = z.infer<typeof ZTheme>;

/** Spacing steps that block props choose from; each is a multiple of the theme's unit. */
export const SPACE_TOKENS = ["none", "xs", "sm", "md", "lg", "xl", "2xl"] as const;
export type SpaceToken = (typeof SPACE_TOKENS)[number];
export const SPACE_MULTIPLIERS: Record<SpaceToken, number> = {
  none: 0,
  xs: 1,
  sm: 2,
  md: 3,
  lg: 5,
  xl: 8,
  "2xl": 12,
};
