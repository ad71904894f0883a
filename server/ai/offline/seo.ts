import { SEO_LIMITS, type SeoData, type SeoOutput } from "../tasks.ts";
import { readStore, seoStoreOf, type StoreFacts } from "../store-facts.ts";
import type { TextLanguage } from "../brief/language.ts";
import { detectLanguage } from "../brief/language.ts";
import { splitSentences } from "../text/sentences.ts";
import { createRandom, type Random } from "./random.ts";
import { tradeEntry } from "./trades/index.ts";
import type { Gender } from "./trades/types.ts";
import type { LanguageKit, Maybe, Subject } from "./writer/kit.ts";
import { kitFor } from "./writer/kits/index.ts";
import { subjectOf } from "./writer/subject.ts";

/**
 * Search titles and descriptions without a model, in the store's language: candidates written
 * for each language (the kit's own SEO lines for the standard pages, then ours below) carry the
 * store's name, trade and place; the title kept is one of 30 to 60 characters, the description
 * one of 70 to 160, whole candidates only, so a word is never cut. Among those that fit, the one
 * saying the most of name, trade, place and named products wins; the first written breaks ties.
 */

type PageKind = "home" | "shop" | "about" | "contact" | "faq" | "services" | "other" | "product";

type Target = SeoData["target"];

/** What each language says around the facts. `s.words` are the trade's words in that language. */
type Phrases = {
  /** "in Lyon", "à Lyon", "en Bretagne". */
  at(place: string): string;
  /** "de Boulangerie Martin", "d’Atelier Lune": of + the store's name. */
  of(name: string): string;
  labels: Record<Exclude<PageKind, "home" | "other" | "product">, string>;
  /** Opening sentences for a page's description, best first. */
  lead(s: Subject, page: PageKind, at: string, title: string): string[];
  /** Sentences that add facts or say what the page is for, to reach the description's length. */
  more(s: Subject, page: PageKind, at: string): readonly Maybe<string>[];
};

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const named = (s: Subject, and: string) => {
  const items = s.named.slice(0, 3);
  if (items.length === 0) return null;
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
};

const FR_VOWEL = /^[aeiouyhàâäéèêëîïôöûüœ]/i;
const FR_FEMININE =
  /^(france|belgique|suisse|bretagne|normandie|provence|alsace|bourgogne|savoie|corse|dordogne|occitanie|auvergne|ardèche|vendée|gironde|touraine|champagne|lorraine|picardie|camargue|charente|drôme|sologne|martinique|guadeloupe|réunion)$/i;
const FR_MASCULINE =
  /^(jura|périgord|var|vercors|luberon|québec|pays basque|berry|limousin|canada)$/i;
const IT_REGIONS =
  /^(italia|toscana|sicilia|sardegna|puglia|calabria|campania|umbria|liguria|lombardia|piemonte|veneto|emilia-romagna|marche|abruzzo|molise|basilicata|friuli|trentino|svizzera)$/i;
const PT_ARTICLE_M = /^(porto|brasil|algarve|alentejo|minho|douro|rio de janeiro)$/i;

/** German, Spanish, Portuguese and Italian articles for "a bakery" by the noun's gender. */
const ARTICLE: Record<"de" | "es" | "pt" | "it", Record<Gender, string>> = {
  de: { m: "ein", f: "eine", n: "ein" },
  es: { m: "un", f: "una", n: "un" },
  pt: { m: "um", f: "uma", n: "um" },
  it: { m: "un", f: "una", n: "un" },
};
const a = (language: keyof typeof ARTICLE, s: Subject) =>
  `${ARTICLE[language][s.words.businessGender]} ${s.words.business}`;

