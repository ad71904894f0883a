import { useMemo } from "react";
import { defineMessages, useIntl } from "react-intl";
import {
  LANGUAGES,
  MOODS,
  type IndustryId,
  type LanguageCode,
  type Mood,
  type TradeGroup,
} from "../../../domain/ai-vocabulary.ts";
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

/** The trades' names in the app's language (ids `ai.trade.<trade in camelCase>`); the server keeps its English. */
export const TRADE_WORDS = defineMessages({
  coffee: { id: "ai.trade.coffee", defaultMessage: "Coffee" },
  bakery: { id: "ai.trade.bakery", defaultMessage: "Bakery" },
  fashion: { id: "ai.trade.fashion", defaultMessage: "Fashion" },
  jewellery: { id: "ai.trade.jewellery", defaultMessage: "Jewellery" },
  skincare: { id: "ai.trade.skincare", defaultMessage: "Skincare" },
  "furniture-decor": { id: "ai.trade.furnitureDecor", defaultMessage: "Furniture and decor" },
  "electronics-accessories": {
    id: "ai.trade.electronicsAccessories",
    defaultMessage: "Electronics accessories",
  },
  books: { id: "ai.trade.books", defaultMessage: "Books" },
  florist: { id: "ai.trade.florist", defaultMessage: "Florist" },
  "fitness-gear": { id: "ai.trade.fitnessGear", defaultMessage: "Fitness gear" },
  "pet-supplies": { id: "ai.trade.petSupplies", defaultMessage: "Pet supplies" },
  "art-prints": { id: "ai.trade.artPrints", defaultMessage: "Art prints" },
  wine: { id: "ai.trade.wine", defaultMessage: "Wine" },
  tea: { id: "ai.trade.tea", defaultMessage: "Tea" },
  "handmade-crafts": { id: "ai.trade.handmadeCrafts", defaultMessage: "Handmade crafts" },
  toys: { id: "ai.trade.toys", defaultMessage: "Toys" },
  "outdoor-gear": { id: "ai.trade.outdoorGear", defaultMessage: "Outdoor gear" },
  bicycles: { id: "ai.trade.bicycles", defaultMessage: "Bicycles" },
  ceramics: { id: "ai.trade.ceramics", defaultMessage: "Ceramics" },
  stationery: { id: "ai.trade.stationery", defaultMessage: "Stationery" },
  butcher: { id: "ai.trade.butcher", defaultMessage: "Butcher" },
  cheesemonger: { id: "ai.trade.cheesemonger", defaultMessage: "Cheese shop" },
  chocolatier: { id: "ai.trade.chocolatier", defaultMessage: "Chocolate and sweets" },
  brewery: { id: "ai.trade.brewery", defaultMessage: "Beer and brewery" },
  grocery: { id: "ai.trade.grocery", defaultMessage: "Fine foods and grocery" },
  restaurant: { id: "ai.trade.restaurant", defaultMessage: "Restaurant and takeaway" },
  catering: { id: "ai.trade.catering", defaultMessage: "Catering" },
  "musical-instruments": {
    id: "ai.trade.musicalInstruments",
    defaultMessage: "Musical instruments",
  },
  "games-hobbies": { id: "ai.trade.gamesHobbies", defaultMessage: "Games and hobbies" },
  "crafts-supplies": { id: "ai.trade.craftsSupplies", defaultMessage: "Craft supplies" },
  records: { id: "ai.trade.records", defaultMessage: "Records and music" },
  "plants-garden": { id: "ai.trade.plantsGarden", defaultMessage: "Plants and garden" },
  candles: { id: "ai.trade.candles", defaultMessage: "Candles and home fragrance" },
  "leather-goods": { id: "ai.trade.leatherGoods", defaultMessage: "Leather goods" },
  "kids-baby": { id: "ai.trade.kidsBaby", defaultMessage: "Kids and baby" },
  vintage: { id: "ai.trade.vintage", defaultMessage: "Vintage and second-hand" },
  lessons: { id: "ai.trade.lessons", defaultMessage: "Lessons and tutoring" },
  "home-services": { id: "ai.trade.homeServices", defaultMessage: "Home services" },
  repairs: { id: "ai.trade.repairs", defaultMessage: "Repairs" },
  "professional-services": {
    id: "ai.trade.professionalServices",
    defaultMessage: "Professional services",
  },
  photography: { id: "ai.trade.photography", defaultMessage: "Photography" },
  "hair-salon": { id: "ai.trade.hairSalon", defaultMessage: "Hair salon and barber" },
  "beauty-salon": { id: "ai.trade.beautySalon", defaultMessage: "Beauty salon" },
  wellness: { id: "ai.trade.wellness", defaultMessage: "Yoga, massage and wellness" },
  "pet-services": { id: "ai.trade.petServices", defaultMessage: "Pet care" },
  general: { id: "ai.trade.general", defaultMessage: "Something else" },
}) satisfies Record<IndustryId, unknown>;

/** The trade groups' names in the app's language (ids `ai.tradeGroup.<group in camelCase>`). */
export const TRADE_GROUP_WORDS = defineMessages({
  "food-drink": { id: "ai.tradeGroup.foodDrink", defaultMessage: "Food and drink" },
  "fashion-beauty": { id: "ai.tradeGroup.fashionBeauty", defaultMessage: "Fashion and beauty" },
  "home-garden": { id: "ai.tradeGroup.homeGarden", defaultMessage: "Home and garden" },
  "hobby-leisure": { id: "ai.tradeGroup.hobbyLeisure", defaultMessage: "Hobbies and leisure" },
  services: { id: "ai.tradeGroup.services", defaultMessage: "Services" },
  other: { id: "ai.tradeGroup.other", defaultMessage: "Other" },
}) satisfies Record<TradeGroup, unknown>;

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
