import type { BriefFacts, Sells } from "../../../server/ai/brief/facts.ts";

/**
 * The editor's own words for a few of the AI's values. The vocabulary both sides share (trades and
 * their groups, moods, languages) is domain/ai-vocabulary.ts; `satisfies` keeps these lists complete
 * when the server's grows.
 */
export const REWRITE_CHOICES = [
  { mode: "friendlier", label: "Friendlier" },
  { mode: "more-formal", label: "More formal" },
  { mode: "shorter", label: "Shorter" },
  { mode: "longer", label: "Longer" },
  { mode: "translate", label: "Translate" },
] as const;

export const SELLS_CHOICES = {
  products: "Products",
  services: "Services",
  both: "Both",
} as const satisfies Record<Sells, string>;

export const COLOR_ROLE_CHOICES = {
  primary: "Main colour (buttons, links)",
  accent: "Accent",
  background: "Background",
  text: "Text",
} as const satisfies Record<NonNullable<BriefFacts["colors"][number]["role"]>, string>;
