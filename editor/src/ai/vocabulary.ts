import type { LanguageCode, Mood } from "../../../server/ai/site/vocabulary.ts";

/**
 * The words the wizard offers. The editor imports only types from the server, so the lists are
 * repeated here; `satisfies` keeps them complete when the server's vocabulary grows.
 */
export const MOOD_CHOICES = {
  warm: {
    label: "Warm",
    hint: "Inviting, homely, earthy browns",
    swatch: ["#8a3b12", "#f3e3cf", "#c2571a"],
  },
  fresh: {
    label: "Fresh",
    hint: "Bright, light, clean greens and blues",
    swatch: ["#0f6b5c", "#dff3ec", "#e0603a"],
  },
  bold: {
    label: "Bold",
    hint: "Confident, high contrast",
    swatch: ["#d1301f", "#1a1a1a", "#ffc93c"],
  },
  elegant: {
    label: "Elegant",
    hint: "Refined serifs, deep navy and gold",
    swatch: ["#1f2a44", "#efe9df", "#a8803c"],
  },
  minimal: {
    label: "Minimal",
    hint: "Quiet, black and white",
    swatch: ["#1c1c1c", "#ededeb", "#7a6a58"],
  },
  playful: {
    label: "Playful",
    hint: "Colourful and fun",
    swatch: ["#c2255c", "#fff0c2", "#2b8a3e"],
  },
  earthy: {
    label: "Earthy",
    hint: "Natural, olive and clay",
    swatch: ["#4a5a2a", "#e8e4d3", "#a4572c"],
  },
  calm: {
    label: "Calm",
    hint: "Soft, gentle blues and sage",
    swatch: ["#3d5a80", "#e6edf3", "#b7846b"],
  },
} as const satisfies Record<Mood, { label: string; hint: string; swatch: readonly string[] }>;

export const LANGUAGE_CHOICES = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
} as const satisfies Record<LanguageCode, string>;

export const REWRITE_CHOICES = [
  { mode: "friendlier", label: "Friendlier" },
  { mode: "more-formal", label: "More formal" },
  { mode: "shorter", label: "Shorter" },
  { mode: "longer", label: "Longer" },
  { mode: "translate", label: "Translate" },
] as const;
