import type { Offering } from "../brief/facts.ts";
import { understandBrief } from "../brief/understand.ts";
import { formatMinor } from "../../../domain/money.ts";
import { detectLanguage, languageOfLocale, type TextLanguage } from "../brief/language.ts";
import { MENTION, TONE_FORMAL, TONE_FRIENDLIER } from "./change/words.ts";
import { placePhrase } from "./seo.ts";
import type { Tone } from "./tone/index.ts";

/**
 * What a merchant's instruction to "fill" a block asks for, read without a model: the tone
 * ("friendlier", "plus formel"), and the facts to mention ("mention free delivery in Lyon", "talk
 * about our Pain de campagne at €4.50"), each as a sentence in the store's language: the
 * merchant's own words when they are written in it, else the common facts (free or local
 * delivery, pickup, named products with prices) written for that language. `asked` lists what
 * the filled copy must then show (places, product names, prices): the quality gate holds any
 * suggestion, offline or a model's, to it.
 */
export type FillRequest = {
  tone: Tone | null;
  /** Sentences to add, in the store's language. */
  sentences: string[];
  /** Facts the copy must state: places, product names, prices as written. */
  asked: string[];
  /** Products and services the instruction names, for the writer to put first. */
  offerings: Offering[];
  /** The place the instruction names, when the store has none of its own. */
  place: string | null;
};

/** Pieces of an instruction: "mention free delivery in Lyon and make it friendlier" is two. */
const BOUNDARY =
  /\s*(?:[.;!?]+(?:\s+|$)|\n+\s*|,\s+(?=\p{L})|\s(?:and|then|also|et|puis|und|dann|y|e|ed|poi)\s)/iu;

/** Verbs that start a new request rather than continue a list ("and croissants"). */
const STARTS =
  /^(?:please\s+|s'il te plaît\s+|bitte\s+)?(?:make|mention|say|add|talk|write|focus|highlight|feature|include|use|keep|rends?|mentionne|dis|ajoute|parle|écris|mets|insiste|utilise|garde|mach|erwähne|sag|füge|schreib|sprich|haz|menciona|di|añade|habla|escribe|usa|deixe|mencione|diga|adicione|fale|escreva|rendi|menziona|aggiungi|parla|scrivi|usa)(?![\p{L}])/iu;

/** "talk about", "parle de", "sprich über": what follows is the fact. */
const ABOUT =
  /(?<![\p{L}])(?:talk about|write about|focus on|highlight|feature|include|parle[rz]? de|parle[rz]? du|parle[rz]? des|mets en avant|insiste sur|sprich über|schreib über|hebe hervor|habla de|habla del|destaca|fale de|fale sobre|destaque|parla di|parla del|metti in evidenza)\s+(.+)$/iu;

/** Phrases that only say how to write, not what: "make it friendlier", "rends-le plus formel". */
const STYLE_ONLY =
  /^(?:please\s+)?(?:make|rends?|mach|haz|deixe|rendi)(?![\p{L}])|^(?:more|less|plus|moins|mehr|más|mais|più)\s/iu;

const FREE =
  /(?<![\p{L}])(?:free|gratuit[es]?|kostenlos\w*|gratis|grátis|gratuit[oa]s?)(?![\p{L}])/iu;
const DELIVERY =
  /(?<![\p{L}])(?:deliver\w*|shipping|livraisons?|livr\w+|liefer\w*|versand\w*|envíos?|envios?|entregas?|consegn\w+|spedizion\w+)(?![\p{L}])/iu;
const PICKUP =
  /(?<![\p{L}])(?:pick[- ]?up|collect\w*|click and collect|retrait|à emporter|abhol\w*|recogida|recoger|levantamento|ritiro)(?![\p{L}])/iu;

/** Each language's own words for those facts: a phrase using them is in that language. */
const FACT_WORDS: Record<TextLanguage, RegExp> = {
  en: /(?<![\p{L}])(?:free|deliver\w*|shipping|pick[- ]?up|collect\w*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:gratuit\w*|livr\w+|retrait|à emporter)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:kostenlos\w*|liefer\w*|versand\w*|abhol\w*)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:gratis|gratuit[oa]s?|envíos?|entregas?|recogida|recoger)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:grátis|gratuit[oa]s?|envios?|entregas?|levantamento)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:gratis|gratuit[oa]|consegn\w+|spedizion\w+|ritiro)(?![\p{L}])/iu,
};

/** The phrase is written in the store's language: detected so, or using only its fact words. */
function inLanguage(fact: string, language: TextLanguage): boolean {
  const detected = detectLanguage(fact);
  if (detected) return detected === language;
  const others = (Object.keys(FACT_WORDS) as TextLanguage[]).filter((l) => l !== language);
  return FACT_WORDS[language].test(fact) || !others.some((l) => FACT_WORDS[l].test(fact));
}

/** The common facts, as each language writes them; `at` is "in Lyon", "à Lyon" or "". */
const COMMON: Record<
  TextLanguage,
  {
    freeDelivery: (at: string) => string;
    delivery: (at: string) => string;
    pickup: (at: string) => string;
  }
