import {
  contrastRatio,
  mixColors,
  readableTextOn,
  type BUTTON_SHAPES,
  type FontFamily,
} from "../../../blocks/theme/index.ts";
import type { THEME_HINTS } from "../brief/facts.ts";
import type { PlanColors, PlanStyle } from "../site/plan.ts";
import type { Mood } from "../../../domain/ai-vocabulary.ts";
import type { Random } from "./random.ts";

/**
 * Palettes and font pairings per mood, drawn by hand so each one reads well (the builder still
 * runs the theme's contrast correction over whatever it is given).
 */
type Pairing = { heading: FontFamily; body: FontFamily; headingWeight: 400 | 500 | 600 | 700 };
type MoodStyle = {
  palettes: PlanColors[];
  pairings: Pairing[];
  radius: [number, number];
  shapes: (typeof BUTTON_SHAPES)[number][];
};

export const MOOD_STYLES: Record<Mood, MoodStyle> = {
  warm: {
    palettes: [
      {
        primary: "#8a3b12",
        secondary: "#f3e3cf",
        accent: "#c2571a",
        background: "#fffaf3",
        surface: "#f7ecdd",
        text: "#2b1b10",
        muted: "#6b5646",
      },
      {
        primary: "#7a2e2e",
        secondary: "#f5dfd3",
        accent: "#b5562d",
        background: "#fdf8f4",
        surface: "#f6e9e0",
        text: "#2a1714",
        muted: "#6e5550",
      },
      {
        primary: "#5c3a1e",
        secondary: "#efe2c8",
        accent: "#b0702a",
        background: "#fbf7ef",
        surface: "#f2e8d5",
        text: "#261a0f",
        muted: "#66574a",
      },
    ],
    pairings: [
      { heading: "Fraunces", body: "DM Sans", headingWeight: 600 },
      { heading: "DM Serif Display", body: "Karla", headingWeight: 400 },
      { heading: "Lora", body: "Work Sans", headingWeight: 600 },
    ],
    radius: [6, 12],
    shapes: ["rounded", "pill"],
  },
  fresh: {
    palettes: [
      {
        primary: "#0f6b5c",
        secondary: "#dff3ec",
        accent: "#e0603a",
        background: "#fbfefc",
        surface: "#eef8f4",
        text: "#10241f",
        muted: "#4d625c",
      },
      {
        primary: "#1d5fa8",
        secondary: "#e2eefb",
        accent: "#f2a93b",
        background: "#fcfdff",
        surface: "#eef4fb",
        text: "#14213a",
        muted: "#4f5d73",
      },
      {
        primary: "#3d7a1f",
        secondary: "#ebf5dc",
        accent: "#d9485f",
        background: "#fdfffa",
        surface: "#f1f7e8",
        text: "#1b2712",
        muted: "#56624b",
      },
    ],
    pairings: [
      { heading: "Poppins", body: "Inter", headingWeight: 600 },
      { heading: "Space Grotesk", body: "DM Sans", headingWeight: 600 },
      { heading: "Montserrat", body: "Karla", headingWeight: 700 },
    ],
    radius: [10, 16],
    shapes: ["pill", "rounded"],
  },
  bold: {
    palettes: [
      {
        primary: "#d1301f",
        secondary: "#1a1a1a",
        accent: "#ffc93c",
        background: "#ffffff",
        surface: "#f4f1ec",
        text: "#111111",
        muted: "#555555",
      },
      {
        primary: "#3a2bd1",
        secondary: "#14123a",
        accent: "#ff6f3c",
        background: "#fbfbff",
        surface: "#efeefb",
        text: "#0f0e24",
        muted: "#52506b",
      },
      {
        primary: "#0b5d3b",
        secondary: "#0d1f17",
        accent: "#f2c12e",
        background: "#fdfdf8",
        surface: "#eef2ea",
        text: "#0d1a13",
        muted: "#4c5a52",
      },
    ],
    pairings: [
      { heading: "Space Grotesk", body: "Inter", headingWeight: 700 },
      { heading: "Montserrat", body: "Work Sans", headingWeight: 700 },
      { heading: "Poppins", body: "DM Sans", headingWeight: 700 },
    ],
    radius: [0, 6],
    shapes: ["square", "rounded"],
  },
  elegant: {
    palettes: [
      {
        primary: "#1f2a44",
        secondary: "#efe9df",
        accent: "#a8803c",
        background: "#fcfbf8",
        surface: "#f4f0e8",
        text: "#1b1d24",
        muted: "#5d5a55",
      },
      {
        primary: "#3b1f33",
        secondary: "#f1e6ea",
        accent: "#9c6b3f",
        background: "#fdfafb",
        surface: "#f5edf0",
        text: "#221520",
        muted: "#62545e",
      },
      {
        primary: "#263238",
        secondary: "#e9ece8",
        accent: "#8d7a4f",
        background: "#fbfbf9",
        surface: "#f0f1ee",
        text: "#1a2024",
        muted: "#575e61",
      },
    ],
    pairings: [
      { heading: "Playfair Display", body: "Lora", headingWeight: 500 },
      { heading: "Libre Baskerville", body: "Work Sans", headingWeight: 400 },
      { heading: "DM Serif Display", body: "DM Sans", headingWeight: 400 },
    ],
    radius: [0, 4],
    shapes: ["square", "rounded"],
  },
  minimal: {
    palettes: [
      {
        primary: "#1c1c1c",
        secondary: "#ededeb",
        accent: "#7a6a58",
        background: "#ffffff",
        surface: "#f5f5f3",
        text: "#161616",
        muted: "#5c5c5c",
      },
      {
        primary: "#2f3a35",
        secondary: "#e8ebe8",
        accent: "#8b6f4e",
        background: "#fcfcfb",
        surface: "#f1f2f0",
        text: "#1a1f1c",
        muted: "#5a605c",
      },
      {
        primary: "#22313f",
        secondary: "#e7ebef",
        accent: "#b4603b",
        background: "#fdfdfd",
        surface: "#f2f4f6",
        text: "#151c23",
        muted: "#58616b",
      },
    ],
    pairings: [
      { heading: "Inter", body: "Inter", headingWeight: 600 },
      { heading: "DM Sans", body: "DM Sans", headingWeight: 700 },
      { heading: "Work Sans", body: "Karla", headingWeight: 600 },
    ],
    radius: [0, 8],
    shapes: ["square", "rounded"],
  },
  playful: {
    palettes: [
      {
        primary: "#c2255c",
        secondary: "#fff0c2",
        accent: "#2b8a3e",
        background: "#fffdf7",
        surface: "#fff3e0",
        text: "#2a1420",
        muted: "#6b4f5c",
      },
      {
        primary: "#5f3dc4",
        secondary: "#d3f9d8",
        accent: "#e8590c",
        background: "#fdfcff",
        surface: "#f3f0ff",
        text: "#1e1535",
        muted: "#5c5473",
      },
      {
        primary: "#0b7285",
        secondary: "#ffe3e3",
        accent: "#f59f00",
        background: "#fbfeff",
        surface: "#e8f7fa",
        text: "#0c2a31",
        muted: "#4a646b",
      },
    ],
    pairings: [
      { heading: "Poppins", body: "Karla", headingWeight: 700 },
      { heading: "Fraunces", body: "Poppins", headingWeight: 700 },
      { heading: "Montserrat", body: "DM Sans", headingWeight: 700 },
    ],
    radius: [14, 20],
    shapes: ["pill"],
  },
  earthy: {
    palettes: [
      {
        primary: "#4a5a2a",
        secondary: "#e8e4d3",
        accent: "#a4572c",
        background: "#fbfaf5",
        surface: "#f0eddf",
        text: "#22251a",
        muted: "#5d5f4f",
      },
      {
        primary: "#6b4226",
        secondary: "#e9dfd1",
        accent: "#5f7a3a",
        background: "#fbf8f3",
        surface: "#f1e9de",
        text: "#271b12",
        muted: "#64574b",
      },
      {
        primary: "#3f5e5a",
        secondary: "#e4e9e3",
        accent: "#b5763a",
        background: "#fafbf8",
        surface: "#eef1ec",
        text: "#1b2523",
        muted: "#56605d",
      },
    ],
    pairings: [
      { heading: "Fraunces", body: "Work Sans", headingWeight: 500 },
      { heading: "Lora", body: "Karla", headingWeight: 600 },
      { heading: "DM Serif Display", body: "Inter", headingWeight: 400 },
    ],
    radius: [4, 10],
    shapes: ["rounded"],
  },
  calm: {
    palettes: [
      {
        primary: "#3d5a80",
        secondary: "#e6edf3",
        accent: "#b7846b",
        background: "#fbfcfd",
        surface: "#f0f4f7",
        text: "#1c2733",
        muted: "#56626e",
      },
      {
        primary: "#56675b",
        secondary: "#eaefe9",
        accent: "#a87b7b",
        background: "#fcfdfc",
        surface: "#f1f4f0",
        text: "#1f2621",
        muted: "#59635c",
      },
      {
        primary: "#6a4e6b",
        secondary: "#efe8f0",
        accent: "#5f8a8b",
        background: "#fdfcfd",
        surface: "#f4eff4",
        text: "#241c25",
        muted: "#625a63",
      },
    ],
    pairings: [
      { heading: "Lora", body: "Inter", headingWeight: 500 },
      { heading: "Libre Baskerville", body: "Karla", headingWeight: 400 },
      { heading: "Work Sans", body: "Work Sans", headingWeight: 500 },
    ],
    radius: [8, 14],
    shapes: ["rounded", "pill"],
  },
};

