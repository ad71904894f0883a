import { closestFont, type FontFamily } from "../../../blocks/theme/index.ts";
import type { BriefFacts } from "./facts.ts";
import { escapeRegExp, fold } from "./text.ts";

/**
 * The look a text asks for: colours with the role it gives them ("navy buttons" is the primary,
 * "a cream background" the background, "gold accents" the accent, "texte anthracite" the text,
 * "footer panels" the secondary), "dark", "light", "cream" and "pastel" as theme hints, and fonts
 * mapped to the nearest curated family, each for headings or body text. Pegasus's one reader of
 * style words: for a brief (`findColours`, `findFonts`, `findThemeHints`) and for a restyle
 * request (`readColours`, `readFonts`, `readThemeHints` with `aboutStyle`, ../restyle/request.ts).
 *
 * In a brief a colour word is only a brand colour when the brief speaks of the look: "Blue
 * Mountain coffee", "red velvet cake", "pain noir" and "our blue candles" name products. A restyle
 * request speaks of nothing else, so there every colour word counts but a product's ("red wine").
 */

/** A colour's place in a theme. Briefs give the first four; restyles also ask for panels. */
export type ColourRole = "primary" | "accent" | "background" | "text" | "secondary";
export type AskedColour = { word: string; hex: string; role: ColourRole | null };
export type AskedFont = { asked: string; font: FontFamily; role: "heading" | "body" };
/** A restyle request is about style and nothing else: every colour and font word counts. */
export type StyleReading = { aboutStyle?: boolean };

/** Colour words of the six languages, folded, as the #rrggbb a theme starts from. */
export const COLOUR_NAMES: Record<string, string> = {};
const COLOURS = COLOUR_NAMES;
const addColours = (hex: string, names: string) => {
  for (const name of names.split(",")) COLOURS[fold(name.trim())] = hex;
};
addColours(
  "#1b2a4a",
  "navy, navy blue, midnight blue, bleu marine, marine, bleu nuit, marineblau, dunkelblau, azul marino, azul-marinho, azul marinho, blu navy, blu scuro, blu notte",
);
addColours(
  "#2456a6",
  "blue, bleu, blau, azul, blu, cobalt, cobalto, kobaltblau, royal blue, bleu roi",
);
addColours(
  "#3a7bbf",
  "sky blue, light blue, bleu ciel, hellblau, azul cielo, azul claro, azzurro, celeste",
);
addColours(
  "#0f6b6b",
  "teal, bleu canard, petrol, petrolio, verde azulado, turquoise, türkis, turquesa, turchese",
);
addColours(
  "#2f6b3a",
  "green, vert, grün, verde, emerald, émeraude, smaragdgrün, esmeralda, smeraldo",
);
addColours(
  "#24452f",
  "forest green, bottle green, vert sapin, vert forêt, vert bouteille, tannengrün, dunkelgrün, verde bosque, verde botella, verde garrafa, verde bottiglia, verde scuro",
);
addColours("#5f7a61", "sage, sage green, vert sauge, salbeigrün, salbei, verde salvia, salvia");
addColours("#5b6326", "olive, olive green, vert olive, olivgrün, oliv, verde oliva");
addColours("#2f8a6b", "mint, menthe, vert menthe, mintgrün, verde menta, menta");
addColours("#b3261e", "red, rouge, rot, rojo, vermelho, rosso");
addColours(
  "#6d1f2e",
  "burgundy, wine red, maroon, bordeaux, bordeauxrot, weinrot, burdeos, granate, bordô, bordeaux, bordò, vinaccia",
);
addColours("#c2255c", "pink, rose, rosa, pink, fuchsia, fucsia, magenta");
addColours(
  "#a8636f",
  "dusty pink, old rose, vieux rose, altrosa, rosa palo, rosa antigo, rosa antico, blush",
);
addColours("#d9534f", "coral, corail, koralle, coral, corallo");
addColours("#c8561c", "orange, orangé, naranja, laranja, arancione");
addColours(
  "#b5552f",
  "terracotta, terre cuite, terracota, terrakotta, rust, rouille, rostrot, óxido, ferrugem, ruggine",
);
addColours(
  "#b5891c",
  "mustard, moutarde, senfgelb, mostaza, mostarda, senape, ochre, ocre, ocker, ocra",
);
addColours("#b38a00", "yellow, jaune, gelb, amarillo, amarelo, giallo");
addColours(
  "#c9a227",
  "gold, golden, or, doré, dorée, gold, golden, goldfarben, dorado, dourado, oro, dorato",
);
addColours(
  "#8a8d91",
  "silver, argent, argenté, silber, silbern, plata, plateado, prata, prateado, argento, argentato",
);
addColours("#5f3dc4", "purple, violet, violett, lila, morado, púrpura, roxo, viola");
addColours("#7a5fa8", "lavender, lavande, lavendel, lavanda, lilac");
addColours("#6a2c5c", "plum, prune, pflaume, ciruela, ameixa, prugna, aubergine");
addColours("#6b4226", "brown, marron, brun, braun, marrón, castaño, castanho, marrom, marrone");
addColours("#4e2c1c", "chocolate brown, chocolat, schokobraun");
addColours(
  "#c9a27e",
  "camel, caramel, cognac, tan, beige, sand, sable, sandfarben, arena, areia, sabbia",
);
addColours(
  "#f3ead7",
  "cream, crème, creme, cremeweiß, crema, creme, ivory, ivoire, elfenbein, marfil, marfim, avorio, off-white, écru, ecru",
);
addColours("#ffffff", "white, blanc, blanche, weiß, weiss, blanco, branco, bianco");
addColours("#1a1a1a", "black, noir, noire, schwarz, negro, preto, nero");
addColours(
  "#333a40",
  "charcoal, anthracite, anthrazit, antracita, antracite, carbón, carvão, carbone, slate, ardoise",
);
addColours("#5c6166", "grey, gray, gris, grau, cinza, grigio");
addColours(
  "#e8b4b8",
  "pastel pink, rose pâle, rose poudré, zartrosa, rosa pastel, rosa pastello, powder pink",
);

