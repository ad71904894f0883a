import type { HexColor, Theme, ThemeColorToken } from "./tokens.ts";

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${JSON.stringify(hex)}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function rgbToHex([r, g, b]: readonly [number, number, number]): HexColor {
  const part = (c: number) =>
    Math.round(Math.min(255, Math.max(0, c)))
      .toString(16)
      .padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** Mix `from` toward `to` by `amount` (0 = from, 1 = to), in sRGB. */
export function mixColors(from: string, to: string, amount: number): HexColor {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  const t = Math.min(1, Math.max(0, amount));
  return rgbToHex([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}

const NEAR_BLACK = "#111111";
const WHITE = "#ffffff";

/** The text colour (white, near-black or black) that reads best on `background`. */
export function readableTextOn(background: string, minimum = AA_TEXT): HexColor {
  const white = contrastRatio(WHITE, background);
  const dark = contrastRatio(NEAR_BLACK, background);
  if (white >= minimum && white >= dark) return WHITE;
  if (dark >= minimum) return NEAR_BLACK;
  // Pure black or white always reaches at least 4.58:1 against any colour.
  return contrastRatio("#000000", background) >= white ? "#000000" : WHITE;
}

export const AA_TEXT = 4.5;
export const AA_UI = 3;

export interface ContrastRule {
  foreground: ThemeColorToken;
  background: ThemeColorToken;
  minimum: number;
  /** What a shopper would fail to read if this pair is too close, in the merchant's words. */
  purpose: string;
}

/** The colour pairs a theme must keep readable (WCAG AA). */
export function contrastRulesFor(theme: Pick<Theme, "buttonStyle">): ContrastRule[] {
  return [
    { foreground: "text", background: "background", minimum: AA_TEXT, purpose: "page text" },
    { foreground: "text", background: "surface", minimum: AA_TEXT, purpose: "text on cards" },
    {
      foreground: "muted",
      background: "background",
      minimum: AA_TEXT,
      purpose: "secondary text",
    },
    {
      foreground: "muted",
      background: "surface",
      minimum: AA_TEXT,
      purpose: "secondary text on cards",
    },
    {
      foreground: "onPrimary",
      background: "primary",
      minimum: AA_TEXT,
      purpose: "button labels",
    },
    {
      foreground: "onSecondary",
      background: "secondary",
      minimum: AA_TEXT,
      purpose: "text on secondary panels",
    },
    { foreground: "onAccent", background: "accent", minimum: AA_TEXT, purpose: "badges" },
    // Outline buttons print their label in the primary colour on the page.
    {
      foreground: "primary",
      background: "background",
      minimum: theme.buttonStyle === "outline" ? AA_TEXT : AA_UI,
      purpose: theme.buttonStyle === "outline" ? "outline button labels" : "buttons and links",
    },
  ];
}

export interface ContrastProblem {
  foreground: ThemeColorToken;
  background: ThemeColorToken;
  ratio: number;
  minimum: number;
  message: string;
}

export function checkThemeContrast(theme: Theme): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const rule of contrastRulesFor(theme)) {
    const ratio = contrastRatio(theme.colors[rule.foreground], theme.colors[rule.background]);
    if (ratio < rule.minimum) {
      problems.push({
        foreground: rule.foreground,
        background: rule.background,
        ratio: Math.round(ratio * 100) / 100,
        minimum: rule.minimum,
        message:
          `${rule.purpose}: ${rule.foreground} ${theme.colors[rule.foreground]} on ${rule.background} ` +
          `${theme.colors[rule.background]} has contrast ${ratio.toFixed(2)}:1, needs ${rule.minimum}:1`,
      });
    }
  }
  return problems;
}

export interface ContrastCorrection {
  token: ThemeColorToken;
  from: HexColor;
  to: HexColor;
  reason: string;
}

const ON_COLOR_FOR: Partial<Record<ThemeColorToken, ThemeColorToken>> = {
  onPrimary: "primary",
  onSecondary: "secondary",
  onAccent: "accent",
};

/**
 * Make every required pair readable, changing as little as possible: on-colours switch to
 * white/near-black; text, muted and primary are darkened or lightened step by step. Backgrounds
 * never change, since they set the look of the whole site.
 */
export function ensureReadableTheme(theme: Theme): {
  theme: Theme;
  corrections: ContrastCorrection[];
} {
  const colors = { ...theme.colors };
  const corrections: ContrastCorrection[] = [];
  const rules = contrastRulesFor(theme);

  // Primary first: correcting it changes what onPrimary must contrast with.
  const order: ThemeColorToken[] = [
    "primary",
    "onPrimary",
    "onSecondary",
    "onAccent",
    "text",
    "muted",
  ];
  for (const token of order) {
    const mine = rules.filter((r) => r.foreground === token);
    const passes = (c: string) =>
      mine.every((r) => contrastRatio(c, colors[r.background]) >= r.minimum);
    if (mine.length === 0 || passes(colors[token])) continue;

    const before = colors[token];
    const paired = ON_COLOR_FOR[token];
    const after = paired
      ? readableTextOn(colors[paired])
      : adjustUntil(
          before,
          mine.map((r) => colors[r.background]),
          passes,
        );
    if (after !== before) {
      colors[token] = after;
      corrections.push({
        token,
        from: before,
        to: after,
        reason: mine.map((r) => r.purpose).join(", ") + " were hard to read",
      });
    }
  }
  return { theme: { ...theme, colors }, corrections };
}

/** Move `color` toward black or white (whichever its backgrounds call for) until `passes`. */
function adjustUntil(
  color: HexColor,
  backgrounds: readonly string[],
  passes: (c: string) => boolean,
): HexColor {
  const avgLum = backgrounds.reduce((s, b) => s + relativeLuminance(b), 0) / backgrounds.length;
  const directions = avgLum > 0.18 ? ["#000000", "#ffffff"] : ["#ffffff", "#000000"];
  for (const target of directions) {
    for (let step = 1; step <= 20; step++) {
      const candidate = mixColors(color, target, step / 20);
      if (passes(candidate)) return candidate;
    }
  }
  return color;
}

/** Thrown by `assertReadableTheme` when a caller asked for refusal instead of correction. */
export class ThemeContrastError extends Error {
  readonly problems: ContrastProblem[];
  constructor(problems: ContrastProblem[]) {
    super(
      `The theme has colours that are hard to read:\n` +
        problems.map((p) => `  - ${p.message}`).join("\n"),
    );
    this.name = "ThemeContrastError";
    this.problems = problems;
  }
}

/** The refusal path: throws `ThemeContrastError` listing every failing pair. */
export function assertReadableTheme(theme: Theme): void {
  const problems = checkThemeContrast(theme);
  if (problems.length > 0) throw new ThemeContrastError(problems);
}