const PHRASES: Record<TextLanguage, Phrases> = {
  en: {
    at: (place) => `in ${place}`,
    of: (name) => `from ${name}`,
    labels: { shop: "Shop", about: "About", contact: "Contact", faq: "FAQ", services: "Services" },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      switch (page) {
        case "home":
          return [
            `${s.name} is a ${s.words.business}${where}: ${s.words.goods}, made with care.`,
            `${cap(s.words.goods)}${where}, from ${s.name}.`,
          ];
        case "shop":
          return [`Shop ${s.words.goods} from ${s.name}${where}.`];
        case "services":
          return [`The services of ${s.name}, ${s.words.business}${where}, with their prices.`];
        case "about":
          return [`The story of ${s.name}, a ${s.words.business}${where}, and how we work.`];
        case "contact":
          return [`Write to ${s.name}${where}: questions, orders and anything else.`];
        case "faq":
          return [`Answers to what people ask ${s.name}, a ${s.words.business}${where}.`];
        case "product":
          return [`${title} from ${s.name}, ${s.words.business}${where}.`];
        default:
          return [`${title}: ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "and") && `Try our ${named(s, "and")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "We answer every message ourselves."
        : page === "faq"
          ? "Orders, delivery and payment explained."
          : s.sells === "services"
            ? "Get in touch to book."
            : "Order online, or ask us first.",
    ],
  },
  fr: {
    at: (place) =>
      FR_FEMININE.test(place)
        ? `en ${place}`
        : FR_MASCULINE.test(place)
          ? FR_VOWEL.test(place)
            ? `en ${place}`
            : `au ${place}`
          : `à ${place}`,
    of: (name) => (FR_VOWEL.test(name) ? `d’${name}` : `de ${name}`),
    labels: {
      shop: "Boutique",
      about: "À propos",
      contact: "Contact",
      faq: "Questions fréquentes",
      services: "Prestations",
    },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      const of = PHRASES.fr.of(s.name);
      const une = s.words.businessGender === "f" ? "une" : "un";
      switch (page) {
        case "home":
          return [
            `${s.name}, ${une} ${s.words.business}${where} : des ${s.words.goods} faits avec soin.`,
            `Les ${s.words.goods} ${of}${where}.`,
          ];
        case "shop":
          return [`Commandez les ${s.words.goods} ${of}${where}.`];
        case "services":
          return [`Les prestations ${of}${where}, avec leurs tarifs.`];
        case "about":
          return [
            `L’histoire ${of}, ${une} ${s.words.business}${where}, et notre façon de travailler.`,
          ];
        case "contact":
          return [`Écrivez à ${s.name}${where} : questions, commandes ou demandes particulières.`];
        case "faq":
          return [`Les réponses aux questions que l’on pose à ${s.name}${where}.`];
        case "product":
          return [`${title}, ${of}${where}.`];
        default:
          return [`${title} : ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "et") && `À découvrir : ${named(s, "et")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "Nous répondons nous-mêmes à chaque message."
        : page === "faq"
          ? "Commandes, livraison et paiement expliqués."
          : s.sells === "services"
            ? "Contactez-nous pour réserver."
            : "Commandez en ligne ou posez-nous vos questions.",
    ],
  },
  de: {
    at: (place) => `in ${place}`,
    of: (name) => `von ${name}`,
    labels: {
      shop: "Shop",
      about: "Über uns",
      contact: "Kontakt",
      faq: "Häufige Fragen",
      services: "Leistungen",
    },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      switch (page) {
        case "home":
          return [
            `${s.name} ist ${a("de", s)}${where}: ${s.words.goods}, mit Sorgfalt gemacht.`,
            `${cap(s.words.goods)} von ${s.name}${where}.`,
          ];
        case "shop":
          return [`${cap(s.words.goods)} von ${s.name}${where} online bestellen.`];
        case "services":
          return [`Die Leistungen von ${s.name}${where}, mit Preisen.`];
        case "about":
          return [`Die Geschichte von ${s.name}, ${a("de", s)}${where}, und wie wir arbeiten.`];
        case "contact":
          return [`Schreiben Sie ${s.name}${where}: Fragen, Bestellungen und besondere Wünsche.`];
        case "faq":
          return [`Antworten auf die Fragen, die man ${s.name}${where} stellt.`];
        case "product":
          return [`${title} von ${s.name}, ${s.words.business}${where}.`];
        default:
          return [`${title}: ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "und") && `Entdecken Sie ${named(s, "und")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "Wir beantworten jede Nachricht selbst."
        : page === "faq"
          ? "Bestellung, Lieferung und Zahlung erklärt."
          : s.sells === "services"
            ? "Schreiben Sie uns für einen Termin."
            : "Online bestellen oder uns vorher fragen.",
    ],
  },
  es: {
    at: (place) => `en ${place}`,
    of: (name) => `de ${name}`,
    labels: {
      shop: "Tienda",
      about: "Quiénes somos",
      contact: "Contacto",
      faq: "Preguntas frecuentes",
      services: "Servicios",
    },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      switch (page) {
        case "home":
          return [
            `${s.name} es ${a("es", s)}${where}: ${s.words.goods} hechos con cuidado.`,
            `${cap(s.words.goods)} de ${s.name}${where}.`,
          ];
        case "shop":
          return [`Compra ${s.words.goods} de ${s.name}${where}.`];
        case "services":
          return [`Los servicios de ${s.name}${where}, con sus precios.`];
        case "about":
          return [`La historia de ${s.name}, ${a("es", s)}${where}, y nuestra forma de trabajar.`];
        case "contact":
          return [`Escribe a ${s.name}${where}: preguntas, pedidos o encargos especiales.`];
        case "faq":
          return [`Respuestas a lo que nos preguntan en ${s.name}${where}.`];
        case "product":
          return [`${title} de ${s.name}, ${s.words.business}${where}.`];
        default:
          return [`${title}: ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "y") && `Descubre ${named(s, "y")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "Respondemos personalmente a cada mensaje."
        : page === "faq"
          ? "Pedidos, entregas y pagos, explicados."
          : s.sells === "services"
            ? "Escríbenos para reservar."
            : "Haz tu pedido en línea o pregúntanos antes.",
    ],
  },
  pt: {
    at: (place) => (PT_ARTICLE_M.test(place) ? `no ${place}` : `em ${place}`),
    of: (name) => `de ${name}`,
    labels: {
      shop: "Loja",
      about: "Sobre nós",
      contact: "Contacto",
      faq: "Perguntas frequentes",
      services: "Serviços",
    },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      switch (page) {
        case "home":
          return [
            `${s.name} é ${a("pt", s)}${where}: ${s.words.goods} feitos com cuidado.`,
            `${cap(s.words.goods)} de ${s.name}${where}.`,
          ];
        case "shop":
          return [`Encomende ${s.words.goods} de ${s.name}${where}.`];
        case "services":
          return [`Os serviços de ${s.name}${where}, com os seus preços.`];
        case "about":
          return [`A história de ${s.name}, ${a("pt", s)}${where}, e a nossa forma de trabalhar.`];
        case "contact":
          return [`Escreva a ${s.name}${where}: perguntas, encomendas ou pedidos especiais.`];
        case "faq":
          return [`Respostas ao que nos perguntam em ${s.name}${where}.`];
        case "product":
          return [`${title} de ${s.name}, ${s.words.business}${where}.`];
        default:
          return [`${title}: ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "e") && `Descubra ${named(s, "e")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "Respondemos pessoalmente a cada mensagem."
        : page === "faq"
          ? "Encomendas, entregas e pagamentos explicados."
          : s.sells === "services"
            ? "Contacte-nos para marcar."
            : "Encomende online ou pergunte-nos antes.",
    ],
  },
  it: {
    at: (place) => (IT_REGIONS.test(place) ? `in ${place}` : `a ${place}`),
    of: (name) => `di ${name}`,
    labels: {
      shop: "Negozio",
      about: "Chi siamo",
      contact: "Contatti",
      faq: "Domande frequenti",
      services: "Servizi",
    },
    lead: (s, page, at, title) => {
      const where = at ? ` ${at}` : "";
      switch (page) {
        case "home":
          return [
            `${s.name} è ${a("it", s)}${where}: ${s.words.goods} fatti con cura.`,
            `${cap(s.words.goods)} di ${s.name}${where}.`,
          ];
        case "shop":
          return [`Ordina ${s.words.goods} di ${s.name}${where}.`];
        case "services":
          return [`I servizi di ${s.name}${where}, con i prezzi.`];
        case "about":
          return [`La storia di ${s.name}, ${a("it", s)}${where}, e il nostro modo di lavorare.`];
        case "contact":
          return [`Scrivi a ${s.name}${where}: domande, ordini o richieste particolari.`];
        case "faq":
          return [`Le risposte alle domande che ci fanno da ${s.name}${where}.`];
        case "product":
          return [`${title} di ${s.name}, ${s.words.business}${where}.`];
        default:
          return [`${title}: ${s.name}, ${s.words.business}${where}.`];
      }
    },
    more: (s, page, at) => [
      named(s, "e") && `Da scoprire: ${named(s, "e")}.`,
      at && page !== "home" && `${cap(s.words.goods)} ${at}.`,
      page === "contact"
        ? "Rispondiamo di persona a ogni messaggio."
        : page === "faq"
          ? "Ordini, consegne e pagamenti spiegati."
          : s.sells === "services"
            ? "Scrivici per prenotare."
            : "Ordina online o chiedici prima.",
    ],
  },
};

const KIT_PAGES = ["home", "shop", "about", "contact", "faq"] as const;

function pageKind(target: Target): PageKind {
  if (target.kind === "product") return "product";
  if (target.slug === "") return "home";
  const known = ["shop", "about", "contact", "faq", "services"] as const;
  return known.find((k) => k === target.slug) ?? "other";
}

export function offlineSeo(data: SeoData): SeoOutput {
  const store = readStore(data.site);
  const kit = kitFor(store.language)!;
  const locale = kit.locales.includes(data.site.locale) ? data.site.locale : kit.locales[0]!;
  const s = subjectOf(store.facts, tradeEntry(store.trade), kit, locale);
  s.name = store.name;
  const page = pageKind(data.target);
  const say = PHRASES[store.language];
  const at = s.place ? say.at(s.place) : "";
  const title = data.target.title.trim();
  const finish = (text: string | null | false | undefined) =>
    text ? kit.contract(kit.finish(text.replace(/\s+/g, " ").trim(), locale)) : "";
  const seo = seoStoreOf(store);
  const says = (text: string) => {
    const lower = text.toLowerCase();
    const has = (word: string | null) => !!word && lower.includes(word.toLowerCase());
    return (
      Number(has(s.name)) +
      Number(seo.trade.some(has)) +
      Number(has(s.place)) +
      Number(s.named.some(has))
    );
  };

  const random = createRandom(`seo|${store.name}|${page}|${title}`);
  const heads = titleHeads(kit, s, page, title, say, random);
  // Title tails naming the trade, with the place when known: "Bakery in Lyon", "Bäckerei".
  const trade = [s.words.business, s.words.goods].map(cap);
  const tails = ["", ...(at ? trade.map((t) => `${t} ${at}`) : []), ...trade];
  // One bar per title: a tail after a head that has one follows a dash.
  const titles = heads.flatMap((head) =>
    tails.map((tail) =>
      finish(tail ? `${head}${head.includes("|") ? " – " : " | "}${tail}` : head),
    ),
  );
  const chosenTitle = best(titles, SEO_LIMITS.minTitle, SEO_LIMITS.title, (t) =>
    occurrences(t, s.name) > 1 ? -1 : says(t) + (page === "home" || has(t, title) ? 1 : 0),
  );

  const leads = [
    ...((KIT_PAGES as readonly string[]).includes(page)
      ? kit.seo[page as (typeof KIT_PAGES)[number]].description(s, random)
      : []),
    ...say.lead(s, page, at, title),
    ...ownWords(data.target.text, store),
  ]
    .map(finish)
    .filter(Boolean);
  const extras = say.more(s, page, at).map(finish).filter(Boolean);
  const descriptions = leads.flatMap((lead) => grown(lead, extras));
  const chosenDescription = best(
    descriptions,
    SEO_LIMITS.minDescription,
    SEO_LIMITS.description,
    says,
  );
  return { title: chosenTitle, description: chosenDescription };
}

/** What a title starts with: the kit's titles for its pages, the page's or product's name. */
function titleHeads(
  kit: LanguageKit,
  s: Subject,
  page: PageKind,
  title: string,
  say: Phrases,
  random: Random,
): string[] {
  const own = (KIT_PAGES as readonly string[]).includes(page)
    ? kit.seo[page as (typeof KIT_PAGES)[number]].title(s, random)
    : [];
  const label = page in say.labels ? say.labels[page as keyof Phrases["labels"]] : title;
  return [
    ...own.filter((t): t is string => typeof t === "string" && t.length > 0),
    page === "home" ? s.name : `${label} | ${s.name}`,
    page === "product" || page === "other" ? title : "",
  ].filter(Boolean);
}

/** The page's own first sentences, in the store's language: the merchant's words. */
function ownWords(text: string, store: StoreFacts): string[] {
  const sentences = splitSentences(text.replace(/\s+/g, " ").trim()).filter(
    (sentence) => sentence.length >= 30 && /[.!?]$/.test(sentence),
  );
  const first = sentences[0];
  if (!first) return [];
  const language = detectLanguage(first);
  return language && language !== store.language ? [] : [first];
}

/** A lead alone, then with each extra sentence added in turn. */
function grown(lead: string, extras: readonly string[]): string[] {
  const out = [lead];
  let text = lead;
  for (const extra of extras) {
    if (text.toLowerCase().includes(extra.toLowerCase())) continue;
    text = `${text} ${extra}`;
    out.push(text);
  }
  return out;
}

/**
 * The candidate within [min, max] that scores best (the first written on a tie); when none fits,
 * the longest within `max`, else the shortest cut back to whole words.
 */
function best(
  candidates: readonly string[],
  min: number,
  max: number,
  score: (t: string) => number,
) {
  const unique = [...new Set(candidates.filter(Boolean))];
  const fitting = unique.filter((t) => t.length >= min && t.length <= max);
  if (fitting.length > 0) return fitting.reduce((a, b) => (score(b) > score(a) ? b : a));
  const short = unique.filter((t) => t.length <= max).sort((a, b) => b.length - a.length)[0];
  if (short) return short;
  const shortest = [...unique].sort((a, b) => a.length - b.length)[0] ?? "";
  return wholeWords(shortest, max);
}

/** Cut at the last space within `max`, without a dangling separator. */
function wholeWords(text: string, max: number): string {
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s|:,;–-]+$/u, "");
}

function has(text: string, part: string): boolean {
  return !!part && text.toLowerCase().includes(part.toLowerCase());
}

function occurrences(text: string, name: string): number {
  return name.trim() ? text.toLowerCase().split(name.trim().toLowerCase()).length - 1 : 0;
}

/** "in Lyon", "à Lyon", "en Bretagne", "no Porto": where, as the language says it. */
export function placePhrase(language: TextLanguage, place: string): string {
  return PHRASES[language].at(place);
}
