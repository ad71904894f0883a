/**
 * The words the offline change planner understands and answers with, in the six offline
 * languages (English and French the most complete: the product's two most cared-for). Patterns
 * work on the request lower-cased with accents kept.
 */

/** A pattern matched as whole words, accents included (`\\b` only knows ASCII letters). */
function w(source: string, flags = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, `iu${flags}`);
}

export type RequestLanguage = "en" | "fr" | "de" | "es" | "pt" | "it";

/**
 * Words that only (or mostly) occur in one language, to answer in the merchant's own: the common
 * words of a request and each language's words for a change of tone ("formeller", "más formal").
 */
const LANGUAGE_HINTS: Record<RequestLanguage, RegExp> = {
  en: w(
    "(the|make|it|more|less|add|remove|please|with|and|to|of|our|use|write|tone|friendlier|warmer|darker|lighter|mention)",
    "g",
  ),
  fr: w(
    "(le|la|les|des|du|une|plus|moins|rends|rendre|ajoute[rz]?|supprime[rz]?|enlève|retire[rz]?|mentionne[rz]?|sombre|clair|foncé|avec|pour|sur|et|à|utilise[rz]?|mets|ton|couleurs?|écris|écrire|nos|notre|chaleureux|chaleureuse|formel(le)?|soutenu)",
    "g",
  ),
  de: w(
    "(der|die|das|den|und|mit|mach|mache|schreib|schreibe|ein|eine|unser|unsere|dunkler|heller|füge|hinzu|entferne|lösche|erwähne|bitte|formeller|förmlicher|freundlicher|herzlicher|lockerer|persönlicher|seriöser|sachlicher|ton|tonfall)",
    "g",
  ),
  es: w(
    "(el|los|las|más|menos|añade|agrega|quita|elimina|menciona|oscuro|claro|con|y|hazlo|haz|escribe|nuestr[oa]s?|cercano|cálido|amable|serio|tono)",
    "g",
  ),
  pt: w(
    "(o|os|as|mais|menos|adicione|adiciona|remova|apague|mencione|escuro|claro|com|deixe|faça|escreva|uma|noss[oa]s?|caloroso|calorosa|amigável|acolhedor|sério|séria)",
    "g",
  ),
  it: w(
    "(il|lo|gli|più|meno|aggiungi|rimuovi|togli|menziona|scuro|chiaro|con|rendi|scrivi|sui|sul|sulla|della|nostr[oaie]|formale|amichevole|caloroso|cordiale|serio)",
    "g",
  ),
};

/**
 * The language a request is written in: the one with the most of its own words. A request that
 * does not tell ("formal?") or ties is answered in `fallback`, the store's language when it is one
 * of the six.
 */
export function requestLanguage(
  request: string,
  fallback: RequestLanguage = "en",
): RequestLanguage {
  const lower = request.toLowerCase();
  let best = fallback;
  let bestCount = lower.match(LANGUAGE_HINTS[fallback])?.length ?? 0;
  for (const [language, pattern] of Object.entries(LANGUAGE_HINTS)) {
    const count = lower.match(pattern)?.length ?? 0;
    if (count > bestCount) [best, bestCount] = [language as RequestLanguage, count];
  }
  return best;
}

/**
 * Splits a request into the changes it asks for: "make the hero darker and mention delivery in
 * Lyon" is two. A piece that starts with no verb of its own ("… navy and gold") stays with the one
 * before it.
 */
export function clausesOf(request: string): string[] {
  const pieces = request
    .split(
      /\s*(?:[,;.!]\s+|[;\n]|\s(?:and|then|also|et|puis|aussi|und|dann|y|luego|e|depois|poi)\s)\s*/i,
    )
    .map((p) => p.trim())
    .filter(Boolean);
  const clauses: string[] = [];
  for (const piece of pieces) {
    if (clauses.length > 0 && !STARTS_A_CHANGE.test(piece))
      clauses[clauses.length - 1] += ` ${piece}`;
    else clauses.push(piece);
  }
  return clauses;
}

const STARTS_A_CHANGE =
  /^(please\s+)?(make|add|remove|delete|drop|hide|mention|say|use|change|set|switch|give|put|rends?|rendre|ajoute[rz]?|supprime[rz]?|enlève|enlever|retire[rz]?|mentionne[rz]?|indique[rz]?|précise[rz]?|utilise[rz]?|mets|mettre|passe[rz]?|change[rz]?|mach|füge|entferne|lösche|erwähne|verwende|haz|hazlo|añade|agrega|quita|elimina|menciona|usa|deixe|adicione|adiciona|remova|apague|mencione|rendi|aggiungi|rimuovi|togli|menziona|more|less|plus|moins|darker|lighter|darken|lighten)(?![\p{L}])/iu;

