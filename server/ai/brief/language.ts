import { OFFLINE_LANGUAGES, type OfflineLanguage } from "./facts.ts";

/**
 * Which language a text is written in, without a model: Pegasus's one language detector, for a
 * merchant's brief (`detectBriefLanguage`) and for a store's texts (`detectLanguage`, which keeps
 * a rewrite in the text's own language).
 *
 * The script decides first (kana is Japanese, Hangul Korean, Han alone Chinese, Cyrillic, Greek,
 * Arabic...). A Latin-script text is scored per language from three kinds of evidence:
 *
 * - its commonest short words, each worth less the more languages share it: "de" is French,
 *   Spanish and Portuguese at once and decides little, "y" is only Spanish, "the" only English;
 * - the shape of its other words: Spanish, Portuguese and Italian words end in -o and -a, Italian
 *   plurals in -i, German nouns in -ung and -keit, Portuguese ones in -ção, French ones in -eau;
 * - letters only some languages write (ñ, ã, ß, œ).
 *
 * So "Academia Tarrega da clases de guitarra en Valencia" is Spanish although "de", "en" and
 * "clases" would all be French: "en" and "da" with words ending in -a and -o leave one language.
 */

const SCRIPTS: [code: string, pattern: RegExp][] = [
  ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["ko", /\p{Script=Hangul}/u],
  ["zh", /\p{Script=Han}/u],
  ["uk", /[іїєґ]/iu],
  ["ru", /\p{Script=Cyrillic}/u],
  ["el", /\p{Script=Greek}/u],
  ["he", /\p{Script=Hebrew}/u],
  ["ar", /\p{Script=Arabic}/u],
  ["hi", /\p{Script=Devanagari}/u],
  ["th", /\p{Script=Thai}/u],
];

/** A store's text is in one of the languages the built-in writer writes. */
export type TextLanguage = OfflineLanguage;
const isTextLanguage = (code: string): code is TextLanguage =>
  (OFFLINE_LANGUAGES as readonly string[]).includes(code);

/**
 * The commonest function words and a few shop verbs of each Latin-script language, lower case.
 * A word several languages list counts for each, divided by how many list it.
 */
const STOP_WORDS: Record<string, string> = {
  en: "the and a an of to in is are was be we our us i my me for with at on it its you your from sell sells selling make makes made shop store by this that these those or not don't also very all just only per every each new fresh local welcome please available who which what when where how they their them has have had will can our's it's we're i'm you're there here about into out up than then more most",
  fr: "le la les un une des du de et est sont nous notre nos vous votre vos je j'ai mon ma mes pour avec sur dans au aux ce cette ces qui que qu'il pas vend vends vendons aussi très chez ou où en fait fais faisons depuis à il elle ils elles leur leurs son sa ses on mais plus tout tous toute toutes comme sans être avoir c'est n'est d'un d'une l'on",
  de: "der die das ein eine einen einem einer und ist sind wir unser unsere unseren ich mein meine für mit auf im in zu von den dem des nicht auch sehr verkaufen verkaufe verkauft bei aus oder seit sie es ihr ihre du dein deine zum zur vom am an als wie noch nur alle jede jeden kein keine wird werden hat haben",
  es: "doy da hago tenemos tienda el la los las un una unos unas y es son somos nosotros nuestro nuestra nuestros nuestras yo mi mis para con en de del por que no también muy vendemos vendo vende desde o a al se su sus lo le les está están hay pero como más sin sobre cada todo toda todos todas usted ustedes tu tus este esta estos estas ese esa",
  pt: "dou dá faço fazemos temos loja aulas o a os as um uma uns umas e é são somos nós nosso nossa nossos nossas eu meu minha para com em no na nos nas do da dos das de por que não também muito vendemos vendo vende desde ou ao aos à às se seu sua seus suas você vocês está estão há mas como mais sem sobre cada todo toda todos todas pelo pela pelos pelas num numa este esta esse essa",
  it: "il lo la i gli le un una uno e è sono siamo noi nostro nostra nostri nostre io mio mia per con in nel nella nei negli nelle di del della dei degli delle da dal dalla che non anche molto vendiamo vendo vende a al alla ai agli alle si suo sua suoi ma come più senza sopra ogni tutto tutta tutti tutte questo questa ci ti ha hanno",
  nl: "de het een en is zijn wij we ons onze ik mijn voor met op in van te niet ook zeer verkopen verkoop bij uit of",
  sv: "och en ett är vi vår vårt jag min för med på i av till som inte också mycket säljer hos från eller",
  da: "og en et er vi vores jeg min for med på i af til som ikke også meget sælger hos fra eller",
  no: "og en et er vi vår jeg min for med på i av til som ikke også mye selger hos fra eller",
  pl: "i w z na się jest są my nasz nasza nasze ja mój dla do od nie też bardzo sprzedajemy oraz lub który",
  cs: "a v z na se je jsou my náš naše já můj pro do od ne také velmi prodáváme nebo který",
  tr: "ve bir bu da de ile için biz bizim ben benim çok satıyoruz veya olarak",
  ro: "și un o este sunt noi nostru noastră eu meu pentru cu în din la de nu foarte vindem sau",
  fi: "ja on ovat me meidän minä minun kanssa ei myös hyvin myymme tai",
};

