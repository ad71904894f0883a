import { isKnownPlace } from "./place.ts";
import { scoreTrades } from "./trade.ts";
import { fold, tidy } from "./text.ts";

/**
 * The business's name when the merchant did not type it on its own: quoted ("“Rise & Shine”"),
 * introduced ("called Crumb & Co.", "s'appelle Chez Paul", "heißt Bäckerei Müller"), or opening
 * the brief ("Sol ☀️ Surf is a surf school", "Chez Paul, boulangerie…", "Wir sind die Bäckerei
 * Müller"). Names keep their punctuation and emoji. A brief that opens with where the business is
 * ("Lyon, une boulangerie de quartier", "Bristol, a family bakery") names a place, not the
 * business. Unsure is null: the writer has a fallback.
 */

const TOKEN = String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.+-]*|&|\p{Extended_Pictographic}\uFE0F?)`;
const JOINER = String.raw`(?:de|du|des|la|le|les|of|and|the|et|und|y|e|di|da|do|von|van|del|della|on|by|am|im|'n'|n')`;
const NAME = `${TOKEN}(?:\\s+(?:${JOINER}\\s+)?${TOKEN}){0,5}`;

/** Where the business is, right after its name: "Uhrenatelier Keller in Zürich", "… a Firenze". */
const PLACE_TAIL = String.raw`(\s+(?:à|a|in|en|em|au|bei|aus|from|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)`;

const INTRODUCED = new RegExp(
  String.raw`(?:called|named|name is|brand is|appelée?|s'appelle|nommée?|heißt|heisst|namens|se llama|llamad[oa]|chamad[oa]|se chama|chiamat[oa]|si chiama|nome è)\s+(?:(?:the|la|le|l'|die|der|das|el|o|a|il)\s+)?(${NAME})`,
  "u",
);
const WE_ARE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:We are|We're|I run|We run|I own|Welcome to|Nous sommes|Je suis|Bienvenue chez|Bienvenue à|Wir sind|Ich bin|Willkommen bei|Willkommen im|Somos|Bienvenidos a|Bem-vindos? à|Bem-vindos? ao|Siamo|Benvenuti da|Benvenuti a)\s+(?:(?:the|la|le|l'|die|der|das|el|o|a|il)\s+)?(${NAME})`,
  "u",
);
const OPENING_VERB = new RegExp(
  String.raw`^(${NAME})\s+(?:is|are|est|sont|ist|sind|es|son|é|são|è|sono)\s+(?:a|an|the|our|une?|la|le|notre|eine?|die|der|das|unsere?|una?|el|la|nuestra|uma?|o|a|nossa|uno|il|lo|la|la nostra|il nostro)\s`,
  "u",
);
const OPENING_SELLS = new RegExp(
  String.raw`^(${NAME})${PLACE_TAIL}?\s+(?:sells|makes|roasts|bakes|brews|offers|crafts|designs|creates|repairs|teaches|grows|gives|vend|fabrique|propose|torréfie|répare|enseigne|donne|verkauft|backt|röstet|macht|repariert|unterrichtet|gibt|vende|hace|ofrece|tuesta|repara|enseña|imparte|da|faz|oferece|torra|conserta|ensina|dá|fa|offre|produce|ripara|insegna)\s`,
  "u",
);
const OPENING_COMMA = new RegExp(String.raw`^(${NAME})${PLACE_TAIL}?\s*[,:–—-]\s+(.{0,40})`, "u");
/** "Bäckerei Sommer in Freiburg. Wir backen…": a first sentence that is a name and a place. */
const OPENING_PLACED = new RegExp(String.raw`^(${NAME})${PLACE_TAIL}\s*[.!]\s`, "u");
/** "Boulangerie Martin, à Lyon…": after the comma, where the business is. */
const PLACE_NEXT =
  /^(?:à|a|in|en|em|au|aux|bei|aus|from|near|depuis|since|seit|desde|dal|da)\s+\p{Lu}/u;

/** Words that open a sentence without naming anything. */
const NOT_NAMES = new Set(
  "we i our my the a an it this they hello hi nous je notre mon ma le la les un une wir ich unser unsere mein meine die der das ein eine somos yo nuestro nuestra el los las una uno nós eu nosso nossa o os as um uma noi io il lo gli handmade small local family".split(
    " ",
  ),
);

const ABBREVIATION = /(?:Co|Ltd|Inc|Cie|St|Bros|Sr|Jr)\.$/u;

function clean(raw: string): string | null {
  let name = raw.trim();
  if (!ABBREVIATION.test(name)) name = tidy(name);
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (!name || (NOT_NAMES.has(first) && name.split(/\s+/).length === 1)) return null;
  if (NOT_NAMES.has(name.toLowerCase())) return null;
  return name.slice(0, 80);
}

/**
 * `place` is where the brief says the business is (./place.ts), so that a place the gazetteer does
 * not list is not taken for the name either.
 */
export function findName(text: string, place: string | null = null): string | null {
  const name = nameIn(text.replace(/\s+/g, " ").trim());
  if (!name) return null;
  const isPlace = isKnownPlace(name) || (place !== null && fold(name) === fold(place));
  return isPlace ? null : name;
}

function nameIn(brief: string): string | null {
  const quoted =
    /(?:^|[\s(])(?:"([^"]{2,60})"|“([^”]{2,60})”|«\s?([^»]{2,60}?)\s?»|„([^“”]{2,60})[“”]|‘([^’]{2,60})’)/u.exec(
      brief,
    );
  const quotedName = quoted?.slice(1).find(Boolean);
  if (quotedName && /\p{L}/u.test(quotedName) && quotedName.split(" ").length <= 7)
    return clean(quotedName);
  for (const pattern of [INTRODUCED, WE_ARE, OPENING_VERB, OPENING_SELLS]) {
    const match = pattern.exec(brief)?.[1];
    const name = match ? clean(match) : null;
    if (name) return name;
  }
  const placed = OPENING_PLACED.exec(brief);
  const placedName = placed ? clean(placed[1]!) : null;
  if (placedName && namesMoreThanTheTrade(placedName)) return placedName;
  // "Chez Paul, boulangerie artisanale": a name, then what the business is.
  const opening = OPENING_COMMA.exec(brief);
  if (opening) {
    const next = opening[3]!;
    const startsWithWhat = scoreTrades(next.split(/\s+/).slice(0, 4).join(" ")).length > 0;
    const startsWithArticle = /^(?:a|an|une?|eine?|una?|uma?|uno)\s/iu.test(next);
    // A name of two words or more, followed by where the business is, names it.
    const placed = opening[2] !== undefined || PLACE_NEXT.test(next);
    const long = clean(opening[1]!)?.split(/\s+/).length ?? 0;
    if (placed && long >= 2) return clean(opening[1]!);
    if (startsWithWhat || startsWithArticle) {
      const name = clean(opening[1]!);
      if (name && scoreTrades(name).length === 0) return name;
      if (name && name.split(/\s+/).length >= 2) return name;
    }
  }
  return null;
}

/**
 * A name of two words or more with one that is neither a trade's word nor a word that opens
 * sentences: "Bäckerei Sommer" and "Rise Bakery" are names, "Handmade Candles" is not.
 */
function namesMoreThanTheTrade(name: string): boolean {
  const tokens = name.split(/\s+/);
  return (
    tokens.length >= 2 &&
    tokens.some((token) => !NOT_NAMES.has(token.toLowerCase()) && scoreTrades(token).length === 0)
  );
}
