import { mixColors, readableTextOn, type Theme } from "../../../blocks/theme/index.ts";
import { makeReadable, summarise, withRequest } from "../restyle/apply.ts";
import { parseStyleRequest } from "../restyle/request.ts";
import type { PlanColors } from "../site/plan.ts";
import { MOODS, type Mood } from "../../../domain/ai-vocabulary.ts";
import type { RestyleData, RestyleOutput } from "../tasks.ts";
import { clampText } from "./copy.ts";
import { createRandom } from "./random.ts";
import { MOOD_STYLES } from "./styles.ts";

const WARMER = /\bwarm(er)?\b/i;
const COOLER = /\bcool(er)?\b/i;
const ROUNDER = /\b(round(er|ed)?|soft(er)?|friendl(y|ier))\b/i;
const SHARPER = /\b(sharp(er)?|square|crisp(er)?|angular)\b/i;
const SERIF = /\b(serif|classic|editorial|traditional)\b/i;
const SANS = /\b(sans|modern|clean|geometric|techy)\b/i;

/**
 * Restyle without a model: a mood word picks a palette and fonts of that mood; the colours, fonts
 * and dark/light/cream/pastel the instruction names are put on top in the roles it gives them
 * (../restyle/request.ts); then every text and button is made readable and the summary says what
 * was applied and what was changed for contrast.
 */
export function offlineRestyle(data: RestyleData, seed: number): RestyleOutput {
  const random = createRandom(`${seed}|${data.instruction}|${JSON.stringify(data.theme.colors)}`);
  const instruction = data.instruction;
  const changes: string[] = [];
  const blocks = restyleBlocks(data, changes);
  if (data.scope !== "site") {
    return { summary: summary(changes, "Changed the section backgrounds."), theme: null, blocks };
  }

  const current = themeOf(data.theme);
  const request = parseStyleRequest(instruction);
  let colors: PlanColors = planColors(current.colors);
  let headingFont = current.fonts.heading;
  let bodyFont = current.fonts.body;
  let headingWeight = current.fonts.headingWeight;
  let radius = current.radius;
  let buttonShape = current.buttonShape;

  const mood = MOODS.find((m) => new RegExp(`\\b${m}\\b`, "i").test(instruction)) as
    Mood | undefined;
  if (mood) {
    const style = MOOD_STYLES[mood];
    colors = { ...random.pick(style.palettes) };
    const pairing = random.pick(style.pairings);
    headingFont = pairing.heading;
    bodyFont = pairing.body;
    headingWeight = pairing.headingWeight;
    radius = random.int(style.radius[0], style.radius[1]);
    buttonShape = random.pick(style.shapes);
    changes.push(`Switched to a ${mood} palette with ${pairing.heading} headings.`);
  }
  if (WARMER.test(instruction)) {
    colors = tint(colors, "#c8561c", "#fff4e6");
    changes.push("Warmed the colours.");
  } else if (COOLER.test(instruction)) {
    colors = tint(colors, "#2456a6", "#eef5fc");
    changes.push("Cooled the colours.");
  }
  if (ROUNDER.test(instruction)) {
    radius = Math.min(24, Math.max(radius + 6, 12));
    buttonShape = "pill";
    changes.push("Rounded the corners and buttons.");
  } else if (SHARPER.test(instruction)) {
    radius = 0;
    buttonShape = "square";
    changes.push("Squared off the corners.");
  }
  if (request.fonts.length === 0 && SERIF.test(instruction) && !mood) {
    headingFont = random.pick([
      "Fraunces",
      "Playfair Display",
      "Libre Baskerville",
      "Lora",
    ] as const);
    changes.push(`Set headings in ${headingFont}.`);
  } else if (request.fonts.length === 0 && SANS.test(instruction) && !mood) {
    headingFont = random.pick(["Space Grotesk", "Inter", "Montserrat", "DM Sans"] as const);
    bodyFont = "Inter";
    changes.push(`Set headings in ${headingFont}.`);
  }
  const asked = request.colors.length + request.fonts.length + request.hints.length > 0;
  if (!asked && (changes.length === 0 || (changes.length === blocks.length && blocks.length > 0))) {
    // Nothing recognised: offer another palette of the same feel rather than nothing.
    const moodGuess = guessMood(colors);
    colors = {
      ...random.pick(MOOD_STYLES[moodGuess].palettes.filter((p) => p.primary !== colors.primary)),
    };
    changes.push(`Tried another ${moodGuess} palette.`);
  }

  const wanted = withRequest(
    {
      ...current,
      colors: { ...current.colors, ...colors },
      fonts: { heading: headingFont, body: bodyFont, headingWeight },
    },
    request,
  );
  const { theme, fixes } = makeReadable(
    wanted,
    Object.fromEntries(request.colors.map((c) => [c.role, c.word])),
  );
  const said = summarise(request, fixes);
  return {
    summary: summary(said ? [said, ...changes] : changes, "Refreshed the look."),
    theme: {
      colors: planColors(theme.colors),
      headingFont: theme.fonts.heading,
      bodyFont: theme.fonts.body,
      headingWeight: ([400, 500, 600, 700] as const).find((w) => w >= headingWeight) ?? 700,
      radius: Math.round(Math.min(24, Math.max(0, radius))),
      buttonShape,
      buttonStyle: current.buttonStyle,
    },
    blocks,
  };
}