/** Letters and spellings that all but settle the language, counted over the whole text. */
const LETTERS: [code: string, pattern: RegExp, weight: number][] = [
  ["fr", /[èêëœ]|ç(?![ãõa]o)|(?<![\p{L}])(?:[jmnst]|qu)'/gu, 1],
  // "l'" and "d'" are French and Italian; "dell'", "all'", "un'" only Italian.
  ["fr", /(?<![\p{L}])[ld]'/gu, 0.5],
  ["it", /(?<![\p{L}])[ld]'|(?<![\p{L}])(?:dell|all|nell|sull|dall|quest|un)'/gu, 0.5],
  ["de", /[äöüß]|sch/gu, 1],
  ["es", /[ñ¿¡]/gu, 1.5],
  ["pt", /[ãõ]/gu, 1.5],
  // Acute accents on a, i, o and u: Spanish and Portuguese write them, French and Italian seldom.
  ["es", /[áíóú]/gu, 0.75],
  ["pt", /[áíóú]/gu, 0.75],
  ["it", /[ìò]/gu, 1],
  ["pl", /[łąęśźżćń]|sz|cz/gu, 1.5],
  ["cs", /[řěůčš]/gu, 2],
  ["sv", /å/gu, 0.5],
  ["da", /[æø]/gu, 1.5],
  ["no", /[æø]/gu, 1.5],
  ["tr", /[ğış]/gu, 2],
  ["ro", /[țșă]/gu, 1],
  ["nl", /ij/gu, 1],
];

/**
 * The shape of a word that is not a function word: endings and spellings each language favours.
 * Weights are small: several words agreeing decide, one word does not.
 */
const SHAPES: [code: string, pattern: RegExp, weight: number][] = [
  [
    "en",
    /(?:ing|ings|ed|ly|ness|ship|ful|less|ght|ough|tch|ck|[^aeiouy]y|ow|ws?)$|^(?:th|wh)/u,
    0.6,
  ],
  [
    "fr",
    /(?:eau|eaux|eux|euse|euses|oir|oire|ette|ettes|ère|ères|ée|ées|ais|ait|aient|ons|ez|ique|iques|ier|iers|ière|ières|ux)$/u,
    0.6,
  ],
  // Spanish, Portuguese and Italian end words in é too ("café", "inglés", "perché").
  ["fr", /(?:é|és)$/u, 0.3],
  ["de", /(?:ung|ungen|keit|heit|lich|lichen|isch|ische|chen|schaft|tz|ck)$|ei|ie[^r]|^ge/u, 0.35],
  ["de", /[^aeiou]en$/u, 0.25],
  [
    "es",
    /(?:ción|ciones|dad|dades|ería|ía|ías|ón|ones|illo|illa|ito|ita|ero|era|eros|eras)$/u,
    0.5,
  ],
  ["es", /^ll|(?<![aeiouqg])ue(?![aeiou])/u, 0.4],
  ["es", /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u, 0.3],
  ["pt", /(?:ção|ções|ão|ãos|ães|ões|agem|inho|inha|eiro|eira|eiros|eiras|ível|áveis)$/u, 0.6],
  ["pt", /nh|lh|[^aeiou]ç[^ã]/u, 0.5],
  ["pt", /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u, 0.3],
  [
    "it",
    /(?:zione|zioni|ità|etto|etta|etti|ette|ino|ina|ini|ine|ale|ali|oso|osa|osi|ose|ggi|gli)$/u,
    0.4,
  ],
  ["it", /[^aeiouàèéìòù]i$|uo|cch|ggi|gli[aeo]|sc[ei]|zz|([bcdfglmnptv])\1[aeiou]/u, 0.45],
  // Spanish, Portuguese and Italian words end in -o and -a; French, English and German ones seldom.
  ["es", /[^aeiou][oa]$/u, 0.4],
  ["pt", /[^aeiou][oa]$/u, 0.4],
  ["it", /[^aeiou][oa]$/u, 0.4],
  ["es", /[^aeiou][oa]s$/u, 0.4],
  ["pt", /[^aeiou][oa]s$/u, 0.4],
];

const STOP_WEIGHTS: Map<string, Record<string, number>> = new Map();
for (const [code, list] of Object.entries(STOP_WORDS)) {
  for (const word of new Set(list.split(" "))) {
    const entry = STOP_WEIGHTS.get(word) ?? {};
    entry[code] = 1;
    STOP_WEIGHTS.set(word, entry);
  }
}
for (const entry of STOP_WEIGHTS.values()) {
  const share = Object.keys(entry).length;
  for (const code of Object.keys(entry)) entry[code] = 1 / share;
}

function tokensOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** Scores per language for a Latin-script text (higher is likelier). */
export function languageScores(text: string): Record<string, number> {
  const scores: Record<string, number> = Object.fromEntries(
    Object.keys(STOP_WORDS).map((code) => [code, 0]),
  );
  for (const token of tokensOf(text)) {
    const stop = STOP_WEIGHTS.get(token);
    if (stop) {
      for (const [code, weight] of Object.entries(stop)) scores[code]! += weight;
      continue;
    }
    // Names, numbers and initials say nothing of the language.
    if (token.length < 3 || /\d/.test(token)) continue;
    for (const [code, pattern, weight] of SHAPES) if (pattern.test(token)) scores[code]! += weight;
  }
  const lower = text.toLowerCase();
  for (const [code, pattern, weight] of LETTERS) {
    scores[code]! += (lower.match(pattern)?.length ?? 0) * weight;
  }
  return scores;
}

/** Languages by score, best first; English first among equals (the wizard's own language). */
function ranked(text: string): { code: string; score: number }[] {
  const scores = languageScores(text);
  return Object.keys(STOP_WORDS)
    .map((code) => ({ code, score: scores[code]! }))
    .sort((a, b) => b.score - a.score || Number(b.code === "en") - Number(a.code === "en"));
}

/** A brief's language as a BCP 47 primary tag ("fr"); English when nothing tells. */
export function detectBriefLanguage(text: string): string {
  for (const [code, pattern] of SCRIPTS) if (pattern.test(text)) return code;
  const [best] = ranked(text);
  return best && best.score > 0 ? best.code : "en";
}

/** How much evidence a text's language needs, and by how much it must lead the next one. */
const ENOUGH = 1.5;
const LEAD = 0.5;

/**
 * The language of a store's text, when it is one of the six the writer writes and the text says
 * enough: null when it is too short or too mixed to tell, or in another language.
 */
export function detectLanguage(text: string): TextLanguage | null {
  for (const [, pattern] of SCRIPTS) if (pattern.test(text)) return null;
  const [best, second] = ranked(text);
  if (!best || best.score < ENOUGH || best.score - (second?.score ?? 0) < LEAD) return null;
  return isTextLanguage(best.code) ? best.code : null;
}

/** The language of a locale tag ("fr-CA" -> "fr"), when it is one of the six. */
export function languageOfLocale(locale: string): TextLanguage | null {
  const code = locale.slice(0, 2).toLowerCase();
  return isTextLanguage(code) ? code : null;
}

/** The text's own language, else the store's, else English. */
export function languageOf(text: string, locale: string): TextLanguage {
  return detectLanguage(text) ?? languageOfLocale(locale) ?? "en";
}
