import type { Mood, Tone } from "../../../domain/ai-vocabulary.ts";
import { tidy } from "./text.ts";

/**
 * How the store should sound and what it should and must not say: tone and mood from their words
 * in six languages, the audience ("for young families", "pour les familles"), things to avoid
 * ("don't say cheap", "ne pas parler de bio", "no mention of vegan") and short facts worth saying
 * in the brief's own words ("since 1987", "organic flour", "family-run").
 */

const TONE_WORDS: [Tone, RegExp][] = [
  [
    "playful",
    /(?<![\p{L}])(?:fun|playful|quirky|cheeky|joyful|whimsical|silly|ludique|décalé|drôle|verspielt|witzig|frech|divertid[oa]|juguet[oó]n|alegre|divertente|giocoso|spiritoso)(?![\p{L}])/iu,
  ],
  [
    "refined",
    /(?<![\p{L}])(?:luxury|luxurious|premium|elegant|refined|sophisticated|high-end|exclusive|timeless|luxe|luxueux|élégant|élégante|raffiné|haut de gamme|intemporel|luxuriös|edel|elegant|exklusiv|hochwertig|lujo|elegante|refinad[oa]|exclusiv[oa]|luxo|sofisticad[oa]|lusso|raffinat[oa]|esclusiv[oa])(?![\p{L}])/iu,
  ],
  [
    "calm",
    /(?<![\p{L}])(?:calm|mindful|gentle|serene|peaceful|slow|quiet|soothing|calme|doux|douce|apaisant|sereine?|ruhig|sanft|achtsam|tranquil[oa]|seren[oa]|calm[oa]|sereno|tranquillo|delicat[oa])(?![\p{L}])/iu,
  ],
  [
    "confident",
    /(?<![\p{L}])(?:bold|confident|edgy|performance|powerful|technical|audacieux|audacieuse|percutant|technique|mutig|selbstbewusst|kraftvoll|audaz|atrevid[oa]|ousad[oa]|audace|decis[oa])(?![\p{L}])/iu,
  ],
  [
    "warm",
    /(?<![\p{L}])(?:warm|cos[yi]|family|homely|neighbou?rhood|community|welcoming|heart|chaleureu[xs]e?|convivial|familial|familiale|de quartier|chaleur|herzlich|gemütlich|familiär|familienbetrieb|cálid[oa]|acogedor[a]?|familiar|caloros[oa]|aconchegante|familiar|calorose?|accogliente|familiare)(?![\p{L}])/iu,
  ],
];

const MOOD_WORDS: [Mood, RegExp][] = [
  [
    "minimal",
    /(?<![\p{L}])(?:minimal|minimalist|clean|simple|scandi|scandinavian|monochrome|minimaliste|épuré|sobre|schlicht|minimalistisch|minimalista|sencill[oa]|limpi[oa]|essenziale|pulit[oa])(?![\p{L}])/iu,
  ],
  [
    "elegant",
    /(?<![\p{L}])(?:elegant|luxury|luxurious|refined|classic|sophisticated|premium|élégant|élégante|luxe|raffiné|classique|edel|klassisch|elegante|clásic[oa]|clássic[oa]|classic[oa]|lusso|raffinat[oa])(?![\p{L}])/iu,
  ],
  [
    "bold",
    /(?<![\p{L}])(?:bold|vibrant|striking|loud|energetic|edgy|punchy|audacieux|vif|vive|éclatant|kräftig|auffällig|mutig|llamativ[oa]|vibrante|audaz|vivace|audace|ousad[oa])(?![\p{L}])/iu,
  ],
  [
    "playful",
    /(?<![\p{L}])(?:playful|fun|colou?rful|cheerful|quirky|ludique|coloré|colorée|joyeux|joyeuse|bunt|fröhlich|verspielt|colorid[oa]|alegre|divertid[oa]|colorat[oa]|allegr[oa]|giocos[oa])(?![\p{L}])/iu,
  ],
  [
    "earthy",
    /(?<![\p{L}])(?:earthy|natural|organic|rustic|botanical|wholesome|handcrafted|naturel|naturelle|rustique|bio|terreux|natürlich|rustikal|erdig|natural|rústic[oa]|orgánic[oa]|orgânic[oa]|naturale|rustic[oa]|biologic[oa])(?![\p{L}])/iu,
  ],
  [
    "calm",
    /(?<![\p{L}])(?:calm|serene|soft|pastel|gentle|soothing|muted|calme|doux|douce|apaisant|ruhig|sanft|gedämpft|tranquil[oa]|suave|seren[oa]|delicat[oa]|morbid[oa])(?![\p{L}])/iu,
  ],
  [
    "fresh",
    /(?<![\p{L}])(?:fresh|light|airy|crisp|bright|frais|fraîche|lumineux|lumineuse|aérien|frisch|hell|luftig|fresc[oa]|luminos[oa]|arejad[oa]|ariosa?)(?![\p{L}])/iu,
  ],
  [
    "warm",
    /(?<![\p{L}])(?:warm|cos[yi]|inviting|homely|chaleureux|chaleureuse|cosy|gemütlich|warm|cálid[oa]|acogedor[a]?|aconchegante|calda|caldo|accogliente)(?![\p{L}])/iu,
  ],
];

