import type { OfflineLanguage } from "../../brief/facts.ts";

/**
 * The words a sample's `traits` are written in, so every trade writes them alike: the English
 * word is the key the writer reasons on (gold is a rival of silver, pork of halal, dairy of
 * vegan), and the word in the sample's language is what a brief in that language says.
 */
const TRAITS = {
  // Diet and ingredients
  gluten: { fr: "gluten", de: "Gluten", es: "gluten", pt: "glúten", it: "glutine" },
  dairy: { fr: "lait", de: "Milch", es: "lácteos", pt: "leite", it: "latte" },
  egg: { fr: "œuf", de: "Ei", es: "huevo", pt: "ovo", it: "uovo" },
  nuts: {
    fr: "fruits à coque",
    de: "Nüsse",
    es: "frutos secos",
    pt: "frutos secos",
    it: "frutta a guscio",
  },
  alcohol: { fr: "alcool", de: "Alkohol", es: "alcohol", pt: "álcool", it: "alcol" },
  caffeine: { fr: "caféine", de: "Koffein", es: "cafeína", pt: "cafeína", it: "caffeina" },
  meat: { fr: "viande", de: "Fleisch", es: "carne", pt: "carne", it: "carne" },
  pork: { fr: "porc", de: "Schwein", es: "cerdo", pt: "porco", it: "maiale" },
  beef: { fr: "bœuf", de: "Rind", es: "vacuno", pt: "vaca", it: "manzo" },
  veal: { fr: "veau", de: "Kalb", es: "ternera", pt: "vitela", it: "vitello" },
  lamb: { fr: "agneau", de: "Lamm", es: "cordero", pt: "borrego", it: "agnello" },
  chicken: { fr: "poulet", de: "Hähnchen", es: "pollo", pt: "frango", it: "pollo" },
  duck: { fr: "canard", de: "Ente", es: "pato", pt: "pato", it: "anatra" },
  fish: { fr: "poisson", de: "Fisch", es: "pescado", pt: "peixe", it: "pesce" },
  // Wine, tea
  red: { fr: "rouge", de: "Rotwein", es: "tinto", pt: "tinto", it: "rosso" },
  white: { fr: "blanc", de: "Weißwein", es: "blanco", pt: "branco", it: "bianco" },
  rosé: { fr: "rosé", de: "Rosé", es: "rosado", pt: "rosé", it: "rosato" },
  sparkling: { fr: "pétillant", de: "Sekt", es: "espumoso", pt: "espumante", it: "spumante" },
  "green tea": { fr: "thé vert", de: "Grüntee", es: "té verde", pt: "chá verde", it: "tè verde" },
  "black tea": { fr: "thé noir", de: "Schwarztee", es: "té negro", pt: "chá preto", it: "tè nero" },
  // Materials
  gold: { fr: "or", de: "Gold", es: "oro", pt: "ouro", it: "oro" },
  silver: { fr: "argent", de: "Silber", es: "plata", pt: "prata", it: "argento" },
  brass: { fr: "laiton", de: "Messing", es: "latón", pt: "latão", it: "ottone" },
  leather: { fr: "cuir", de: "Leder", es: "piel", pt: "couro", it: "pelle" },
  wool: { fr: "laine", de: "Wolle", es: "lana", pt: "lã", it: "lana" },
  silk: { fr: "soie", de: "Seide", es: "seda", pt: "seda", it: "seta" },
  cotton: { fr: "coton", de: "Baumwolle", es: "algodón", pt: "algodão", it: "cotone" },
  linen: { fr: "lin", de: "Leinen", es: "lino", pt: "linho", it: "lino" },
  wood: { fr: "bois", de: "Holz", es: "madera", pt: "madeira", it: "legno" },
  beeswax: {
    fr: "cire d'abeille",
    de: "Bienenwachs",
    es: "cera de abeja",
    pt: "cera de abelha",
    it: "cera d'api",
  },
  soy: { fr: "soja", de: "Soja", es: "soja", pt: "soja", it: "soia" },
  stoneware: { fr: "grès", de: "Steinzeug", es: "gres", pt: "grés", it: "gres" },
  porcelain: {
    fr: "porcelaine",
    de: "Porzellan",
    es: "porcelana",
    pt: "porcelana",
    it: "porcellana",
  },
  // Who it is for
  women: { fr: "femme", de: "Damen", es: "mujer", pt: "senhora", it: "donna" },
  men: { fr: "homme", de: "Herren", es: "hombre", pt: "homem", it: "uomo" },
  children: { fr: "enfant", de: "Kinder", es: "niños", pt: "criança", it: "bambini" },
} as const satisfies Record<string, Record<Exclude<OfflineLanguage, "en">, string>>;

export type Trait = keyof typeof TRAITS;
export const TRAIT_KEYS = Object.keys(TRAITS) as Trait[];

/** A sample's traits in `language`: each English key, then its word in that language. */
export function traits(language: OfflineLanguage, ...keys: Trait[]): readonly string[] {
  const words = keys.flatMap((key) => (language === "en" ? [key] : [key, TRAITS[key][language]]));
  return [...new Set(words)];
}