export const DARKER = w(
  "(darker|darken|dark|plus sombre|sombre|plus foncé|foncé|assombri[rs]?|dunkler|dunkel|más oscur[oa]|oscur[oa]|mais escur[oa]|escur[oa]|più scur[oa]|scur[oa])",
);
export const LIGHTER = w(
  "(lighter|lighten|brighter|light|plus clair|clair|éclairci[rs]?|heller|hell|más clar[oa]|clar[oa]|mais clar[oa]|più chiar[oa]|chiar[oa])",
);

/** Where a colour change applies when the request names it. */
export const HERO_WORDS = w(
  "(hero|banner|bannière|bandeau|en-tête de page|top of the page|haut de (la )?page|kopfbereich|portada|cabeçalho|testata)",
);
export const THEME_WORDS = w(
  "(theme|thème|site|store|shop|boutique|brand|marque|colou?rs|couleurs|farben|colores|cores|colori|buttons?|boutons?)",
);

export const FONT_WORDS = w(
  "(fonts?|typeface|typography|police|polices|typo(graphie)?|schrift(art)?|fuente|tipografía|fonte|carattere)",
);
export const BODY_WORDS = w("(body|text|paragraphs?|texte|corps|fließtext|cuerpo|corpo|testo)");
export const SERIF_WORDS = w(
  "(serif|classic|classique|elegant|élégante?|editorial|éditorial|klassisch|clásic[ao]|clássic[ao]|classic[ao])",
);
export const SANS_WORDS = w(
  "(sans[- ]serif|sans|modern|moderne|clean|épurée?|geometric|géométrique|modern[aoe]?)",
);

/**
 * A friendlier tone, in the six languages. "Less formal" is here (it is tested before the formal
 * words, which it contains).
 */
export const TONE_FRIENDLIER = w(
  [
    "friendl(y|ier)|warm(er)?|playful|fun(nier)?|casual|relaxed|more personal|less formal|informal",
    "chaleureux|chaleureuse|amical(e)?|sympathique|sympa|convivial(e)?|ludique|décontractée?|moins formel(le)?|tutoie[rz]?|tutoyer",
    "freundlich(er)?|herzlich(er)?|wärmer|locker(er)?|persönlich(er)?|verspielt(er)?|lässig(er)?|weniger förmlich|duzen",
    "cercano|cálid[oa]|amable|simpátic[oa]|divertido|desenfadado|menos formal|tutear",
    "caloros[oa]|amigável|acolhedor(a)?|descontraíd[oa]|divertido|menos formal",
    "amichevole|calorosa?|caloroso|cordiale|simpatic[oa]|giocos[oa]|scherzos[oa]|meno formale|informale",
  ].join("|"),
);
/** A more formal tone, in the six languages. */
export const TONE_FORMAL = w(
  [
    "formal|more professional|professional|serious|polished|businesslike",
    "formel(le)?|professionnel(le)?|sérieux|sérieuse|soutenu|vouvoie[rz]?|vouvoyer",
    "förmlich(er)?|formell(er)?|seriös(er)?|professionell(er)?|sachlich(er)?|siezen",
    "profesional|seri[oa]",
    "profissional|séri[oa]",
    "formale|professionale|seri[oa]",
  ].join("|"),
);
export const TONE_WORDS = w("(tone|voice|ton|style d'écriture|tonfall|tono|tom)");

export const REMOVE = w(
  "(remove|delete|drop|hide|get rid of|take out|supprime[rz]?|enlève|enlever|retire[rz]?|cache[rz]?|entferne|lösche|elimina|quita|borra|remova|apague|retire|rimuovi|togli)",
);
export const ADD = w(
  "(add|insert|include|put|ajoute[rz]?|insère|insérer|mets|mettre|füge|hinzu|añade|agrega|adicione|adiciona|aggiungi|inserisci)",
);

