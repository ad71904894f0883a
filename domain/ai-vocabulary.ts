/**
 * The closed vocabularies a generated store is described in: trades, moods, tones, languages and
 * the kinds of home-page sections, with the words the create-store wizard shows for them. The
 * server's AI adapters answer in these words, so the builder (server/ai/site/build.ts) never has
 * to guess what a free-form answer meant, and the wizard offers exactly these.
 */

/**
 * Trade groups: how the wizard lists trades, and what a trade sells unless the brief says
 * otherwise (a bakery sells products, a tutor services, a photographer both).
 */
export const TRADE_GROUPS = {
  "food-drink": "Food and drink",
  "fashion-beauty": "Fashion and beauty",
  "home-garden": "Home and garden",
  "hobby-leisure": "Hobbies and leisure",
  services: "Services",
  other: "Other",
} as const;
export type TradeGroup = keyof typeof TRADE_GROUPS;

type TradeInfo = {
  label: string;
  group: TradeGroup;
  sells: "products" | "services" | "both";
};

/**
 * Every trade a store can be built for. The first twenty were the first catalogue; "general" is
 * the fallback, written from the brief's own nouns. Labels are the wizard's English names; the
 * offline writer names a trade in the store's language from its own catalogue.
 */
export const TRADES = {
  coffee: { label: "Coffee", group: "food-drink", sells: "products" },
  bakery: { label: "Bakery", group: "food-drink", sells: "products" },
  fashion: { label: "Fashion", group: "fashion-beauty", sells: "products" },
  jewellery: { label: "Jewellery", group: "fashion-beauty", sells: "products" },
  skincare: { label: "Skincare", group: "fashion-beauty", sells: "products" },
  "furniture-decor": { label: "Furniture and decor", group: "home-garden", sells: "products" },
  "electronics-accessories": {
    label: "Electronics accessories",
    group: "other",
    sells: "products",
  },
  books: { label: "Books", group: "hobby-leisure", sells: "products" },
  florist: { label: "Florist", group: "home-garden", sells: "products" },
  "fitness-gear": { label: "Fitness gear", group: "hobby-leisure", sells: "products" },
  "pet-supplies": { label: "Pet supplies", group: "other", sells: "products" },
  "art-prints": { label: "Art prints", group: "hobby-leisure", sells: "products" },
  wine: { label: "Wine", group: "food-drink", sells: "products" },
  tea: { label: "Tea", group: "food-drink", sells: "products" },
  "handmade-crafts": { label: "Handmade crafts", group: "home-garden", sells: "products" },
  toys: { label: "Toys", group: "hobby-leisure", sells: "products" },
  "outdoor-gear": { label: "Outdoor gear", group: "hobby-leisure", sells: "products" },
  bicycles: { label: "Bicycles", group: "hobby-leisure", sells: "products" },
  ceramics: { label: "Ceramics", group: "home-garden", sells: "products" },
  stationery: { label: "Stationery", group: "hobby-leisure", sells: "products" },
  butcher: { label: "Butcher", group: "food-drink", sells: "products" },
  cheesemonger: { label: "Cheese shop", group: "food-drink", sells: "products" },
  chocolatier: { label: "Chocolate and sweets", group: "food-drink", sells: "products" },
  brewery: { label: "Beer and brewery", group: "food-drink", sells: "products" },
  grocery: { label: "Fine foods and grocery", group: "food-drink", sells: "products" },
  restaurant: { label: "Restaurant and takeaway", group: "food-drink", sells: "both" },
  catering: { label: "Catering", group: "food-drink", sells: "services" },
  "musical-instruments": {
    label: "Musical instruments",
    group: "hobby-leisure",
    sells: "both",
  },
  "games-hobbies": { label: "Games and hobbies", group: "hobby-leisure", sells: "products" },
  "crafts-supplies": { label: "Craft supplies", group: "hobby-leisure", sells: "products" },
  records: { label: "Records and music", group: "hobby-leisure", sells: "products" },
  "plants-garden": { label: "Plants and garden", group: "home-garden", sells: "products" },
  candles: { label: "Candles and home fragrance", group: "home-garden", sells: "products" },
  "leather-goods": { label: "Leather goods", group: "fashion-beauty", sells: "products" },
  "kids-baby": { label: "Kids and baby", group: "other", sells: "products" },
  vintage: { label: "Vintage and second-hand", group: "fashion-beauty", sells: "products" },
  lessons: { label: "Lessons and tutoring", group: "services", sells: "services" },
  "home-services": { label: "Home services", group: "services", sells: "services" },
  repairs: { label: "Repairs", group: "services", sells: "services" },
  "professional-services": {
    label: "Professional services",
    group: "services",
    sells: "services",
  },
  photography: { label: "Photography", group: "services", sells: "both" },
  "hair-salon": { label: "Hair salon and barber", group: "fashion-beauty", sells: "services" },
  "beauty-salon": { label: "Beauty salon", group: "fashion-beauty", sells: "services" },
  wellness: { label: "Yoga, massage and wellness", group: "services", sells: "services" },
  "pet-services": { label: "Pet care", group: "services", sells: "services" },
  general: { label: "Something else", group: "other", sells: "products" },
} as const satisfies Record<string, TradeInfo>;

export type IndustryId = keyof typeof TRADES;
export const INDUSTRY_IDS = Object.keys(TRADES) as [IndustryId, ...IndustryId[]];

/** The moods a store's look can have, as the wizard offers them (the swatch: three of its colours). */
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
} as const satisfies Record<string, { label: string; hint: string; swatch: readonly string[] }>;
export type Mood = keyof typeof MOOD_CHOICES;
export const MOODS = Object.keys(MOOD_CHOICES) as [Mood, ...Mood[]];

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