export function findTone(text: string): Tone {
  return TONE_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? "friendly";
}

export function findMood(text: string): Mood | null {
  return MOOD_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const AUDIENCE =
  /(?<![\p{L}])(?:for|aimed at|catering to|our customers are|made for|pour|destinée? aux?|destinés? aux?|für|gedacht für|para|pensad[oa] para|dirigid[oa] a|destinad[oa] a|per|pensat[oa] per|rivolt[oa] a)\s+((?:the |les |des |die |los |las |os |as |i |gli |le |young |jeunes |junge |jóvenes |jovens |giovani |busy |new |first-time |small |petites? |kleine |pequeñ[oa]s |pequen[oa]s |piccol[ei] )*(?:famil\p{L}*|kids|children|enfants|kinder|niñ[oa]s|crianças|bambini|parents|eltern|padres|pais|genitori|students?|étudiants?|studenten|estudiantes|estudantes|studenti|beginners?|débutants?|anfänger\p{L}*|principiantes|iniciantes|principianti|professionals?|professionnels|profis|profesionales|profissionais|professionisti|runners?|cyclists?|hikers?|climbers?|gardeners?|musicians?|musiciens|musiker\p{L}*|músicos|musicisti|dog owners|cat owners|pet owners|foodies|gourmets?|couples|brides?|mariées?|newlyweds|seniors|retirees|tourists?|touristes|touristen|turistas|turisti|women|femmes|frauen|mujeres|mulheres|donne|men|hommes|männer|hombres|homens|uomini|businesses|entreprises|unternehmen|empresas|aziende|small businesses|freelancers?|indépendants|artisans?|collectors?|collectionneurs|sammler|coleccionistas|colecionadores|collezionisti|teens?|teenagers|adolescents?|jugendliche|adolescentes|adolescenti|adults|adultes|erwachsene|adultos|adulti)(?:\s+(?:who|qui|die|que|che|with|avec|mit|con|com|in|à|of|de)\s+[^.;,!?\n]{3,40})?)/iu;

export function findAudience(text: string): string | null {
  const match = AUDIENCE.exec(text);
  return match ? tidy(match[1]!).slice(0, 120) : null;
}

const AVOID = [
  /(?:don't|do not|never|please don't|please do not)\s+(?:say|use the word|use|mention|call (?:us|it|them)|write|talk about|describe (?:us|it|them) as)\s+["“']?([^.;!?\n"”]{2,60})/giu,
  /(?:no mention of|without mentioning|avoid(?: the word| saying| mentioning| words like)?|not (?:to )?mention|nothing about)\s+["“']?([^.;!?\n"”]{2,60})/giu,
  /(?:ne (?:pas|jamais) (?:dire|parler de|parler d'|mentionner|utiliser(?: le mot)?|écrire)|ne dites pas|ne parlez pas (?:de|d')|n'utilisez pas(?: le mot)?|ne mentionnez pas|pas de mention (?:de|d')|sans parler de|sans mentionner|évitez(?: de dire| de parler de| le mot)?|éviter(?: de dire| de parler de| le mot)?)\s*["“«]?\s*([^.;!?\n"”»]{2,60})/giu,
  /(?:nicht (?:von|über)|kein wort (?:über|von)|bitte nicht(?: von| über)?|vermeiden sie|vermeide|ohne)\s+["„]?([^.;!?\n"“”]{2,60}?)(?:\s+(?:sprechen|schreiben|erwähnen|reden|sagen))?(?=[.;!?\n"“”]|$)/giu,
  /(?:no (?:digas|diga|mencion(?:es|e|ar)|hables de|hable de|decir|usar la palabra|usar)|sin mencionar|evita(?:r)?(?: decir| hablar de| la palabra)?)\s+["“]?([^.;!?\n"”]{2,60})/giu,
  /(?:não (?:diga|digas|mencion(?:e|ar)|fale de|fales de|falar de|falar em|dizer|usar a palavra|usar)|sem mencionar|evit(?:e|ar)(?: dizer| falar de| a palavra)?)\s+["“]?([^.;!?\n"”]{2,60})/giu,
  /(?:non (?:dire|dite|parlare di|parlate di|menzionare|menzionate|usare la parola|usare|scrivere)|senza menzionare|evita(?:re)?(?: di dire| di parlare di| la parola)?)\s+["“«]?([^.;!?\n"”»]{2,60})/giu,
];