/** The section a request names, as a block type; "testimonials" is named to be refused. */
export const SECTION_WORDS: readonly [RegExp, string][] = [
  [w("(faq|f\\.a\\.q|questions?|foire aux questions|fragen|preguntas|perguntas|domande)"), "faq"],
  [
    w("(newsletter|mailing list|sign-?up|lettre d'information|infolettre|boletín|boletim)"),
    "newsletter",
  ],
  [w("(gallery|galerie|galería|galeria|galleria|photos|pictures)"), "gallery"],
  [
    w(
      "(testimonials?|reviews?|témoignages?|avis( clients?)?|bewertungen|erfahrungsberichte|testimonios|reseñas|depoimentos|avaliações|recensioni|testimonianze)",
    ),
    "testimonials",
  ],
  [w("(stats|statistics|numbers|chiffres|statistiques|zahlen|cifras|números|numeri)"), "stats"],
  [
    w("(features|highlights|points forts|avantages|vorteile|ventajas|vantagens|vantaggi)"),
    "features",
  ],
  [w("(call to action|cta|bandeau d'appel|appel à l'action)"), "cta-banner"],
  [w("(announcement|annonce|ankündigung|anuncio|anúncio|annuncio)"), "announcement-bar"],
  [w("(video|vidéo|vídeo)"), "video"],
  [w("(logos?)"), "logo-cloud"],
  [w("(pricing|prices table|tarifs|preise|precios|preços|prezzi)"), "pricing-table"],
  [
    w("(contact form|formulaire( de contact)?|kontaktformular|formulario|formulário|modulo)"),
    "contact-form",
  ],
  [w("(hero|banner|bannière)"), "hero"],
];

/**
 * "about gluten", "sur le gluten", "zu Gluten (hinzu)", "sul glutine": the topic of a new section
 * (a German separable verb's "hinzu" is not part of it).
 */