/** A style for the mood: one of its palettes and pairings, with the brief's colours laid over. */
export function chooseStyle(
  mood: Mood,
  random: Random,
  wanted: { colors: readonly string[] } = { colors: [] },
): PlanStyle {
  const options = MOOD_STYLES[mood];
  const colors = { ...random.pick(options.palettes) };
  // A merchant's own colours become the primary and accent: the brand, on a calm ground.
  if (wanted.colors[0]) colors.primary = wanted.colors[0].toLowerCase();
  if (wanted.colors[1]) colors.accent = wanted.colors[1].toLowerCase();
  if (wanted.colors[2]) colors.secondary = wanted.colors[2].toLowerCase();
  const pairing = random.pick(options.pairings);
  return {
    mood,
    colors,
    headingFont: pairing.heading,
    bodyFont: pairing.body,
    headingWeight: pairing.headingWeight,
    radius: random.int(options.radius[0], options.radius[1]),
    buttonShape: random.pick(options.shapes),
    buttonStyle: "solid",
  };
}

export type ThemeHint = (typeof THEME_HINTS)[number];

/**
 * A palette moved toward what the brief asked ("dark", "light", "cream", "pastel"), keeping its
 * hues: grounds change, brand colours stay, and text and muted are set to read at 4.5:1 or more
 * on the new ground (the builder's contrast check then finds nothing left to correct there).
 */
