import {
  BACKGROUND_TOKENS,
  contrastRatio,
  mixColors,
  relativeLuminance,
  type BackgroundToken,
  type Theme,
} from "../../../../blocks/theme/index.ts";
import {
  backgroundColor,
  buttonsReadableOn,
  sectionBackgroundProblem,
  themeWith,
} from "../../describe-change/readable.ts";
import { COLOR_WORDS } from "./colour-names.ts";
import { FOREIGN_COLOR_WORDS } from "./words.ts";

export type Shade = "darker" | "lighter";
type Props = Record<string, unknown>;

/** Below this luminance a background takes light text. */
const DARK_GROUND = 0.18;

/** A step the eye sees: two backgrounds closer than this read as the same. */
const VISIBLE_STEP = 1.25;

/**
 * A section darker or lighter as its props allow: over a background image, the overlay; else the
 * nearest theme colour a visible step darker (lighter) whose text stays readable, else the current
 * colour mixed toward black (white). Main buttons that would vanish become inverse. Null when
 * nothing readable is darker (lighter).
 */
export function shadeSection(props: Props, theme: Theme, shade: Shade): Props | null {
  const image = props.image as { src?: unknown } | undefined;
  if (props.layout === "background" && typeof image?.src === "string" && image.src) {
    const overlay = typeof props.overlay === "number" ? props.overlay : 45;
    const next = shade === "darker" ? Math.min(90, overlay + 20) : Math.max(20, overlay - 20);
    return next === overlay ? null : { overlay: next };
  }
  if (!("background" in props)) return null;
  const colors = theme.colors;
  const current = backgroundColor(String(props.background), colors);
  const buttons = Array.isArray(props.buttons) ? (props.buttons as Props[]) : [];
  const goes = (candidate: string) =>
    (shade === "darker"
      ? relativeLuminance(candidate) < relativeLuminance(current)
      : relativeLuminance(candidate) > relativeLuminance(current)) &&
    contrastRatio(candidate, current) >= VISIBLE_STEP;
  const readable = (background: string) =>
    sectionBackgroundProblem(background, colors, buttonsReadableOn(background, colors, buttons)) ===
    null;
  // "Darker" means a dark section (light text) when the theme has one; nearest first.
  const wanted = (t: BackgroundToken) =>
    shade === "darker"
      ? relativeLuminance(colors[t]) < DARK_GROUND
      : relativeLuminance(colors[t]) >= DARK_GROUND;
  const tokens = BACKGROUND_TOKENS.filter((t) => goes(colors[t]) && readable(t)).sort(
    (a, b) =>
      Number(wanted(b)) - Number(wanted(a)) ||
      contrastRatio(colors[a], current) - contrastRatio(colors[b], current),
  );
  let background: string | undefined = tokens[0];
  if (!background) {
    const mixed = mixColors(current, shade === "darker" ? "#000000" : "#ffffff", 0.35);
    if (goes(mixed) && readable(mixed)) background = mixed;
  }
  if (!background) return null;
  const next: Props = { background };
  const fixed = buttonsReadableOn(background, colors, buttons);
  if (JSON.stringify(fixed) !== JSON.stringify(buttons)) next.buttons = fixed;
  return next;
}

/** A section painted in a colour the merchant named, when its text and buttons stay readable. */
export function paintSection(props: Props, theme: Theme, hex: string): Props | null {
  if (!("background" in props)) return null;
  const buttons = Array.isArray(props.buttons) ? (props.buttons as Props[]) : [];
  const fixed = buttonsReadableOn(hex, theme.colors, buttons);
  if (sectionBackgroundProblem(hex, theme.colors, fixed) !== null) return null;
  const next: Props = { background: hex };
  if (JSON.stringify(fixed) !== JSON.stringify(buttons)) next.buttons = fixed;
  return next;
}

/** The theme's brand colours a step darker (lighter), kept readable; null if it cannot be. */
export function shadeTheme(theme: Theme, shade: Shade): Record<string, string> | null {
  const toward = shade === "darker" ? "#000000" : "#ffffff";
  const colors = {
    primary: mixColors(theme.colors.primary, toward, 0.25),
    secondary: mixColors(theme.colors.secondary, toward, 0.25),
    accent: mixColors(theme.colors.accent, toward, 0.25),
  };
  return readableColors(theme, colors);
}

/** Colours named in a request ("navy and gold", "bleu marine et doré"), in the order named. */
export function namedColors(text: string): { name: string; hex: string }[] {
  const lower = text.toLowerCase();
  const names: Record<string, string> = {};
  for (const [word, hex] of Object.entries(COLOR_WORDS)) names[word] = hex;
  for (const [word, english] of Object.entries(FOREIGN_COLOR_WORDS))
    if (COLOR_WORDS[english]) names[word] = COLOR_WORDS[english];
  const found: { at: number; end: number; name: string; hex: string }[] = [];
  for (const word of Object.keys(names).sort((a, b) => b.length - a.length)) {
    if (["black", "white", "grey", "gray", "cream"].includes(word)) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "giu");
    for (const match of lower.matchAll(pattern)) {
      const at = match.index;
      const end = at + word.length;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ at, end, name: word, hex: names[word]! });
    }
  }
  const ordered = found.sort((a, b) => a.at - b.at);
  return ordered.filter((f, i) => ordered.findIndex((g) => g.hex === f.hex) === i);
}

/** The named colours as the theme's primary, accent and secondary, kept readable. */
export function themeInColors(theme: Theme, hexes: string[]): Record<string, string> | null {
  const roles = ["primary", "accent", "secondary"] as const;
  const colors: Record<string, string> = {};
  hexes.slice(0, 3).forEach((hex, i) => (colors[roles[i]!] = hex));
  return readableColors(theme, colors);
}

/**
 * The colours as asked when the theme stays readable with them; otherwise each pushed toward the
 * text's opposite a step at a time (a pale gold becomes a deeper gold), and null if none works.
 */
function readableColors(
  theme: Theme,
  colors: Record<string, string>,
): Record<string, string> | null {
  const lightPage = relativeLuminance(theme.colors.background) > 0.18;
  for (let step = 0; step <= 6; step++) {
    const tried = Object.fromEntries(
      Object.entries(colors).map(([token, hex]) => [
        token,
        mixColors(hex, lightPage ? "#000000" : "#ffffff", step / 10),
      ]),
    );
    const { theme: readable } = themeWith(theme, { colors: tried });
    if (readable)
      return Object.fromEntries(
        Object.keys(tried).map((token) => [token, readable.colors[token as keyof Theme["colors"]]]),
      );
  }
  return null;
}