/** The restyle data's theme as a theme (its on-colours are re-chosen when it is made readable). */
function themeOf(t: RestyleData["theme"]): Theme {
  const c = t.colors;
  return {
    colors: {
      primary: c.primary!,
      onPrimary: c.onPrimary ?? readableTextOn(c.primary!),
      secondary: c.secondary!,
      onSecondary: c.onSecondary ?? readableTextOn(c.secondary!),
      accent: c.accent!,
      onAccent: c.onAccent ?? readableTextOn(c.accent!),
      background: c.background!,
      surface: c.surface!,
      text: c.text!,
      muted: c.muted!,
    },
    fonts: {
      heading: t.headingFont as Theme["fonts"]["heading"],
      body: t.bodyFont as Theme["fonts"]["body"],
      headingWeight: t.headingWeight,
    },
    radius: t.radius,
    spacing: 8,
    buttonShape: t.buttonShape as Theme["buttonShape"],
    buttonStyle: t.buttonStyle as Theme["buttonStyle"],
  };
}

function planColors(c: Theme["colors"] | PlanColors): PlanColors {
  return {
    primary: c.primary,
    secondary: c.secondary,
    accent: c.accent,
    background: c.background,
    surface: c.surface,
    text: c.text,
    muted: c.muted,
  };
}

function restyleBlocks(data: RestyleData, changes: string[]): RestyleOutput["blocks"] {
  const styleable = data.blocks.filter((b) => b.background !== null);
  if (styleable.length === 0) return [];
  const i = data.instruction;
  let pick: ((index: number) => RestyleOutput["blocks"][number]["background"]) | null = null;
  if (/\b(stand out|pop|highlight|bolder|bold|stronger|darker|dark)\b/i.test(i))
    pick = () => "primary";
  else if (/\baccent\b/i.test(i)) pick = () => "accent";
  else if (/\b(subtle|quieter|calmer|lighter|plain|simple|softer)\b/i.test(i))
    pick = () => "surface";
  else if (/\b(no background|transparent|remove)\b/i.test(i)) pick = () => "none";
  else if (data.scope !== "site" && /\b(alternate|rhythm|vary|separate)\b/i.test(i))
    pick = (index) => (index % 2 === 0 ? "surface" : "none");
  else if (data.scope === "block")
    pick = () => (styleable[0]!.background === "primary" ? "surface" : "primary");
  if (!pick) return [];
  const chosen = pick;
  const out = styleable
    .map((b, index) => ({ blockId: b.id, background: chosen(index) }))
    .filter((b, index) => styleable[index]!.background !== b.background);
  if (out.length)
    changes.push(
      `Changed the background of ${out.length} ${out.length === 1 ? "section" : "sections"}.`,
    );
  return out;
}

function summary(changes: string[], fallback: string): string {
  return clampText(changes.length ? changes.join(" ") : fallback, 200);
}

function tint(colors: PlanColors, strong: string, ground: string): PlanColors {
  return {
    ...colors,
    primary: mixColors(colors.primary, strong, 0.3),
    accent: mixColors(colors.accent, strong, 0.4),
    background: mixColors(colors.background, ground, 0.6),
    surface: mixColors(colors.surface, ground, 0.5),
  };
}

function guessMood(colors: PlanColors): Mood {
  for (const mood of MOODS) {
    if (MOOD_STYLES[mood].palettes.some((p) => p.primary === colors.primary)) return mood;
  }
  return "fresh";
}