const ROLE_WORDS: Record<ColourRole, string> = {
  primary:
    "button, buttons, cta, main colour, main color, primary, brand colour, brand color, logo, heading, headings, title, titles, bouton, boutons, couleur principale, titre, titres, knopf, knöpfe, buttons, hauptfarbe, überschrift, überschriften, botón, botones, color principal, título, títulos, botão, botões, cor principal, pulsante, pulsanti, bottone, bottoni, colore principale, titolo, titoli",
  accent:
    "accent, accents, accent colour, accent color, detail, details, highlight, highlights, touch, touches, link, links, touche, touches, détail, détails, lien, liens, akzent, akzente, akzentfarbe, acento, acentos, detalle, detalles, enlace, enlaces, detalhe, detalhes, destaque, destaques, accento, accenti, dettaglio, dettagli, tocco, tocchi",
  background:
    "background, backgrounds, backdrop, fond, fonds, arrière-plan, hintergrund, hintergründe, fondo, fondos, fundo, fundos, sfondo, sfondi",
  text: "text, texts, type, lettering, copy, texte, textes, écriture, schrift, text, schriftfarbe, texto, textos, letra, letras, testo, testi, scritte",
  secondary:
    "secondary, panel, panels, section, sections, footer, header, secondaire, panneaux, pied de page, sekundär, fußzeile, secundario, pie de página, secundária, rodapé, secondario, piè di pagina",
};
const ROLES = Object.entries(ROLE_WORDS).flatMap(([role, list]) =>
  list.split(",").map((word) => [fold(word.trim()), role as ColourRole] as const),
);
const ROLE_OF = new Map(ROLES);

/** Words that say the brief speaks of the look. */
const LOOK_WORDS = new Set(
  fold(
    "colour colours color colors palette tone tones shade shades theme look branding brand scheme design site website style feel couleur couleurs teinte teintes ton tons charte thème theme ambiance style site design farbe farben farbton farbtöne töne look design stil seite webseite website color colores tonos paleta tonalidad diseño estilo sitio web cor cores tons paleta design estilo site colore colori toni tinte tonalità palette stile sito aspetto",
  ).split(" "),
);

/** Words that may stand next to a colour without making it a product's ("navy and gold"). */
const JOINERS = new Set(
  fold(
    "and or with in a an the some & , et ou avec en du de des le la les un une und oder mit in im ein eine einen der die das y o con en el la los las un una e ou com em o a os as um uma e o con in il lo la i le un una di del della plus",
  ).split(" "),
);