/** What the store must not say, as the brief puts it ("cheap", "bio", "vegan"). */
export function findAvoid(text: string): string[] {
  const avoid: { at: number; phrase: string }[] = [];
  for (const pattern of AVOID) {
    for (const match of text.matchAll(pattern)) {
      const phrase = tidy(
        match[1]!
          .replace(/^(?:the word|le mot|das wort|la palabra|a palavra|la parola)\s+/iu, "")
          .replace(/["“”«»„]|^['‘’]|['‘’]$/gu, ""),
      );
      if (phrase && !avoid.some((a) => a.phrase.toLowerCase() === phrase.toLowerCase()))
        avoid.push({ at: match.index, phrase: phrase.slice(0, 120) });
    }
  }
  // In the order the brief says them, whichever language's pattern found them.
  return avoid
    .sort((a, b) => a.at - b.at)
    .map((a) => a.phrase)
    .slice(0, 10);
}

const HIGHLIGHTS = [
  /[\p{L}]{3,}\s+(?:bio|biologiques?|biologic[oaie]|orgánic[oa]s?|orgânic[oa]s?|artisanale?s?|artesana(?:l|les|is)|artigianal[ei]|fait main|faits main|fatt[oaie] a mano|hech[oa]s? a mano|feit[oa]s? à mão)(?![\p{L}])/giu,
  /(?:since|established in|est\.?|founded in|depuis|fondée? en|seit|gegründet|desde|fundad[oa] en|fundad[oa] em|dal|fondat[oa] nel)\s+(?:\p{L}+\s+)?(?:1[89]\d\d|20[0-2]\d)/giu,
  /(?:family[- ]run|family[- ]owned|family business|entreprise familiale|maison familiale|familial[e]?|familienbetrieb|familiengeführt|negocio familiar|empresa familiar|negócio familiar|azienda familiare|a conduzione familiare)/giu,
  /(?:organic|bio|biologique|biologic[oa]|orgánic[oa]|orgânic[oa]|ökologisch|aus biologischem anbau|local|locally sourced|locaux|locales|local(?:es)?|regional|regionale[n]?|km 0|zero waste|zéro déchet|fair[- ]trade|commerce équitable|fairtrade|comercio justo|comércio justo|commercio equo|vegan|végan|végane|vegano|vegana|gluten[- ]free|sans gluten|glutenfrei|sin gluten|sem glúten|senza glutine|handmade|hand-made|hand-thrown|hand-poured|fait main|faits main|fait à la main|handgemacht|handgefertigt|hecho a mano|hechos a mano|feito à mão|feitos à mão|fatt[oaie] a mano|artisanal[e]?|artesanal(?:es)?|artigianale|recycled|recyclé|recycelt|reciclad[oa]|riciclat[oa]|award[- ]winning|primé[e]?|preisgekrönt|premiad[oa])(?:\s+(?!and|et|und|y|e|in|à|en|a|em|for|pour|für|para|per|with|avec|mit|con|com)[\p{L}-]{3,20}){0,2}/giu,
  /(?:\d+\s+years? of experience|\d+ ans d'expérience|\d+ Jahre(?:n)? Erfahrung|\d+ años de experiencia|\d+ anos de experiência|\d+ anni di esperienza)/giu,
];

/** Short facts worth saying, in the brief's words, in the order the brief gives them. */
export function findHighlights(text: string): string[] {
  const found: { at: number; phrase: string }[] = [];
  for (const pattern of HIGHLIGHTS) {
    for (const match of text.matchAll(pattern)) {
      const phrase = tidy(match[0]);
      if (
        found.some(
          (f) =>
            f.phrase.toLowerCase().includes(phrase.toLowerCase()) ||
            phrase.toLowerCase().includes(f.phrase.toLowerCase()),
        )
      )
        continue;
      found.push({ at: match.index, phrase: phrase.slice(0, 160) });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.phrase)
    .slice(0, 12);
}
