import { TRADES, type IndustryId } from "../../../domain/ai-vocabulary.ts";
import { TRADE_WORDS } from "./trade-words.ts";
import { escapeRegExp, fold, tidy } from "./text.ts";

/**
 * Which trade a brief is, from weighted keywords in six languages (./trade-words.ts), and what it
 * sells in the brief's own words ("violins and bows", "miel de nos ruches"). A brief no trade
 * scores at least 2 for is "general": the writer then composes from those words.
 */

/** A keyword's pattern in folded text, with the plurals of the six languages. */
function keywordPattern(keyword: string): string {
  if (keyword.endsWith("*")) return `${escapeRegExp(keyword.slice(0, -1))}[\\p{L}]*`;
  const base = escapeRegExp(keyword).replace(/ /g, "[\\s-]+");
  const forms = [`${base}(?:s|es|x|e|en${/[^e]e$/.test(keyword) ? "|n" : ""})?`];
  // Italian and Portuguese plurals change the last vowel: libro/libri, candela/candele, pão/pães.
  if (/ao$/.test(keyword)) forms.push(`${base.slice(0, -2)}(?:oes|aes|aos)`);
  else if (/[oae]$/.test(keyword)) forms.push(`${base.slice(0, -1)}[ie]`);
  if (/[^aeiou]y$/.test(keyword)) forms.push(`${base.slice(0, -1)}ies`);
  return forms.join("|");
}

type Keyword = { pattern: RegExp; weight: number; word: string };

