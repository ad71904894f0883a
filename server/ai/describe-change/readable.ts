import {
  AA_TEXT,
  AA_UI,
  BACKGROUND_TOKENS,
  checkThemeContrast,
  contrastRatio,
  ensureReadableTheme,
  readableTextOn,
  TEXT_ON_BACKGROUND,
  ZTheme,
  type BackgroundToken,
  type Theme,
  type ThemeColors,
} from "../../../blocks/theme/index.ts";
import { textOnCustomBackground } from "../../../blocks/style/responsive.ts";

/**
 * The readability rules every described change passes, shared by the offline planner (which only
 * proposes what passes) and the check that turns any provider's operations into suggestions
 * (which refuses what does not): text at 4.5:1 on its section, a main button that stands out from
 * its section at 3:1, and a theme that passes `checkThemeContrast`.
 */

type Colors = Pick<ThemeColors, "primary"> & Record<string, string>;
type Button = { label?: unknown; href?: unknown; variant?: unknown };

function isToken(value: string): value is BackgroundToken {
  return (BACKGROUND_TOKENS as readonly string[]).includes(value);
}

/** The colour a section background paints ("none" shows the page's background). */
export function backgroundColor(background: string, colors: Colors): string {
  if (background === "none") return colors.background ?? "#ffffff";
  return isToken(background) ? (colors[background] ?? "#ffffff") : background;
}

/** The colour of text on a section background, as the renderer draws it. */
export function textColorOn(background: string, colors: Colors): string {
  if (background === "none") return colors.text ?? "#111111";
  return isToken(background)
    ? (colors[TEXT_ON_BACKGROUND[background]] ?? "#111111")
    : textOnCustomBackground(background);
}

/**
 * Main buttons on a background they would vanish into become "inverse" (the section's own text
 * and background colours swapped), which always reads: the "invisible main button" of issue 14.
 */
export function buttonsReadableOn<B extends Button>(
  background: string,
  colors: Colors,
  buttons: readonly B[],
): B[] {
  const ground = backgroundColor(background, colors);
  return buttons.map((button) =>
    button.variant === "primary" && contrastRatio(colors.primary, ground) < AA_UI
      ? { ...button, variant: "inverse" }
      : button,
  );
}

/** Why a section with this background and these buttons would be hard to read, or null. */
export function sectionBackgroundProblem(
  background: string,
  colors: Colors,
  buttons: readonly Button[] = [],
): string | null {
  const ground = backgroundColor(background, colors);
  const text = textColorOn(background, colors);
  const ratio = contrastRatio(text, ground);
  if (ratio < AA_TEXT)
    return `text on it would have contrast ${ratio.toFixed(2)}:1, below ${AA_TEXT}:1`;
  const hidden = buttons.some(
    (b) => b.variant === "primary" && contrastRatio(colors.primary, ground) < AA_UI,
  );
  return hidden ? "its main button would not stand out from it" : null;
}

/**
 * The theme with new colours (on-colours always chosen by Pegasus) and fonts, made readable the
 * way a generated store is; `problems` is empty when it passes every contrast rule.
 */
export function themeWith(
  theme: Theme,
  patch: { colors?: Record<string, string>; headingFont?: string; bodyFont?: string },
): { theme: Theme | null; problems: string[] } {
  const colors = { ...theme.colors, ...patch.colors };
  const next = {
    ...theme,
    colors: {
      ...colors,
      onPrimary: readableTextOn(colors.primary),
      onSecondary: readableTextOn(colors.secondary),
      onAccent: readableTextOn(colors.accent),
    },
    fonts: {
      ...theme.fonts,
      ...(patch.headingFont ? { heading: patch.headingFont } : {}),
      ...(patch.bodyFont ? { body: patch.bodyFont } : {}),
    },
  };
  const parsed = ZTheme.safeParse(next);
  if (!parsed.success) return { theme: null, problems: ["the theme would not be valid"] };
  const { theme: readable } = ensureReadableTheme(parsed.data);
  const problems = checkThemeContrast(readable).map((p) => p.message);
  return { theme: problems.length ? null : readable, problems };
}
