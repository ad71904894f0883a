/**
 * The closed vocabularies a generated store is described in: industries, moods, tones and the
 * kinds of home-page sections. Both adapters answer in these words, so the builder
 * (./build.ts) never has to guess what a free-form answer meant.
 */

export const INDUSTRY_IDS = [
  "coffee",
  "bakery",
  "fashion",
  "jewellery",
  "skincare",
  "furniture-decor",
  "electronics-accessories",
  "books",
  "florist",
  "fitness-gear",
  "pet-supplies",
  "art-prints",
  "wine",
  "tea",
  "handmade-crafts",
  "toys",
  "outdoor-gear",
  "bicycles",
  "ceramics",
  "stationery",
  "general",
] as const;
export type IndustryId = (typeof INDUSTRY_IDS)[number];

export const INDUSTRY_LABELS: Record<IndustryId, string> = {
  coffee: "Coffee",
  bakery: "Bakery",
  fashion: "Fashion",
  jewellery: "Jewellery",
  skincare: "Skincare",
  "furniture-decor": "Furniture and decor",
  "electronics-accessories": "Electronics accessories",
  books: "Books",
  florist: "Florist",
  "fitness-gear": "Fitness gear",
  "pet-supplies": "Pet supplies",
  "art-prints": "Art prints",
  wine: "Wine",
  tea: "Tea",
  "handmade-crafts": "Handmade crafts",
  toys: "Toys",
  "outdoor-gear": "Outdoor gear",
  bicycles: "Bicycles",
  ceramics: "Ceramics",
  stationery: "Stationery",
  general: "Something else",
};

export const MOODS = [
  "warm",
  "fresh",
  "bold",
  "elegant",
  "minimal",
  "playful",
  "earthy",
  "calm",
] as const;
export type Mood = (typeof MOODS)[number];

export const MOOD_LABELS: Record<Mood, string> = {
  warm: "Warm and welcoming",
  fresh: "Fresh and bright",
  bold: "Bold and confident",
  elegant: "Elegant and refined",
  minimal: "Minimal and quiet",
  playful: "Playful and colourful",
  earthy: "Earthy and natural",
  calm: "Calm and soft",
};

export const TONES = ["friendly", "warm", "playful", "refined", "confident", "calm"] as const;
export type Tone = (typeof TONES)[number];

/** Sections the home page may hold between its hero and its footer, in the order given. */
export const HOME_SECTIONS = [
  "highlights",
  "products",
  "story",
  "featured",
  "stats",
  "testimonials",
  "gallery",
  "faq",
  "newsletter",
  "closing",
] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

/** Languages the wizard offers (BCP 47 primary tags). */
export const LANGUAGES = {
  en: "English",
  es: "Spanish",
  fr: "French",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
} as const;
export type LanguageCode = keyof typeof LANGUAGES;