export const TOPIC =
  /(?<![\p{L}])(?:about|regarding|sur|concernant|à propos d[eu']s?|au sujet d[eu']s?|über|zu[mr]?|sobre|acerca de|riguardo a|su(?:l|lla|i|gli)?)\s+(?:(?:the|le|la|les|der|die|das|dem|den|el|los|las|o|os|a|as|il|lo|gli)\s+|l')?(.+?)(?:\s+hinzu)?$/iu;

/** "mention delivery in Lyon", "dis que…": the fact to add, in the merchant's words. */
export const MENTION =
  /(?<![\p{L}])(?:mention(?:s|ing)?|say|state|add that|tell (?:them|shoppers|customers) that|mentionne[rz]?|indique[rz]?|précise[rz]?|dis|dire|ajoute[rz]? que|erwähne|erwähnen|sag|menciona|di que|mencione|menciona|diga que|menziona|di che)\s+(?:that|que|qu'|dass|che)?\s*(.+)$/iu;

/** The clear refusal, in the merchant's language. */
export const REFUSALS: Record<RequestLanguage, string> = {
  en: "This change needs an AI model; the built-in writer can change colours, fonts, tone, add or remove a section, or mention a fact.",
  fr: "Cette modification demande un modèle d'IA ; le rédacteur intégré sait changer les couleurs, les polices, le ton, ajouter ou retirer une section, ou mentionner un fait.",
  de: "Diese Änderung braucht ein KI-Modell; der eingebaute Texter kann Farben, Schriften und Ton ändern, einen Abschnitt hinzufügen oder entfernen oder eine Tatsache erwähnen.",
  es: "Este cambio necesita un modelo de IA; el redactor integrado puede cambiar colores, fuentes y tono, añadir o quitar una sección o mencionar un dato.",
  pt: "Esta alteração precisa de um modelo de IA; o redator integrado pode mudar cores, fontes e tom, adicionar ou remover uma secção ou mencionar um facto.",
  it: "Questa modifica richiede un modello di IA; il redattore integrato può cambiare colori, caratteri e tono, aggiungere o togliere una sezione o menzionare un fatto.",
};

/** What the planner says to the merchant, in the language of the request. */
export type Messages = {
  noQuotes: string;
  noSuchSection: (kind: string) => string;
  tooLong: string;
  toneNeedsModel: string;
  nothingToDarken: string;
  nothingToLighten: string;
  unreadable: string;
  darker: (what: string) => string;
  lighter: (what: string) => string;
  hero: string;
  theme: string;
  colors: (names: string) => string;
  fonts: (font: string) => string;
  tone: (how: string) => string;
  friendlier: string;
  formal: string;
  mention: string;
  add: (kind: string) => string;
  remove: (kind: string) => string;
  summary: (n: number) => string;
  notDone: string;
};

export const MESSAGES: Record<RequestLanguage, Messages> = {
  en: {
    noQuotes:
      "Testimonials and numbers need your customers' real words: add the block yourself and paste them in. The built-in writer never invents them.",
    noSuchSection: (kind) => `There is no ${kind} section on this page to remove.`,
    tooLong: "the text would be longer than the block allows",
    toneNeedsModel:
      "Changing the tone of this text needs an AI model; the built-in writer cannot rewrite it.",
    nothingToDarken: "The hero is already as dark as the theme allows.",
    nothingToLighten: "The hero is already as light as the theme allows.",
    unreadable: "those colours would make text hard to read",
    darker: (what) => `Darker ${what}`,
    lighter: (what) => `Lighter ${what}`,
    hero: "hero",
    theme: "theme colours",
    colors: (names) => `Theme in ${names}`,
    fonts: (font) => `Fonts: ${font}`,
    tone: (how) => `${how} tone`,
    friendlier: "Friendlier",
    formal: "More formal",
    mention: "Mention in the hero",
    add: (kind) => `New ${kind} section`,
    remove: (kind) => `Remove the ${kind} section`,
    summary: (n) =>
      n === 1 ? "1 suggestion to review." : `${n} suggestions to review, one by one.`,
    notDone: "Not done",
  },
  fr: {
    noQuotes:
      "Les témoignages et les chiffres doivent venir de vos vrais clients : ajoutez le bloc vous-même et collez-les. Le rédacteur intégré n'en invente jamais.",
    noSuchSection: (kind) => `Il n'y a pas de section ${kind} à retirer sur cette page.`,
    tooLong: "le texte dépasserait la longueur permise par le bloc",
    toneNeedsModel:
      "Changer le ton de ce texte demande un modèle d'IA ; le rédacteur intégré ne sait pas le réécrire.",
    nothingToDarken: "Le hero est déjà aussi sombre que le thème le permet.",
    nothingToLighten: "Le hero est déjà aussi clair que le thème le permet.",
    unreadable: "ces couleurs rendraient le texte difficile à lire",
    darker: (what) => `${what} plus sombre`,
    lighter: (what) => `${what} plus clair`,
    hero: "Hero",
    theme: "Couleurs du thème",
    colors: (names) => `Thème en ${names}`,
    fonts: (font) => `Polices : ${font}`,
    tone: (how) => `Ton ${how}`,
    friendlier: "plus chaleureux",
    formal: "plus soutenu",
    mention: "Mention dans le hero",
    add: (kind) => `Nouvelle section ${kind}`,
    remove: (kind) => `Retirer la section ${kind}`,
    summary: (n) =>
      n === 1 ? "1 suggestion à relire." : `${n} suggestions à relire, une par une.`,
    notDone: "Non fait",
  },
  de: {
    noQuotes:
      "Kundenstimmen und Zahlen brauchen die echten Worte Ihrer Kunden: Fügen Sie den Block selbst hinzu und setzen Sie sie ein. Der eingebaute Texter erfindet sie nie.",
    noSuchSection: (kind) => `Auf dieser Seite gibt es keinen Abschnitt „${kind}“ zum Entfernen.`,
    tooLong: "der Text wäre länger, als der Block erlaubt",
    toneNeedsModel:
      "Den Ton dieses Textes zu ändern braucht ein KI-Modell; der eingebaute Texter kann ihn nicht umschreiben.",
    nothingToDarken: "Der Hero ist schon so dunkel, wie das Theme es erlaubt.",
    nothingToLighten: "Der Hero ist schon so hell, wie das Theme es erlaubt.",
    unreadable: "mit diesen Farben wäre der Text schwer lesbar",
    darker: (what) => `${what} dunkler`,
    lighter: (what) => `${what} heller`,
    hero: "Hero",
    theme: "Theme-Farben",
    colors: (names) => `Theme in ${names}`,
    fonts: (font) => `Schriften: ${font}`,
    tone: (how) => `${how} Ton`,
    friendlier: "Freundlicherer",
    formal: "Förmlicherer",
    mention: "Im Hero erwähnt",
    add: (kind) => `Neuer Abschnitt: ${kind}`,
    remove: (kind) => `Abschnitt „${kind}“ entfernen`,
    summary: (n) =>
      n === 1 ? "1 Vorschlag zum Prüfen." : `${n} Vorschläge zum Prüfen, einer nach dem anderen.`,
    notDone: "Nicht gemacht",
  },
  es: {
    noQuotes:
      "Los testimonios y las cifras necesitan las palabras reales de tus clientes: añade tú el bloque y pégalas. El redactor integrado nunca los inventa.",
    noSuchSection: (kind) => `En esta página no hay ninguna sección de ${kind} que quitar.`,
    tooLong: "el texto sería más largo de lo que permite el bloque",
    toneNeedsModel:
      "Cambiar el tono de este texto necesita un modelo de IA; el redactor integrado no puede reescribirlo.",
    nothingToDarken: "El hero ya es tan oscuro como el tema permite.",
    nothingToLighten: "El hero ya es tan claro como el tema permite.",
    unreadable: "con esos colores el texto sería difícil de leer",
    darker: (what) => `${what} más oscuro`,
    lighter: (what) => `${what} más claro`,
    hero: "Hero",
    theme: "Colores del tema",
    colors: (names) => `Tema en ${names}`,
    fonts: (font) => `Fuentes: ${font}`,
    tone: (how) => `Tono ${how}`,
    friendlier: "más cercano",
    formal: "más formal",
    mention: "Mención en el hero",
    add: (kind) => `Nueva sección: ${kind}`,
    remove: (kind) => `Quitar la sección de ${kind}`,
    summary: (n) =>
      n === 1 ? "1 sugerencia para revisar." : `${n} sugerencias para revisar, una a una.`,
    notDone: "No hecho",
  },
  pt: {
    noQuotes:
      "Depoimentos e números precisam das palavras reais dos seus clientes: adicione o bloco e cole-as. O redator integrado nunca os inventa.",
    noSuchSection: (kind) => `Não há nenhuma secção de ${kind} nesta página para remover.`,
    tooLong: "o texto ficaria mais longo do que o bloco permite",
    toneNeedsModel:
      "Mudar o tom deste texto precisa de um modelo de IA; o redator integrado não o consegue reescrever.",
    nothingToDarken: "O hero já está tão escuro quanto o tema permite.",
    nothingToLighten: "O hero já está tão claro quanto o tema permite.",
    unreadable: "com essas cores o texto ficaria difícil de ler",
    darker: (what) => `${what} mais escuro`,
    lighter: (what) => `${what} mais claro`,
    hero: "Hero",
    theme: "Cores do tema",
    colors: (names) => `Tema em ${names}`,
    fonts: (font) => `Fontes: ${font}`,
    tone: (how) => `Tom ${how}`,
    friendlier: "mais caloroso",
    formal: "mais formal",
    mention: "Menção no hero",
    add: (kind) => `Nova secção: ${kind}`,
    remove: (kind) => `Remover a secção de ${kind}`,
    summary: (n) => (n === 1 ? "1 sugestão para rever." : `${n} sugestões para rever, uma a uma.`),
    notDone: "Não feito",
  },
  it: {
    noQuotes:
      "Testimonianze e numeri richiedono le parole vere dei tuoi clienti: aggiungi tu il blocco e incollale. Il redattore integrato non li inventa mai.",
    noSuchSection: (kind) => `In questa pagina non c'è nessuna sezione ${kind} da togliere.`,
    tooLong: "il testo sarebbe più lungo di quanto il blocco consente",
    toneNeedsModel:
      "Cambiare il tono di questo testo richiede un modello di IA; il redattore integrato non sa riscriverlo.",
    nothingToDarken: "L'hero è già scuro quanto il tema consente.",
    nothingToLighten: "L'hero è già chiaro quanto il tema consente.",
    unreadable: "con questi colori il testo sarebbe difficile da leggere",
    darker: (what) => `${what} più scuro`,
    lighter: (what) => `${what} più chiaro`,
    hero: "Hero",
    theme: "Colori del tema",
    colors: (names) => `Tema in ${names}`,
    fonts: (font) => `Caratteri: ${font}`,
    tone: (how) => `Tono ${how}`,
    friendlier: "più caloroso",
    formal: "più formale",
    mention: "Menzione nell'hero",
    add: (kind) => `Nuova sezione: ${kind}`,
    remove: (kind) => `Togli la sezione ${kind}`,
    summary: (n) =>
      n === 1 ? "1 suggerimento da rivedere." : `${n} suggerimenti da rivedere, uno alla volta.`,
    notDone: "Non fatto",
  },
};

export function messagesFor(language: RequestLanguage): Messages {
  return MESSAGES[language];
}

/** Colour names beyond English (the English ones are ./colour-names.ts). */
export const FOREIGN_COLOR_WORDS: Record<string, string> = {
  "bleu marine": "navy",
  marine: "navy",
  doré: "gold",
  dorée: "gold",
  bordeaux: "burgundy",
  vert: "green",
  "vert sapin": "forest green",
  "vert sauge": "sage",
  rouge: "red",
  rose: "pink",
  orange: "orange",
  jaune: "yellow",
  violet: "purple",
  bleu: "blue",
  marron: "brown",
  marineblau: "navy",
  golden: "gold",
  dorado: "gold",
  azul: "blue",
  "azul marino": "navy",
  "azul-marinho": "navy",
  dourado: "gold",
  blu: "blue",
  "blu navy": "navy",
  oro: "gold",
};
