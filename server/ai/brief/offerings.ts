import { parseDecimalAmount } from "../../../domain/money.ts";
import type { Offering, Sells } from "./facts.ts";
import { SELLING_VERBS } from "./trade.ts";
import { escapeRegExp, fold, tidy } from "./text.ts";

/**
 * The products and services a brief names, in its words and number formats: with a price
 * ("Pain de campagne 4,50 €", "baguette à 1,20 €", "€12.50", "$1,200", "CHF 45.-", "1.200 €",
 * "¥3,500", "from 40 €" / "à partir de" / "ab" / "desde" / "a partire da"), with options such as
 * "sizes S, M, L" or "en 250 g ou 1 kg"; and without one, where the brief lists them as offerings
 * ("… Cinnamon Buns (£3) and a Seeded Rye every morning", "Nos pains : pain de campagne, baguette
 * et fougasse"). Prices become minor units through domain/money.ts, so a JPY price has no cents
 * and a COP one has two. What a brief only sells in general ("I sell candles") is the trade's
 * words (./trade.ts), not an offering.
 */

const SIGN = String.raw`(?:R\$|US\$|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|S\$|MX\$|COL?\$|\$|€|£|¥|₹|₩|₺|₪|₱|฿|₫|₦|円|zł|Kč|kr\.?|Fr\.|Rs\.?|[A-Z]{3}(?![\p{L}]))`;
const WORD_SIGN = String.raw`(?:euros?|dollars?|francs?|pesos?|reais|yens?|rupees?|roupies?|rupias?|livres?|pounds?|kronor|kroner|złotych|zloty|dólares)`;
const NUMBER = String.raw`\d{1,3}(?:[ .,\u00a0\u202f'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const DASH_CENTS = String.raw`(?:[.,][-–])?`;

const PRICE = new RegExp(
  String.raw`(?<sign1>${SIGN})\s?(?<n1>${NUMBER})${DASH_CENTS}|(?<n2>${NUMBER})${DASH_CENTS}\s?(?<sign2>${SIGN}|${WORD_SIGN})(?![\p{L}])`,
  "gu",
);

const FROM =
  /(?<![\p{L}])(?:from|starting at|starts at|à partir de|a partir de|dès|ab|desde|a partire da|da|from just)\s*$/iu;

/** "1.200" is twelve hundred, "4,50" four and a half, "1'250.50" in Swiss francs: as typed. */
export function parsePrice(raw: string, currency: string): number | null {
  const digits = raw.replace(/[.,][-–]$/u, "").replace(/[\s\u00a0\u202f'’]/gu, "");
  const separators = digits.match(/[.,]/g) ?? [];
  let normal = digits;
  if (separators.length > 0) {
    const last = Math.max(digits.lastIndexOf("."), digits.lastIndexOf(","));
    const after = digits.length - last - 1;
    const mixed = new Set(separators).size > 1;
    const decimal = mixed || (separators.length === 1 && after !== 3);
    normal = decimal
      ? digits.slice(0, last).replace(/[.,]/g, "") + "." + digits.slice(last + 1)
      : digits.replace(/[.,]/g, "");
  }
  return parseDecimalAmount(normal, currency);
}

/** Words that open a phrase before the offering's name ("we also sell", "notre", "and"). */
const LEADING = new RegExp(
  String.raw`^(?:(?:and|et|und|y|e|ed|plus|also|aussi|auch|también|também|anche|or|ou|oder|o|then|puis|dann|our|my|the|a|an|nos|notre|mes|mon|ma|le|la|les|l'|un|une|des|du|de|unsere?n?|unser|meine?|die|der|das|ein|eine|einen|nuestr[oa]s?|mis?|el|los|las|unos?|unas?|noss[oa]s?|os|as|o|um|uma|il|lo|gli|i|nostr[oiae]|uno|such as|like|including|notamment|comme|wie|como|come|e\.g\.|for example|par exemple|zum Beispiel|por ejemplo|por exemplo|ad esempio)\s+)+`,
  "iu",
);
/** Words between the name and its price ("at", "pour", "kostet", "for only"). */
const TRAILING = new RegExp(
  String.raw`(?:\s+(?:in|en|em|at|for|for only|only|is|are|costs?|priced at|à|a|au prix de|pour|seulement|est à|coûte|für|zu|je|nur|kostet|kosten|por|por solo|cuesta|cuestan|custa|custam|por apenas|per|costa|costano|solo|at just|just|each|chacun|from|starting at|à partir de|dès|ab|desde|a partir de|a partire da|da|=|—|–|-|:))+$`,
  "iu",
);
const VERBS_BEFORE = new RegExp(
  String.raw`^.*(?<![\p{L}])(?:${[
    ...SELLING_VERBS,
    "have",
    "include",
    "includes",
    "including",
    "featuring",
    "avons",
    "haben",
    "tenemos",
    "temos",
    "abbiamo",
    "is",
    "are",
    "est",
    "sont",
    "ist",
    "sind",
    "es",
    "son",
    "é",
    "são",
    "è",
    "sono",
  ]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\s+`,
  "iu",
);

/** Names that say "a price" rather than a thing ("Prices from 40 €", "Tout à 5 €"). */
const GENERIC = new Set(
  fold(
    "price prices prix tarif tarifs preis preise precio precios preço preços prezzo prezzi everything all tout alles todo tudo tutto items articles pieces it them cost costs rate rates",
  ).split(" "),
);

/** Service nouns in six languages: an offering named so is a service even in a shop. */
const SERVICE_WORDS = fold(
  "lesson class course stage session hour repair service consultation inspection revision check-up tune-up révision inspektion revisión revisão revisione haircut cut massage treatment shoot walk walking grooming setup set-up rehair tuning fitting appointment package workshop tutoring coaching cleaning audit bookkeeping return visit call-out callout restoration alteration cours séance seance réparation reparation coupe soin heure atelier forfait consultation accordage entretien nettoyage restauration retouche Stunde Unterricht Kurs Reparatur Behandlung Sitzung Termin Pauschale Beratung Reinigung Workshop Haarschnitt clase sesión reparación corte tratamiento hora taller consulta limpieza aula sessão reparação tratamento consulta limpeza conserto lezione sessione riparazione taglio trattamento ora consulenza corso pulizia",
).split(" ");
const SERVICE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${SERVICE_WORDS.map(escapeRegExp).join("|")})(?:s|es|en|i|e)?(?![\\p{L}])`,
  "u",
);
/** German compounds end in what they are: "Batteriewechsel", "Fahrradreparatur", "Fensterreinigung". */
const SERVICE_COMPOUND =
  /(?:wechsel|reparatur|reinigung|beratung|inspektion|revision|unterricht|stunde|behandlung|schnitt|service|pflege|kurs)$/u;

const PER_UNIT =
  /^\s*(?:\/\s?\p{L}+|(?:per|par|pro|je|por|each|chacun|a|an|the|la|le|l'|al|all'|de)\s*(?:hour|heure|h|kg|g|lb|piece|pièce|unit|person|personne|Stunde|Std\.?|Stück|hora|unidad|persona|pessoa|unidade|ora|pezzo|session|séance|class|lesson|month|mois|Monat|mes|mês|mese|week|semaine|Woche|semana|settimana|day|jour|Tag|día|dia|giorno|night|nuit|Nacht|noche|noite|notte|loaf|dozen|douzaine|kilo))(?![\p{L}])/iu;

type Price = { at: number; end: number; minor: number; from: boolean; perUnit: string | null };

function findPrices(text: string, currency: string): Price[] {
  const prices: Price[] = [];
  for (const match of text.matchAll(PRICE)) {
    const groups = match.groups!;
    const sign = groups.sign1 ?? groups.sign2 ?? "";
    // A bare capitalised word of three letters is a currency only when it is one.
    if (
      /^[A-Z]{3}$/.test(sign) &&
      !/^(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|JPY|INR|CAD|AUD|NZD|MXN|BRL|PLN|CZK|COP|ARS|CLP|PEN|ZAR|HKD|SGD|CNY|KRW|TRY|HUF|RON|ILS|AED|THB|MYR|IDR|PHP|VND|ISK|BGN|RSD|UAH|EGP|MAD|TND|XOF|XAF|NGN|KES|QAR|SAR|TWD|PKR)$/.test(
        sign,
      )
    )
      continue;
    const minor = parsePrice(groups.n1 ?? groups.n2!, currency);
    if (minor === null) continue;
    const before = text.slice(Math.max(0, match.index - 20), match.index);
    const unit = PER_UNIT.exec(text.slice(match.index + match[0].length));
    prices.push({
      at: match.index,
      end: match.index + match[0].length + (unit ? unit[0].length : 0),
      minor,
      from: FROM.test(before),
      perUnit: unit ? tidy(unit[0]) : null,
    });
  }
  return prices;
}

const SIZE_NAMES: Record<string, [size: string, measure: string]> = {
  en: ["Size", "Size"],
  fr: ["Taille", "Format"],
  de: ["Größe", "Größe"],
  es: ["Talla", "Tamaño"],
  pt: ["Tamanho", "Tamanho"],
  it: ["Taglia", "Formato"],
};
const OR = String.raw`\s*(?:,|\/|(?<![\p{L}])(?:or|ou|oder|o|e|y|and|et|und|to|à|bis|a)(?![\p{L}]))\s*`;
const CLOTHING = String.raw`(?:XXS|XS|S|M|L|XL|XXL|XXXL|\d{1,3})`;
const SIZES = new RegExp(
  String.raw`(?:sizes?|tailles?|größen?|grössen?|groessen?|tallas?|tamanhos?|taglie?)\s*:?\s*(${CLOTHING}(?:${OR}${CLOTHING})+)(?![\p{L}\d])`,
  "iu",
);
const MEASURE = String.raw`\d+(?:[.,]\d+)?\s?(?:kg|g|ml|cl|l|oz|lb|cm)(?![\p{L}])`;
const MEASURES = new RegExp(`(${MEASURE}(?:${OR}${MEASURE})+)`, "iu");

/** "sizes S, M, L", "en 250 g ou 1 kg": the options a phrase gives, named in the brief's language. */
export function findOptions(text: string, language: string): Offering["options"] {
  const names = SIZE_NAMES[language] ?? SIZE_NAMES.en!;
  const options: Offering["options"] = [];
  const sizes = SIZES.exec(text);
  if (sizes) options.push({ name: names[0], values: splitValues(sizes[1]!) });
  const measures = MEASURES.exec(text);
  if (measures) options.push({ name: names[1], values: splitValues(measures[1]!) });
  return options.filter((option) => option.values.length >= 2).slice(0, 3);
}

function splitValues(list: string): string[] {
  return [
    ...new Set(
      list
        .split(new RegExp(OR, "iu"))
        .map((v) => tidy(v))
        .filter(Boolean),
    ),
  ].slice(0, 8);
}

const FROM_TAIL = new RegExp(`[\\s(]*(?:${FROM.source.replace(/\\s\*\$$/, "")})?[\\s(]*$`, "iu");

/** The phrase naming a price: the last clause before it, without options, articles or "at". */
function nameBefore(segment: string): string {
  const bare = segment
    .replace(FROM_TAIL, "")
    .replace(new RegExp(SIZES.source, "giu"), " ")
    .replace(new RegExp(`(?:\\s(?:in|en|em|de))?\\s*${MEASURES.source}`, "giu"), " ");
  const parts = bare.split(
    /[.;:!?\n•|]|,\s+|\s[–—-]\s|\(|\)|\b(?:and|et|und|y|e|ed|plus)\s+(?=\S+\s*$)/u,
  );
  let phrase = "";
  for (let i = parts.length - 1; i >= 0 && !phrase; i--) phrase = tidy(parts[i] ?? "");
  let previous = "";
  do {
    previous = phrase;
    phrase = tidy(phrase.replace(TRAILING, "").replace(VERBS_BEFORE, "").replace(LEADING, ""));
  } while (phrase !== previous);
  return phrase;
}

/** Every offering the brief names, priced or not, in the order given, at most 24. */
export function findOfferings(
  text: string,
  {
    currency,
    language,
    sells,
    place = null,
  }: { currency: string; language: string; sells: Sells; place?: string | null },
): Offering[] {
  const found: (Offering & { at: number })[] = [];
  // "Clases de francés en Bilbao, 25 €": where the business is, is not part of what it offers.
  const where = place
    ? new RegExp(`\\s+(?:in|at|en|em|à|au|a|in|bei|aus|no|na)\\s+${escapeRegExp(place)}$`, "iu")
    : null;
  const add = (at: number, named: string, offering: Omit<Offering, "name" | "kind">) => {
    const name = where ? named.replace(where, "") : named;
    if (!name || !/\p{L}{2}/u.test(name) || GENERIC.has(fold(name)) || name.split(/\s+/).length > 8)
      return;
    if (found.some((o) => fold(o.name) === fold(name))) return;
    found.push({
      at,
      name: name.slice(0, 80),
      kind: kindOf(name, offering.details, sells),
      ...offering,
    });
  };
  const prices = findPrices(text, currency);
  let from = 0;
  for (const [index, price] of prices.entries()) {
    const segment = text.slice(from, price.at);
    const nextStart = prices[index + 1]?.at ?? text.length;
    const sentenceEnd = text.slice(price.end, nextStart).search(/[.;!?\n](?!\d)/u);
    const tail = text.slice(price.end, sentenceEnd < 0 ? nextStart : price.end + sentenceEnd);
    const lastSentence = segment.split(/[.;!?\n](?!\d)/u).at(-1) ?? "";
    from = price.end;
    add(price.at, nameBefore(segment), {
      price: price.minor <= 100_000_000 ? price.minor : null,
      priceFrom: price.from,
      options: findOptions(`${lastSentence} ${tail}`, language),
      details: price.perUnit,
    });
    // "… Cinnamon Buns (£3) and a Seeded Rye every morning": the list goes on past its last price.
    if (sentenceEnd >= 0 || index === prices.length - 1)
      for (const item of listTail(tail)) add(price.end + item.at, item.name, UNPRICED);
  }
  for (const item of listedOfferings(text)) add(item.at, item.name, UNPRICED);
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, 24)
    .map(({ at: _at, ...offering }) => offering);
}

function kindOf(name: string, perUnit: string | null, sells: Sells): Offering["kind"] {
  const isService =
    SERVICE_PATTERN.test(fold(name)) ||
    SERVICE_COMPOUND.test(fold(name)) ||
    /hour|heure|stunde|hora|ora|\bh\b/iu.test(perUnit ?? "");
  return isService || sells === "services" ? "service" : "product";
}

const UNPRICED = { price: null, priceFrom: false, options: [], details: null };

type Item = { at: number; name: string };

/** Where a list's items part: commas, slashes and the six languages' "and" and "or". */
const LIST_SEPARATOR = /\s*(?:,|\/|\s(?:and|or|et|ou|und|oder|y|o|e|ed|plus|&))\s+|\s*,\s*/iu;

/**
 * Words that end an unpriced item: when, how and for whom it is made is not its name ("a Seeded
 * Rye every morning with organic flour"). Folded.
 */
const ITEM_STOP = new Set(
  "every each daily fresh freshly from made baked for in at on which that who we our with chaque tous toutes tout pour dans que qui nous avec fait faits faite faites cuit cuits jeden jede jeder taglich fur aus die der das wir mit alle cada todos todas para nosotros hecho hechos hecha hechas ogni tutti tutte per che noi fatto fatti fatta fatte".split(
    " ",
  ),
);
/** Words that start what is not an offering although a list names it ("and free delivery"). */
const NOT_OFFERINGS = new Set(
  "more much lots other others etc delivery shipping pickup collection free livraison expedition retrait encore autres lieferung versand abholung mehr envio envios entrega recogida mas otros entregas levantamento outros consegna spedizione ritiro altro altri we i you nous je vous wir ich sie nosotros yo usted nos eu voce noi io voi".split(
    " ",
  ),
);

/** Words that make an item a statement rather than a name ("walk-ins welcome", "parking free"). */
const STATEMENT =
  /(?<![\p{L}])(?:welcome|available|included|possible|free|bienvenue?s?|disponibles?|inclus|incluse|offert|offerte|gratuite?s?|willkommen|verfügbar|inklusive|kostenlos|gratis|bienvenid[oa]s|incluid[oa]s?|bem-vind[oa]s|disponíve(?:l|is)|incluíd[oa]s?|grátis|benvenut[oi]|disponibil[ei]|inclus[oi]|gratuit[oi])(?![\p{L}])/iu;

/** An item of a list as the merchant named it, or null when it is not an offering's name. */
function itemName(raw: string): string | null {
  const tokens = raw.trim().split(/\s+/);
  const kept: string[] = [];
  for (const token of tokens) {
    if (kept.length > 0 && ITEM_STOP.has(fold(token))) break;
    kept.push(token);
  }
  const name = tidy(tidy(kept.join(" ")).replace(LEADING, ""));
  const words = name.split(/\s+/);
  if (!name || words.length > 5 || /[\d€$£¥₹]/u.test(name) || !/\p{L}{3}/u.test(name)) return null;
  if (NOT_OFFERINGS.has(fold(words[0]!)) || ITEM_STOP.has(fold(words[0]!))) return null;
  if (STATEMENT.test(name)) return null;
  return name;
}

/** "and" before a list's last item, in the six languages. */
const AND = /[\s),](?:and|et|und|y|e|ed|plus|&)\s/iu;
const CONTINUES = /^[\s)]*(?:,|\s(?:and|et|und|y|e|ed|plus|&)\s)/iu;

/**
 * The items a list goes on with after its last price, up to the one after "and": past it the
 * clause describes ("… and a Seeded Rye every morning"). A list that has no "and" item, or an item
 * that is no offering's name before it, gives none ("€45, walk-ins welcome").
 */
function listTail(tail: string): Item[] {
  const and = AND.exec(tail);
  if (!and || !CONTINUES.test(tail)) return [];
  const items: Item[] = [];
  for (const part of splitList(tail)) {
    const name = itemName(part.text);
    if (!name) return [];
    items.push({ at: part.at, name });
    if (part.at >= and.index) return items;
  }
  return [];
}

function splitList(text: string): { at: number; text: string }[] {
  const parts: { at: number; text: string }[] = [];
  const separator = new RegExp(LIST_SEPARATOR.source, "giu");
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) parts.push({ at: start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ at: start, text: text.slice(start) });
  return parts.filter((part) => /\p{L}/u.test(part.text));
}

/** "Our breads:", "Nos pains :", "Au menu :", "We sell:": a list of offerings follows. */
const LIST_LEAD = new RegExp(
  String.raw`(?:^|[.!?\n]\s*)(?:(?:our|my|nos|mes|unsere|meine|nuestr[oa]s|mis|noss[oa]s|i nostri|le nostre|i miei|le mie)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|on the menu|menu|au menu|à la carte|la carte|carte|auf der karte|speisekarte|sortiment|la carta|en la carta|il menu|nel menu|cardápio|no cardápio|(?:we|i)\s+(?:sell|make|bake|offer|stock)|nous (?:vendons|proposons|faisons)|je (?:vends|propose|fais)|wir (?:verkaufen|backen|bieten)|vendemos|ofrecemos|hacemos|oferecemos|fazemos|vendiamo|offriamo|facciamo)\s*:\s*([^.!?\n]+)`,
  "giu",
);
/** Possessive leads that introduce something other than offerings ("Our colours: navy and gold"). */
const NOT_A_RANGE =
  /(?:colou?rs?|couleurs?|farben|colores|cores|colori|fonts?|polices?|schriften|fuentes|fontes|caratteri|hours|horaires|öffnungszeiten|horarios|horários|orari|values|valeurs|werte|valores|valori|address|adresse|dirección|endereço|indirizzo)\s*:/iu;

/** The items of every list a brief introduces as its offerings, without those given a price. */
function listedOfferings(text: string): Item[] {
  const items: Item[] = [];
  for (const match of text.matchAll(LIST_LEAD)) {
    if (NOT_A_RANGE.test(match[0])) continue;
    const list = match[1]!;
    const start = match.index + match[0].length - list.length;
    const parts = splitList(list);
    if (parts.length < 2) continue;
    for (const part of parts) {
      const name = itemName(part.text);
      if (name) items.push({ at: start + part.at, name });
    }
  }
  return items;
}
