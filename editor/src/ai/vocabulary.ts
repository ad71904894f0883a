import { useMemo } from "react";
import { defineMessages, useIntl } from "react-intl";
import { LANGUAGES, MOODS, type LanguageCode, type Mood } from "../../../domain/ai-vocabulary.ts";
import type { BriefFacts, Sells } from "../../../server/ai/brief/facts.ts";

/**
 * The editor's own words for a few of the AI's values. The vocabulary both sides share (trades and
 * their groups, moods, languages) is domain/ai-vocabulary.ts; `satisfies` keeps these lists complete
 * when the server's grows.
 */
const REWRITE_WORDS = defineMessages({
  friendlier: { id: "ai.rewrite.friendlier", defaultMessage: "Friendlier" },
  moreFormal: { id: "ai.rewrite.moreFormal", defaultMessage: "More formal" },
  shorter: { id: "ai.rewrite.shorter", defaultMessage: "Shorter" },
  longer: { id: "ai.rewrite.longer", defaultMessage: "Longer" },
  translate: { id: "ai.rewrite.translate", defaultMessage: "Translate" },
});

/** The rewrite modes the panel offers; `label` is a message for `intl.formatMessage`. */
export const REWRITE_CHOICES = [
  { mode: "friendlier", label: REWRITE_WORDS.friendlier },
  { mode: "more-formal", label: REWRITE_WORDS.moreFormal },
  { mode: "shorter", label: REWRITE_WORDS.shorter },
  { mode: "longer", label: REWRITE_WORDS.longer },
  { mode: "translate", label: REWRITE_WORDS.translate },
] as const;

export const SELLS_CHOICES = defineMessages({
  products: { id: "ai.sells.products", defaultMessage: "Products" },
  services: { id: "ai.sells.services", defaultMessage: "Services" },
  both: { id: "ai.sells.both", defaultMessage: "Both" },
}) satisfies Record<Sells, unknown>;

export const COLOR_ROLE_CHOICES = defineMessages({
  primary: { id: "ai.colorRole.primary", defaultMessage: "Main colour (buttons, links)" },
  accent: { id: "ai.colorRole.accent", defaultMessage: "Accent" },
  background: { id: "ai.colorRole.background", defaultMessage: "Background" },
  text: { id: "ai.colorRole.text", defaultMessage: "Text" },
}) satisfies Record<NonNullable<BriefFacts["colors"][number]["role"]>, unknown>;

/** The moods' names and hints in the app's language (their ids: `ai.mood.<mood>.label|hint`). */
export function useMoodWords(): Record<Mood, { label: string; hint: string }> {
  const intl = useIntl();
  return useMemo(
    () =>
      Object.fromEntries(
        MOODS.map((mood) => [
          mood,
          {
            label: intl.formatMessage(MOOD_MESSAGES[mood].label),
            hint: intl.formatMessage(MOOD_MESSAGES[mood].hint),
          },
        ]),
      ) as Record<Mood, { label: string; hint: string }>,
    [intl],
  );
}

const MOOD_MESSAGES = {
  warm: defineMessages({
    label: { id: "ai.mood.warm.label", defaultMessage: "Warm" },
    hint: { id: "ai.mood.warm.hint", defaultMessage: "Inviting, homely, earthy browns" },
  }),
  fresh: defineMessages({
    label: { id: "ai.mood.fresh.label", defaultMessage: "Fresh" },
    hint: { id: "ai.mood.fresh.hint", defaultMessage: "Bright, light, clean greens and blues" },
  }),
  bold: defineMessages({
    label: { id: "ai.mood.bold.label", defaultMessage: "Bold" },
    hint: { id: "ai.mood.bold.hint", defaultMessage: "Confident, high contrast" },
  }),
  elegant: defineMessages({
    label: { id: "ai.mood.elegant.label", defaultMessage: "Elegant" },
    hint: { id: "ai.mood.elegant.hint", defaultMessage: "Refined serifs, deep navy and gold" },
  }),
  minimal: defineMessages({
    label: { id: "ai.mood.minimal.label", defaultMessage: "Minimal" },
    hint: { id: "ai.mood.minimal.hint", defaultMessage: "Quiet, black and white" },
  }),
  playful: defineMessages({
    label: { id: "ai.mood.playful.label", defaultMessage: "Playful" },
    hint: { id: "ai.mood.playful.hint", defaultMessage: "Colourful and fun" },
  }),
  earthy: defineMessages({
    label: { id: "ai.mood.earthy.label", defaultMessage: "Earthy" },
    hint: { id: "ai.mood.earthy.hint", defaultMessage: "Natural, olive and clay" },
  }),
  calm: defineMessages({
    label: { id: "ai.mood.calm.label", defaultMessage: "Calm" },
    hint: { id: "ai.mood.calm.hint", defaultMessage: "Soft, gentle blues and sage" },
  }),
} satisfies Record<Mood, unknown>;

/** A store language's name in the app's language ("French" / « français »). */
export function useLanguageName(): (code: LanguageCode) => string {
  const intl = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: "language" });
    return (code) => names.of(code) ?? LANGUAGES[code];
  }, [intl]);
}