export function applyThemeHints(colors: PlanColors, hints: readonly ThemeHint[]): PlanColors {
  const out = { ...colors };
  for (const hint of hints) {
    if (hint === "dark") {
      out.background = mixColors(out.primary, "#000000", 0.82);
      out.surface = mixColors(out.primary, "#000000", 0.7);
      out.secondary = mixColors(out.primary, "#000000", 0.55);
    } else if (hint === "light") {
      out.background = "#ffffff";
      out.surface = mixColors(out.primary, "#ffffff", 0.95);
      out.secondary = mixColors(out.primary, "#ffffff", 0.88);
    } else if (hint === "cream") {
      out.background = "#fbf6ea";
      out.surface = "#f3ead6";
      out.secondary = "#efe3c8";
    } else {
      out.background = mixColors(out.accent, "#ffffff", 0.94);
      out.surface = mixColors(out.primary, "#ffffff", 0.88);
      out.secondary = mixColors(out.accent, "#ffffff", 0.8);
      out.accent = mixColors(out.accent, "#ffffff", 0.35);
    }
  }
  if (hints.length > 0) {
    if (contrastRatio(out.text, out.background) < 4.5) out.text = readableTextOn(out.background);
    const muted = mixColors(out.text, out.background, 0.3);
    out.muted = contrastRatio(muted, out.background) >= 4.5 ? muted : out.text;
  }
  return out;
}
