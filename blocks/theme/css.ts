import { mixColors } from "./contrast.ts";
import { fontStack, nearestWeight } from "./fonts.ts";
import { SPACE_MULTIPLIERS, SPACE_TOKENS, type Theme, ZTheme } from "./tokens.ts";

/** "onPrimary" -> "on-primary" */
function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Round to 2 decimals so generated CSS stays short and deterministic. */
function px(n: number): string {
  return `${Math.round(n * 100) / 100}px`;
}

/**
 * CSS custom properties for a theme (`--pg-color-primary`, `--pg-space-md`, ...). The theme is
 * re-validated first, so a value that slipped past the caller's validation still cannot break
 * out of its declaration; an invalid theme throws.
 */
export function themeCssVariables(input: Theme): Record<string, string> {
  const theme = ZTheme.parse(input);
  const vars: Record<string, string> = {};
  for (const [token, value] of Object.entries(theme.colors)) {
    vars[`--pg-color-${kebab(token)}`] = value.toLowerCase();
  }
  // Hairlines and input borders: a quiet mix of text into the background.
  vars["--pg-color-border"] = mixColors(theme.colors.background, theme.colors.text, 0.18);
  vars["--pg-color-border-strong"] = mixColors(theme.colors.background, theme.colors.text, 0.45);
  vars["--pg-font-heading"] = fontStack(theme.fonts.heading);
  vars["--pg-font-body"] = fontStack(theme.fonts.body);
  vars["--pg-font-heading-weight"] = String(
    nearestWeight(theme.fonts.heading, theme.fonts.headingWeight),
  );
  vars["--pg-radius"] = px(theme.radius);
  vars["--pg-radius-button"] =
    theme.buttonShape === "pill"
      ? "999px"
      : theme.buttonShape === "square"
        ? "0px"
        : px(theme.radius);
  vars["--pg-space-unit"] = px(theme.spacing);
  for (const token of SPACE_TOKENS) {
    vars[`--pg-space-${token}`] = px(theme.spacing * SPACE_MULTIPLIERS[token]);
  }
  vars["--pg-button-style"] = theme.buttonStyle;
  return vars;
}

/** The variables as one `:root{...}` rule, ready for a <style> element. */
export function themeCss(theme: Theme, selector = ":root"): string {
  const body = Object.entries(themeCssVariables(theme))
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
  return `${selector}{${body}}`;
}

/** Class the renderer puts on <body> so button CSS can follow the theme's button style. */
export function themeBodyClass(theme: Theme): string {
  return `pg-ui-theme pg-ui-buttons-${theme.buttonStyle}`;
}
