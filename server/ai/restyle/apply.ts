import {
  checkThemeContrast,
  ensureReadableTheme,
  mixColors,
  readableTextOn,
  relativeLuminance,
  type Theme,
  type ThemeColorToken,
} from "../../../blocks/theme/index.ts";
import type { ColorRole, StyleRequest } from "./request.ts";

/**
 * A theme with what a restyle asked for, every text and button readable (WCAG AA), and a summary
 * that says both: "Navy buttons, gold accents, Playfair Display headings; gold darkened for
 * readable badges." Used by the offline writer to build its answer and by the restyle action to
 * make any answer (offline or model) readable before it is offered.
 */
export type ReadableResult = { theme: Theme; fixes: string[] };

const PURPOSE: Partial<Record<ThemeColorToken, string>> = {
  primary: "buttons",
  accent: "badges",
  secondary: "panels",
  text: "text",
  muted: "secondary text",
  background: "text",
  surface: "text on cards",
};

/** Names for a colour's role in the summary. */
const ROLE_NOUN: Record<ColorRole, string> = {
  primary: "buttons",
  accent: "accents",
  background: "background",
  text: "text",
  secondary: "panels",
};

/** Puts the requested colours, fonts and hints on `current` (before readability). */
export function withRequest(current: Theme, request: StyleRequest): Theme {
  const colors = { ...current.colors };
  const dark = request.hints.includes("dark");
  if (dark) {
    colors.background = mixColors("#121212", colors.primary, 0.12);
    colors.text = "#f3f1ee";
    colors.muted = "#b9b4ad";
  } else if (request.hints.includes("cream")) {
    colors.background = "#f7f1e3";
  } else if (request.hints.includes("light")) {
    colors.background = "#ffffff";
  } else if (request.hints.includes("pastel")) {
    colors.background = mixColors(colors.primary, "#ffffff", 0.9);
  }
  for (const { hex, role } of request.colors) colors[role] = hex;
  const background = colors.background;
  const isDark = relativeLuminance(background) < 0.18;
  // Cards sit a shade off the page; text and muted follow a background that changed side.
  colors.surface = mixColors(background, isDark ? "#ffffff" : "#000000", isDark ? 0.07 : 0.035);
  if (isDark !== relativeLuminance(current.colors.background) < 0.18 || dark) {
    if (!request.colors.some((c) => c.role === "text"))
      colors.text = isDark ? "#f3f1ee" : "#1d1d1f";
    colors.muted = mixColors(colors.text, background, 0.3);
  } else if (request.colors.some((c) => c.role === "text")) {
    colors.muted = mixColors(colors.text, background, 0.3);
  }
  colors.onPrimary = readableTextOn(colors.primary);
  colors.onSecondary = readableTextOn(colors.secondary);
  colors.onAccent = readableTextOn(colors.accent);
  const heading = request.fonts.find((f) => f.role === "heading")?.font;
  const body = request.fonts.find((f) => f.role === "body")?.font;
  return {
    ...current,
    colors,
    fonts: {
      ...current.fonts,
      heading: heading ?? current.fonts.heading,
      body: body ?? current.fonts.body,
    },
  };
}

/**
 * Every text and button of `theme` at 4.5:1 (buttons against the page at 3:1): on-colours,
 * text, muted and primary first (ensureReadableTheme), then, if text still cannot read on both
 * page and cards, the cards move toward the page. `words` names the requested colours so the
 * fixes read "gold darkened for readable badges" rather than "accent".
 */
export function makeReadable(
  theme: Theme,
  words: Partial<Record<ThemeColorToken, string>> = {},
): ReadableResult {
  const readable = ensureReadableTheme(theme);
  const corrections = readable.corrections;
  let fixed = readable.theme;
  const fixes = corrections
    .filter((c) => !c.token.startsWith("on"))
    .map((c) => {
      const change = lighter(c.to, c.from) ? "lightened" : "darkened";
      const word = words[c.token];
      return word
        ? `${word} ${change} for readable ${PURPOSE[c.token] ?? "text"}`
        : `${tokenName(c.token)} ${change} to stay readable`;
    });
  for (let step = 1; step <= 10 && checkThemeContrast(fixed).length > 0; step++) {
    const colors = { ...fixed.colors };
    colors.surface = mixColors(colors.surface, colors.background, 0.5);
    colors.secondary = mixColors(
      colors.secondary,
      relativeLuminance(colors.secondary) > 0.18 ? "#ffffff" : "#000000",
      0.1,
    );
    colors.onSecondary = readableTextOn(colors.secondary);
    ({ theme: fixed } = ensureReadableTheme({ ...fixed, colors }));
    if (step === 1) fixes.push("cards brought closer to the page colour for readable text");
  }
  // Accent and secondary labels are re-chosen for their (possibly changed) colours.
  return { theme: fixed, fixes: [...new Set(fixes)] };
}

function tokenName(token: ThemeColorToken): string {
  return token === "primary" ? "the main colour" : token === "muted" ? "muted text" : token;
}

function lighter(a: string, b: string): boolean {
  return relativeLuminance(a) > relativeLuminance(b);
}

/** The theme a request asks for, made readable, and the sentence saying what was done. */
export function restyleTheme(
  current: Theme,
  request: StyleRequest,
): { theme: Theme; summary: string } {
  const wanted = withRequest(current, request);
  const words = Object.fromEntries(request.colors.map((c) => [c.role, c.word]));
  const { theme, fixes } = makeReadable(wanted, words);
  return { theme, summary: summarise(request, fixes) };
}

export function summarise(request: StyleRequest, fixes: string[]): string {
  const applied = [
    ...request.colors.map((c) => `${c.word} ${ROLE_NOUN[c.role]}`),
    ...request.hints.filter((h) => h !== "cream").map((h) => `a ${h} look`),
    ...request.fonts.map(
      (f) =>
        `${f.font} ${f.role === "heading" ? "headings" : "body text"}${f.asked.toLowerCase() === f.font.toLowerCase() || f.font.toLowerCase().startsWith(f.asked.toLowerCase()) ? "" : ` (the nearest to ${f.asked})`}`,
    ),
  ];
  const first = applied.length ? capitalise(applied.join(", ")) : "";
  const text = [first, fixes.join(", ")].filter(Boolean).join("; ");
  return text ? `${text}.` : "";
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