const KEYWORDS: [IndustryId, Keyword[]][] = Object.entries(TRADE_WORDS).map(([id, list]) => [
  id as IndustryId,
  list.split(",").map((entry) => {
    const [, word, weight] = /^\s*(.+?)\s+(\d)\s*$/.exec(entry)!;
    return {
      word: word!,
      weight: Number(weight),
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}-])(?:${keywordPattern(word!)})(?![\\p{L}\\p{N}])(?!-(?:based|free|style|like|friendly))`,
        "u",
      ),
    };
  }),
]);

export type TradeScore = { id: IndustryId; score: number };

/** Every trade's score for a brief, best first (only trades with a match). */
export function scoreTrades(text: string): TradeScore[] {
  const folded = fold(text);
  const scores: TradeScore[] = [];
  for (const [id, keywords] of KEYWORDS) {
    const matched = new Set<string>();
    let score = 0;
    for (const keyword of keywords) {
      if (matched.has(keyword.word) || !keyword.pattern.test(folded)) continue;
      matched.add(keyword.word);
      score += keyword.weight;
    }
    if (score > 0) scores.push({ id, score });
  }
  return scores.sort((a, b) => b.score - a.score);
}

/** The brief's trade: the best scoring one, or "general" when none reaches 2. */
export function recogniseTrade(text: string): IndustryId {
  const best = scoreTrades(text)[0];
  return best && best.score >= 2 ? best.id : "general";
}

export const SELLING_VERBS = [
  // English
  "sell",
  "sells",
  "selling",
  "make",
  "makes",
  "making",
  "offer",
  "offers",
  "bake",
  "bakes",
  "roast",
  "roasts",
  "brew",
  "brews",
  "grow",
  "grows",
  "craft",
  "crafts",
  "repair",
  "repairs",
  "restore",
  "teach",
  "stock",
  "produce",
  "specialise in",
  "specialize in",
  "specialising in",
  "specializing in",
  // French
  "vend",
  "vends",
  "vendons",
  "fabrique",
  "fabriquons",
  "propose",
  "proposons",
  "fais",
  "faisons",
  "répare",
  "réparons",
  "cultive",
  "cultivons",
  "spécialisée dans",
  "spécialisé dans",
  // German
  "verkaufe",
  "verkaufen",
  "verkauft",
  "backe",
  "backen",
  "mache",
  "machen",
  "biete",
  "bieten",
  "repariere",
  "reparieren",
  "herstellen",
  // Spanish, Portuguese, Italian
  "vendo",
  "vendemos",
  "vende",
  "hacemos",
  "hago",
  "ofrecemos",
  "ofrezco",
  "fabricamos",
  "reparamos",
  "fazemos",
  "faço",
  "oferecemos",
  "ofereço",
  "vendiamo",
  "facciamo",
  "faccio",
  "offriamo",
  "offro",
  "produciamo",
  "produzimos",
  "producimos",
  "ripariamo",
  "restauro",
  "restauramos",
];

/** Words that end what a business sells: places, people, times and the next clause. */
const STOP_WORDS = new Set(
  "in at for from to with since near on online by who which that where through across and we and i and our à au aux pour avec depuis dans près chez sur par qui que et nous et je für mit seit bei aus im am auf an die der das und wir und ich para con com desde em no na nos nas por que y nosotros e nós per da dal nel nella che e noi ed a".split(
    " ",
  ),
);
const LEADING =
  /^(?:our|my|the|a|an|some|nos|notre|mes|des|du|de la|de l'|les|le|la|un|une|unsere|unser|meine|die|der|das|nuestros|nuestras|nuestro|nuestra|los|las|el|unos|unas|nossos|nossas|nosso|nossa|os|as|o|i nostri|le nostre|il|lo|gli|dei|delle|degli)\s+/iu;

const VERB_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${SELLING_VERBS.sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\s+([^.;:!?()\\n]{3,80})`,
  "giu",
);
const SHOP_OF =
  /(?<![\p{L}])(?:shop|store|boutique|magasin|atelier|laden|geschäft|tienda|taller|loja|negozio|bottega)\s+(?:for|of|de|d'|du|des|für|von|di|del|della|dei|delle)\s+([^.;:!?()\n,]{3,60})/giu;

/** "… and repair violins": a second verb joined to the first, before what is sold. */
const JOINED_VERB = new RegExp(
  `^(?:and|et|und|y|e|ed|or|ou|oder|o)\\s+(?:${SELLING_VERBS.map(escapeRegExp).join("|")})\\s+`,
  "iu",
);
/** "We don't sell bikes", "Wir verkaufen keine Fahrräder": what the business does not sell. */
const NEGATED_BEFORE =
  /(?:\b(?:don't|do not|doesn't|does not|never|not|no longer|ne|n'|nicht|nie|no|não|non)\s+(?:\p{L}+\s+)?)$/iu;
const NEGATED_AFTER =
  /^(?:no|any|pas|plus|jamais|aucune?s?|keine?n?|nichts|ningun[oa]?s?|nada|nenhum[a]?|nessun[oa]?|niente|mai)\s/iu;

/** What the business sells, as the brief words it, or null when it does not say. */
export function tradeWords(text: string): string | null {
  for (const pattern of [VERB_PATTERN, SHOP_OF]) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const sold = match[1]!.replace(JOINED_VERB, "");
      if (NEGATED_AFTER.test(sold) || NEGATED_BEFORE.test(text.slice(0, match.index))) continue;
      const phrase = cutAtStopWord(sold.replace(LEADING, ""));
      // Prices and numbers belong to offerings, not to what the shop is.
      const words = tidy(phrase.replace(/\s+(?:from|à partir de|ab|desde|a partire da)\s*$/iu, ""));
      if (
        words.length >= 3 &&
        /\p{L}{3}/u.test(words) &&
        !/^(?:it|them|things|stuff|it all|everything)$/iu.test(words)
      )
        return words.slice(0, 80);
    }
  }
  return null;
}

function cutAtStopWord(phrase: string): string {
  const tokens = phrase.split(/\s+/);
  const kept: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const lower = token.toLowerCase();
    const pair = `${lower} ${tokens[index + 1]?.toLowerCase() ?? ""}`;
    if (index > 0 && (STOP_WORDS.has(lower) || STOP_WORDS.has(pair))) {
      // "violins and bows" keeps its "and"; "candles and we deliver" does not.
      const isAnd = ["and", "et", "und", "y", "e", "ed"].includes(lower);
      if (!isAnd || STOP_WORDS.has(pair) || kept.some((w) => w.toLowerCase() === lower)) break;
    }
    if (/\d/.test(token) || /[€$£¥₹]/u.test(token)) break;
    kept.push(token);
    if (kept.length >= 6) break;
  }
  return kept.join(" ");
}

/** What the trade sells unless the brief says otherwise. */
export function defaultSells(id: IndustryId): "products" | "services" | "both" {
  return TRADES[id].sells;
}