> = {
  en: {
    freeDelivery: (at) => `Free delivery${at ? ` ${at}` : ""}.`,
    delivery: (at) => `We deliver${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Order online and pick up${at ? ` ${at}` : " in person"}.`,
  },
  fr: {
    freeDelivery: (at) => `Livraison gratuite${at ? ` ${at}` : ""}.`,
    delivery: (at) => `Nous livrons${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Commandez en ligne et retirez sur place${at ? ` ${at}` : ""}.`,
  },
  de: {
    freeDelivery: (at) => `Kostenlose Lieferung${at ? ` ${at}` : ""}.`,
    delivery: (at) => `Wir liefern${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Online bestellen und vor Ort abholen${at ? ` ${at}` : ""}.`,
  },
  es: {
    freeDelivery: (at) => `Envío gratuito${at ? ` ${at}` : ""}.`,
    delivery: (at) => `Hacemos entregas${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Pide en línea y recoge en tienda${at ? ` ${at}` : ""}.`,
  },
  pt: {
    freeDelivery: (at) => `Entrega gratuita${at ? ` ${at}` : ""}.`,
    delivery: (at) => `Fazemos entregas${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Encomende online e levante na loja${at ? ` ${at}` : ""}.`,
  },
  it: {
    freeDelivery: (at) => `Consegna gratuita${at ? ` ${at}` : ""}.`,
    delivery: (at) => `Consegniamo${at ? ` ${at}` : ""}.`,
    pickup: (at) => `Ordina online e ritira in negozio${at ? ` ${at}` : ""}.`,
  },
};

export function readFillRequest(
  instruction: string,
  store: { language: TextLanguage; currency: string; price: (minor: number) => string },
): FillRequest {
  const request: FillRequest = { tone: null, sentences: [], asked: [], offerings: [], place: null };
  for (const piece of piecesOf(instruction)) {
    if (TONE_FORMAL.test(piece)) request.tone = "formal";
    else if (TONE_FRIENDLIER.test(piece)) request.tone = "friendly";
    const fact = factOf(piece);
    if (fact) addFact(request, fact, store);
  }
  request.asked = [...new Set(request.asked)];
  return request;
}

/**
 * The facts an instruction asks the copy of a store to state, for the gate and the model path:
 * read as the offline writer reads them, in the store's language (its locale's).
 */
export function factsAskedFor(
  instruction: string,
  site: { locale: string; currency: string },
): string[] {
  const language = languageOfLocale(site.locale) ?? "en";
  return readFillRequest(instruction, {
    language,
    currency: site.currency,
    price: (minor) => formatMinor(minor, site.currency, site.locale),
  }).asked;
}

function piecesOf(instruction: string): string[] {
  const pieces: string[] = [];
  let rest = instruction.trim();
  let joiner = "";
  while (rest) {
    const match = BOUNDARY.exec(rest);
    const end = match ? match.index : rest.length;
    // A piece after a comma may open with the joining word: ", and make it formal".
    const piece = rest
      .slice(0, end)
      .trim()
      .replace(/^(?:and|then|also|et|puis|und|dann|y|e|ed|poi)\s+/iu, "");
    // "… €4.50 and croissants" continues the piece before; "… and make it friendlier" does not,
    // and neither does anything after a full stop.
    const continues = pieces.length > 0 && !/[.;!?\n]/.test(joiner) && !STARTS.test(piece);
    if (continues) pieces[pieces.length - 1] += `${joiner}${piece}`;
    else if (piece) pieces.push(piece);
    joiner = match?.[0] ?? "";
    rest = match ? rest.slice(end + joiner.length) : "";
  }
  return pieces;
}

/** The fact a piece asks to mention, or null when it only says how to write. */
function factOf(piece: string): string | null {
  const said = MENTION.exec(piece)?.[1] ?? ABOUT.exec(piece)?.[1];
  const fact = (said ?? (STYLE_ONLY.test(piece) ? "" : piece))
    .replace(/^(?:that|que|qu'|dass|che)\s+/iu, "")
    .replace(/[\s.!?;:,]+$/u, "")
    .trim();
  return fact.length >= 3 ? fact : null;
}

function addFact(
  request: FillRequest,
  fact: string,
  store: { language: TextLanguage; currency: string; price: (minor: number) => string },
): void {
  const read = understandBrief(fact, { language: store.language });
  const place = read.place && fact.includes(read.place) ? read.place : null;
  const offerings = read.offerings.filter((o) => fact.includes(o.name));
  const ownLanguage = inLanguage(fact, store.language);
  const common = COMMON[store.language];
  const at = place ? placePhrase(store.language, place) : "";
  const sentences: string[] = [];
  if (DELIVERY.test(fact) && !ownLanguage)
    sentences.push(FREE.test(fact) ? common.freeDelivery(at) : common.delivery(at));
  else if (PICKUP.test(fact) && !ownLanguage) sentences.push(common.pickup(at));
  else if (ownLanguage) sentences.push(`${fact.charAt(0).toUpperCase()}${fact.slice(1)}.`);
  else
    for (const offering of offerings)
      sentences.push(
        offering.price === null
          ? `${offering.name}.`
          : `${offering.name}${store.language === "fr" ? " :" : ":"} ${store.price(offering.price)}.`,
      );
  if (sentences.length === 0) return;
  request.sentences.push(...sentences);
  const said = sentences.join(" ");
  if (place && said.includes(place)) request.asked.push(place);
  for (const offering of offerings) {
    if (!said.includes(offering.name)) continue;
    request.asked.push(offering.name);
    request.offerings.push(offering);
  }
  // Prices and numbers as the merchant wrote them ("4.50"): compared by their digits.
  const digits = said.replace(/\D/g, "");
  for (const number of fact.match(/\d+(?:[.,]\d+)?/g) ?? [])
    if (digits.includes(number.replace(/\D/g, ""))) request.asked.push(number);
  request.place ??= place;
}