const COLOUR_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}#-])(?:${Object.keys(COLOURS)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "gu",
);

const tokensOf = (text: string) => text.match(/[\p{L}\p{N}'&-]+/gu) ?? [];

/** The role named within a few words of a colour, looking after it first ("navy buttons"). */
function roleNear(before: string[], after: string[], joined: boolean): ColourRole | null {
  // "gold accents" first, then "boutons bleu marine" (when no comma stands between).
  const next = ROLE_OF.get(after.slice(0, 2).join(" ")) ?? ROLE_OF.get(after[0] ?? "");
  if (next) return next;
  const adjacent = ROLE_OF.get(before.slice(-2).join(" ")) ?? ROLE_OF.get(before.at(-1) ?? "");
  if (adjacent && joined) return adjacent;
  for (const list of [after.slice(0, 4), before.slice(-3).reverse()]) {
    for (let i = 0; i < list.length; i++) {
      const two = i + 1 < list.length ? `${list[i]} ${list[i + 1]}` : "";
      const role = ROLE_OF.get(two) ?? ROLE_OF.get(list[i]!);
      if (role) return role;
    }
  }
  return null;
}

/** "dark green", "vert foncé": a shade of the colour, mixed toward black or white. */
const shadeWords = (dark: string, light: string): Record<string, "dark" | "light"> =>
  Object.fromEntries([
    ...fold(dark)
      .split(" ")
      .map((word) => [word, "dark"]),
    ...fold(light)
      .split(" ")
      .map((word) => [word, "light"]),
  ]);
const SHADE_BEFORE = shadeWords("dark deep dunkel dunkles dunkle", "light pale hell helles helle");
const SHADE_AFTER = shadeWords(
  "foncé foncée oscuro oscura escuro escura scuro scura",
  "clair claire claro clara chiaro chiara",
);

function shaded(hex: string, shade: "dark" | "light"): string {
  const target = shade === "dark" ? 0 : 255;
  return `#${[1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16))
    .map((c) =>
      Math.round(c + (target - c) * 0.35)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** Products named by a colour even in a request about style ("red wine", "green tea"). */
const COLOURED_PRODUCTS = new Set(
  fold("wine tea coffee bean beans curry pepper vin vins thé").split(" "),
);

/**
 * The colours a text asks for, in order, with the role the words around each give it (null when
 * none does), `exclude` being the business's name ("Le Chat Noir" is no colour).
 */
export function readColours(
  text: string,
  { exclude = null, aboutStyle = false }: StyleReading & { exclude?: string | null } = {},
): AskedColour[] {
  const folded = fold(exclude ? text.split(exclude).join(" ".repeat(exclude.length)) : text);
  const found: (AskedColour & { at: number })[] = [];
  const boundsOf = (at: number, stops: string) => {
    let start = 0;
    for (const stop of stops) start = Math.max(start, folded.lastIndexOf(stop, at - 1) + 1);
    const rest = folded.slice(at).search(new RegExp(`[${escapeRegExp(stops)}]`, "u"));
    return [start, rest < 0 ? folded.length : at + rest] as const;
  };
  const roleAt = (at: number, end: number) => {
    // A comma closes a colour's phrase: "boutons bleu marine, détails en or".
    const [start, stop] = boundsOf(at, ".;\n,");
    return roleNear(
      tokensOf(folded.slice(start, at)),
      tokensOf(folded.slice(end, stop)),
      /\p{L}\s+$/u.test(folded.slice(start, at)),
    );
  };
  for (const match of folded.matchAll(/#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])/giu)) {
    const raw = match[0].slice(1);
    const hex = `#${raw.length === 3 ? [...raw].map((c) => c + c).join("") : raw}`.toLowerCase();
    const at = match.index;
    found.push({
      word: text.slice(at, at + match[0].length),
      hex,
      role: roleAt(at, at + match[0].length),
      at,
    });
  }
  for (const match of folded.matchAll(COLOUR_PATTERN)) {
    const at = match.index;
    const end = at + match[0].length;
    const [start, stop] = boundsOf(at, ".;\n");
    const before = tokensOf(folded.slice(start, at));
    const after = tokensOf(folded.slice(end, stop));
    const previous = before.at(-1);
    const next = after[0];
    // "or" is French for gold only as a colour is named ("en or", "d'or", "bleu et or").
    if (match[0] === "or" && !/(?:\ben|d'|\bet)\s*$/u.test(folded.slice(start, at))) continue;
    if (next !== undefined && COLOURED_PRODUCTS.has(next)) continue;
    const role = roleAt(at, end);
    if (!aboutStyle && !isBrandColour(text, folded, { at, start, stop, before, after, role }))
      continue;
    const shade =
      (previous !== undefined && SHADE_BEFORE[previous]) ||
      (next !== undefined && SHADE_AFTER[next]);
    const word = shade
      ? previous !== undefined && SHADE_BEFORE[previous]
        ? text.slice(at - previous.length - 1, end)
        : text.slice(at, end + 1 + next!.length)
      : text.slice(at, end);
    if (found.some((c) => fold(c.word) === fold(word))) continue;
    const hex = shade ? shaded(COLOURS[match[0]]!, shade) : COLOURS[match[0]]!;
    found.push({ word, hex, role, at });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...colour }) => colour);
}

/** In a brief, whether a colour word names the look rather than a product ("red velvet cake"). */
function isBrandColour(
  text: string,
  folded: string,
  where: {
    at: number;
    start: number;
    stop: number;
    before: string[];
    after: string[];
    role: ColourRole | null;
  },
): boolean {
  const { at, start, stop, before, after, role } = where;
  // A capital inside a sentence starts a name ("Blue Mountain", "Le Chat Noir").
  const written = text.slice(at, at + 1);
  if (/^\p{Lu}/u.test(written) && !/(?:^|[.!?:])\s*$/u.test(text.slice(0, at))) return false;
  const clause = tokensOf(folded.slice(start, stop));
  const speaksOfLook = clause.some((t) => LOOK_WORDS.has(t) || ROLE_OF.has(t));
  const next = after[0];
  const previous = before.at(-1);
  const nextIsThing =
    next !== undefined &&
    !JOINERS.has(next) &&
    !LOOK_WORDS.has(next) &&
    !ROLE_OF.has(next) &&
    !COLOURS[next];
  const previousIsThing =
    previous !== undefined &&
    /\p{L}\s+$/u.test(folded.slice(start, at)) &&
    !JOINERS.has(previous) &&
    !LOOK_WORDS.has(previous) &&
    !ROLE_OF.has(previous) &&
    !COLOURS[previous] &&
    !/^(?:our|nos|notre|unsere?|nuestr|noss|nostr)/u.test(previous) &&
    !/^(?:like|love|want|prefer|aime|adore|voudrais|souhaite|mag|möchte|liebe|gusta|quiero|gosto|quero|piace|vorrei|use|using|utiliser|verwenden|usar|usare|mostly|mainly|bold|dark|light|pale|surtout|vor allem|sobre todo|principalmente|soprattutto|warm|soft|deep|doux|douce|tief|suave|profundo|morbido|profondo|muted|bright|vif|vive|kräftig|vivo|vivid)$/u.test(
      previous,
    );
  const afterOur =
    previous !== undefined &&
    /^(?:our|my|nos|notre|mes|unsere?|meine?|nuestr\p{L}*|mis|noss\p{L}*|nostr\p{L}*|miei|mie)$/u.test(
      previous,
    );
  if (afterOur) return false;
  if (!role) return speaksOfLook && !nextIsThing && !previousIsThing;
  // "navy and gold buttons" keeps its role; "red velvet cake buttons" is not a thing.
  const roleAhead =
    ROLE_OF.has(after.slice(0, 2).join(" ")) || after.slice(0, 4).some((t) => ROLE_OF.has(t));
  return !nextIsThing || roleAhead || before.slice(-3).some((t) => ROLE_OF.has(t));
}

/** A brief's brand colours, at most four, in the roles a store's theme has for them. */
export function findColours(text: string, exclude: string | null): BriefFacts["colors"] {
  return readColours(text, { exclude })
    .map((colour) => ({ ...colour, role: colour.role === "secondary" ? null : colour.role }))
    .slice(0, 4);
}

const THEME_WORDS: [hint: BriefFacts["themeHints"][number], pattern: RegExp][] = [
  [
    "dark",
    /(?<![\p{L}])(?:dark|darker|moody|night|sombre|foncé|dunk(?:el|l)\p{L}*|oscur[oa]s?|escur[oa]s?|scur[oa]s?|noir|black)(?![\p{L}])/iu,
  ],
  [
    "light",
    /(?<![\p{L}])(?:light|lighter|bright|airy|clair|claire|lumineu[xs]e?|hell\p{L}*|clar[oa]s?|luminos[oa]|chiar[oa]|white|blanc)(?![\p{L}])/iu,
  ],
  [
    "cream",
    /(?<![\p{L}])(?:cream|crème|creme|cremefarben\p{L}*|crema|ivory|ivoire|off-white|écru)(?![\p{L}])/iu,
  ],
  ["pastel", /(?<![\p{L}])(?:pastel|pastels|pastell\p{L}*|pastello|pastelli)(?![\p{L}])/iu],
];
/** Hint words that are colours: "black" is a dark theme only where the words say so. */
const COLOUR_HINT = /^(?:noir|black|white|blanc)$/iu;
/** Words for the whole look, in six languages. */
const THEME_NOUN_LIST =
  "theme|look|mode|site|website|design|background|palette|colour|colours|color|colors|tone|tones|feel|vibe|style|thème|fond|couleur|couleurs|tons|ambiance|style|design|seite|webseite|hintergrund|farbe|farben|töne|stil|tema|sitio|fondo|colores|tonos|estilo|diseño|site|fundo|cores|tons|sito|sfondo|colori|toni|stile|aspetto";
const THEME_NOUNS = new Set(THEME_NOUN_LIST.split("|").map(fold));
const THEME_CONTEXT = new RegExp(`(?<![\\p{L}])(?:${THEME_NOUN_LIST})(?![\\p{L}])`, "iu");
/** Words after "dark" or "light" that make it a product's or a colour's ("dark chocolate"). */
const NOT_A_LOOK =
  /^(?:chocolate|chocolat|schokolade|roast|torrefaction|beer|biere|bier|rye|wood|wash|denim|oak|ale|lager|meat|rum)$/u;

/**
 * "a dark theme", "fond clair", "couleurs pastel": what the text asks of the whole look. In a
 * brief the clause must speak of the look; a restyle request does, but "black" and "white" there
 * are still colours unless the words say theme, background or look.
 */
export function readThemeHints(
  text: string,
  { aboutStyle = false }: StyleReading = {},
): BriefFacts["themeHints"] {
  const hints = new Set<BriefFacts["themeHints"][number]>();
  for (const clause of text.split(/[.;!?\n]|,\s+(?!(?:and|et|und|y|e|ou|or)\s)/u)) {
    const speaksOfLook = THEME_CONTEXT.test(clause);
    for (const [hint, pattern] of THEME_WORDS) {
      const match = pattern.exec(clause);
      if (!match) continue;
      if (COLOUR_HINT.test(match[0])) {
        // "a black background", "fond noir": the colour of the whole look; "black text" is not.
        const near = [
          ...tokensOf(fold(clause.slice(0, match.index))).slice(-2),
          ...tokensOf(fold(clause.slice(match.index + match[0].length))).slice(0, 1),
        ];
        if (!near.some((token) => THEME_NOUNS.has(token))) continue;
      } else if (!speaksOfLook && !aboutStyle) continue;
      // "dark chocolate" is a product and "dark green" a colour, even in a sentence about colours.
      const next = fold(clause.slice(match.index + match[0].length)).match(
        /^[\s-]*([\p{L}]+)/u,
      )?.[1];
      if (next && (NOT_A_LOOK.test(next) || (hint !== "cream" && COLOURS[next]))) continue;
      // "vert foncé", "azul claro": a shade after its colour.
      const previous = tokensOf(fold(clause.slice(0, match.index))).at(-1);
      if (previous && hint !== "cream" && COLOURS[previous] && SHADE_AFTER[fold(match[0])])
        continue;
      hints.add(hint);
    }
  }
  const list = [...hints];
  // Dark and light together is a contrast, not a theme: keep the first the brief gives.
  return list.filter((hint) => !(hint === "light" && list.includes("dark"))).slice(0, 2);
}

/** What a brief asks of its whole look. */
export function findThemeHints(text: string): BriefFacts["themeHints"] {
  return readThemeHints(text);
}

/** Fonts people name, as the curated family nearest in style. */
const KNOWN_FONTS: [pattern: RegExp, family: FontFamily][] = [
  [
    /helvetica|arial|neue haas|univers\b|akzidenz|san francisco|sf pro|roboto|\binter\b|system/iu,
    "Inter",
  ],
  [/futura|avenir|gotham|proxima nova|century gothic|montserrat|raleway|geometric/iu, "Montserrat"],
  [/gill sans|open sans|\blato\b|source sans|work sans|humanist/iu, "Work Sans"],
  [/poppins|josefin|quicksand|nunito|comfortaa/iu, "Poppins"],
  [/\bkarla\b|rubik|fira sans/iu, "Karla"],
  [/dm sans|circular|gilroy|manrope|plus jakarta/iu, "DM Sans"],
  [
    /space grotesk|space mono|ibm plex mono|courier|monospace|\bmono\b|typewriter|machine à écrire|schreibmaschine/iu,
    "Space Grotesk",
  ],
  [/garamond|baskerville|caslon|minion/iu, "Libre Baskerville"],
  [/times|georgia|merriweather|\blora\b|palatino|crimson|pt serif|source serif/iu, "Lora"],
  [/cooper|recoleta|windsor|fraunces/iu, "Fraunces"],
  [/didot|bodoni|playfair|cormorant|didone|canela|\bogg\b/iu, "Playfair Display"],
  [/dm serif|abril|serif display/iu, "DM Serif Display"],
];
const FONT_NAMES =
  /(?<![\p{L}])(?:helvetica(?: neue)?|arial|neue haas|univers|akzidenz(?:[- ]grotesk)?|roboto|sf pro|san francisco|Inter|futura|avenir|gotham|proxima nova|century gothic|montserrat|raleway|gill sans|open sans|lato|source sans(?: pro)?|work sans|poppins|josefin(?: sans)?|quicksand|nunito|comfortaa|karla|rubik|fira sans|dm sans|circular|gilroy|manrope|plus jakarta(?: sans)?|space grotesk|space mono|ibm plex mono|courier(?: new)?|garamond|eb garamond|baskerville|libre baskerville|caslon|libre caslon|minion|times(?: new roman)?|georgia|merriweather|lora|palatino|crimson(?: text| pro)?|pt serif|source serif(?: pro)?|cooper(?: black)?|recoleta|windsor|fraunces|didot|bodoni|playfair(?: display)?|cormorant(?: garamond)?|canela|ogg|dm serif(?: display)?|abril(?: fatface)?)(?![\p{L}])/giu;
/** Font names that are also words or places ("Inter", "Georgia", "courier", "avenir"). */
const AMBIGUOUS_FONTS =
  /^(?:inter|times|georgia|lato|univers|minion|cooper|lora|karla|abril|avenir|courier|recoleta|windsor|palatino|circular|ogg|crimson|system)$/iu;
const GENERIC_FONT =
  /(?<![\p{L}])(?:(sans[- ]serif|sans serif|sans empattements?|serifenlos\p{L}*|sin serifa|sem serifa|senza grazie|grotesque|grotesk)|(serif|serifs|sérif|avec empattements?|à empattements?|serifen\p{L}*|con serifa|com serifa|con grazie|typewriter|monospace))(?![\p{L}])(?:\s+(?:font|typeface|type|police|schrift|fuente|fonte|carattere)s?)?(?:,?\s+(?:like|such as|as|comme|telle? que|wie|etwa|como|come|tipo|e\.g\.)\s+([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?))?/giu;
const FONT_CONTEXT =
  /(?<![\p{L}])(?:font|fonts|typeface|typefaces|typography|type|police|polices|typo|typographie|schrift|schriften|schriftart|typografie|fuente|fuentes|tipografía|tipografia|letra|fonte|fontes|carattere|caratteri)(?![\p{L}])/iu;
const HEADINGS = String.raw`(?:headings?|titles?|headlines?|titres?|überschriften|titel|títulos?|titulares|titoli|titolo)`;
const BODY = String.raw`(?:body(?: text| copy)?|text|paragraphs?|copy|texte|corps de texte|fließtext|text|texto|cuerpo|corpo|testo)`;
const FOR = String.raw`(?:(?:for|pour|für|para|per)\s+(?:the|les|le|la|die|den|los|las|el|os|as|o|i|il)?\s*)?`;
const IN = String.raw`\s+(?:in|en|em|im|a|an|une?)?\s*(?:(?:a|an|une?|eine?)\s+)?$`;
const HEADING_AFTER = new RegExp(`^\\s*${FOR}${HEADINGS}(?![\\p{L}])`, "iu");
const HEADING_BEFORE = new RegExp(`${HEADINGS}${IN}`, "iu");
const BODY_AFTER = new RegExp(`^\\s*${FOR}${BODY}(?![\\p{L}])`, "iu");
const BODY_BEFORE = new RegExp(`${BODY}${IN}`, "iu");

/**
 * The fonts a text asks for, at most two, with its words, the curated family nearest to each and
 * whether it is for headings or body text ("Garamond headings", "Helvetica for body text"); a
 * font with no such word is for headings, or for the body when headings have one already.
 */
export function readFonts(text: string, { aboutStyle = false }: StyleReading = {}): AskedFont[] {
  const found: { asked: string; font: FontFamily; at: number; end: number }[] = [];
  const add = (asked: string, font: FontFamily, at: number, end: number) => {
    if (found.some((f) => at < f.end && end > f.at)) return;
    if (found.some((f) => f.asked.toLowerCase() === asked.toLowerCase())) return;
    found.push({ asked: asked.slice(0, 60), font, at, end });
  };
  for (const match of text.matchAll(GENERIC_FONT)) {
    const like = match[3];
    const asked = match[0].trim();
    const family = like
      ? (KNOWN_FONTS.find(([pattern]) => pattern.test(like))?.[1] ?? (match[1] ? "Inter" : "Lora"))
      : match[1]
        ? "Inter"
        : /typewriter|monospace/iu.test(asked)
          ? "Space Grotesk"
          : "Lora";
    // "serif" alone counts only where the text speaks of type ("a serif font", "serif headings").
    if (
      !aboutStyle &&
      !like &&
      !FONT_CONTEXT.test(text) &&
      !new RegExp(`(?<![\\p{L}])${HEADINGS}(?![\\p{L}])`, "iu").test(text)
    )
      continue;
    add(asked, family, match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(FONT_NAMES)) {
    const ambiguous = AMBIGUOUS_FONTS.test(match[0]);
    if (ambiguous && !aboutStyle && !FONT_CONTEXT.test(clauseAround(text, match.index))) continue;
    // In a request about style a capital still tells a name from a word ("inter" is not Inter).
    if (ambiguous && aboutStyle && !/^\p{Lu}/u.test(match[0])) continue;
    const family =
      KNOWN_FONTS.find(([pattern]) => pattern.test(match[0]))?.[1] ?? closestFont(match[0]);
    add(match[0], family, match.index, match.index + match[0].length);
  }
  const fonts: AskedFont[] = [];
  for (const { asked, font, at, end } of found.sort((a, b) => a.at - b.at)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(end, end + 40);
    const body = BODY_AFTER.test(after) || BODY_BEFORE.test(before);
    const heading = HEADING_AFTER.test(after) || HEADING_BEFORE.test(before);
    const headingTaken = fonts.some((f) => f.role === "heading");
    const wanted = heading ? "heading" : body || headingTaken ? "body" : "heading";
    const role = fonts.some((f) => f.role === wanted)
      ? wanted === "heading"
        ? "body"
        : "heading"
      : wanted;
    if (fonts.some((f) => f.role === role)) break;
    fonts.push({ asked, font, role });
  }
  return fonts;
}

/** A brief's fonts, the headings' first: the writer takes them in that order. */
export function findFonts(text: string): BriefFacts["fonts"] {
  return readFonts(text)
    .sort((a, b) => Number(a.role === "body") - Number(b.role === "body"))
    .map(({ asked, font }) => ({ asked, font }));
}

function clauseAround(text: string, at: number): string {
  const start =
    Math.max(text.lastIndexOf(".", at), text.lastIndexOf(";", at), text.lastIndexOf("\n", at)) + 1;
  const end = text.slice(at).search(/[.;\n]/u);
  return text.slice(start, end < 0 ? text.length : at + end);
}
