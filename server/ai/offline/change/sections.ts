import type { ChangeSectionKind } from "../../tasks.ts";
import { capitalise } from "../copy.ts";
import type { RequestLanguage } from "./words.ts";

/**
 * The words of a section the offline planner adds, written for each of the six offline languages
 * (a page in another language needs a model). Nothing here states a fact about the business: an
 * FAQ about a topic invites the question rather than answering it.
 */
type Words = (topic: string | null, storeName: string) => Record<string, unknown> | null;

const EN: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Questions about ${topic}` : "Questions, answered",
    items: [
      {
        question: topic
          ? `What should I know about ${topic}?`
          : "Have a question before you order?",
        answer: topic
          ? `Write to us about ${topic} before you order and we will answer you personally, with the details of each item.`
          : "Write to us before you order and we will answer you personally.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `News from ${name}`.slice(0, 120),
    text: "New arrivals and news from the shop, now and then. No spam.",
    emailLabel: "Email address",
    buttonLabel: "Subscribe",
    successMessage: "Thank you! Check your inbox to confirm your subscription.",
    privacyNote: "We only use your email for this newsletter. Unsubscribe any time.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "A closer look" }),
};

const FR: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Vos questions sur ${topic}` : "Vos questions",
    items: [
      {
        question: topic ? `Que faut-il savoir sur ${topic} ?` : "Une question avant de commander ?",
        answer: topic
          ? `Écrivez-nous au sujet de ${topic} avant de commander : nous vous répondrons personnellement, avec le détail de chaque article.`
          : "Écrivez-nous avant de commander : nous vous répondrons personnellement.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `Des nouvelles de ${name}`.slice(0, 120),
    text: "Nos nouveautés et nos actualités, de temps en temps. Jamais de spam.",
    emailLabel: "Adresse e-mail",
    buttonLabel: "S'abonner",
    successMessage: "Merci ! Vérifiez votre boîte mail pour confirmer votre inscription.",
    privacyNote: "Votre adresse ne sert qu'à cette lettre. Désabonnement à tout moment.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "En images" }),
};

const DE: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Fragen zu ${topic}` : "Ihre Fragen",
    items: [
      {
        question: topic ? `Was sollte ich zu ${topic} wissen?` : "Eine Frage vor der Bestellung?",
        answer: topic
          ? `Schreiben Sie uns vor Ihrer Bestellung zu ${topic}: Wir antworten Ihnen persönlich, mit den Einzelheiten zu jedem Artikel.`
          : "Schreiben Sie uns vor Ihrer Bestellung: Wir antworten Ihnen persönlich.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `Neues von ${name}`.slice(0, 120),
    text: "Neuheiten und Neuigkeiten aus dem Laden, ab und zu. Kein Spam.",
    emailLabel: "E-Mail-Adresse",
    buttonLabel: "Abonnieren",
    successMessage: "Danke! Bitte bestätigen Sie Ihr Abonnement mit dem Link in Ihrem Postfach.",
    privacyNote: "Wir nutzen Ihre Adresse nur für diesen Newsletter. Abmelden geht jederzeit.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "Einblicke" }),
};

const ES: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Preguntas sobre ${topic}` : "Tus preguntas",
    items: [
      {
        question: topic
          ? `¿Qué debo saber sobre ${topic}?`
          : "¿Tienes alguna pregunta antes de hacer tu pedido?",
        answer: topic
          ? `Escríbenos sobre ${topic} antes de hacer tu pedido y te responderemos personalmente, con los detalles de cada artículo.`
          : "Escríbenos antes de hacer tu pedido y te responderemos personalmente.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `Novedades de ${name}`.slice(0, 120),
    text: "Novedades y noticias de la tienda, de vez en cuando. Sin spam.",
    emailLabel: "Correo electrónico",
    buttonLabel: "Suscribirme",
    successMessage: "¡Gracias! Revisa tu bandeja de entrada para confirmar tu suscripción.",
    privacyNote: "Solo usamos tu correo para este boletín. Puedes darte de baja cuando quieras.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "Más de cerca" }),
};

const PT: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Perguntas sobre ${topic}` : "Perguntas frequentes",
    items: [
      {
        question: topic
          ? `O que devo saber sobre ${topic}?`
          : "Tem alguma pergunta antes de encomendar?",
        answer: topic
          ? `Escreva-nos sobre ${topic} antes de encomendar e responderemos pessoalmente, com os detalhes de cada artigo.`
          : "Escreva-nos antes de encomendar e responderemos pessoalmente.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `Novidades de ${name}`.slice(0, 120),
    text: "Novidades e notícias da loja, de vez em quando. Sem spam.",
    emailLabel: "Endereço de e-mail",
    buttonLabel: "Subscrever",
    successMessage: "Obrigado! Confirme a sua subscrição no e-mail que acabámos de enviar.",
    privacyNote: "Só usamos o seu e-mail para esta newsletter. Pode cancelar quando quiser.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "Mais de perto" }),
};

const IT: Partial<Record<ChangeSectionKind, Words>> = {
  faq: (topic) => ({
    heading: topic ? `Domande su ${topic}` : "Le tue domande",
    items: [
      {
        question: topic ? `Cosa devo sapere su ${topic}?` : "Una domanda prima di ordinare?",
        answer: topic
          ? `Scrivici a proposito di ${topic} prima di ordinare: ti risponderemo personalmente, con i dettagli di ogni articolo.`
          : "Scrivici prima di ordinare: ti risponderemo personalmente.",
      },
    ],
  }),
  newsletter: (_topic, name) => ({
    heading: `Novità da ${name}`.slice(0, 120),
    text: "Novità e notizie dal negozio, ogni tanto. Niente spam.",
    emailLabel: "Indirizzo email",
    buttonLabel: "Iscriviti",
    successMessage: "Grazie! Controlla la tua casella di posta per confermare l'iscrizione.",
    privacyNote: "Usiamo la tua email solo per questa newsletter. Puoi cancellarti quando vuoi.",
  }),
  gallery: (topic) => ({ heading: topic ? capitalise(topic) : "Da vicino" }),
};

const WORDS: Record<string, Partial<Record<ChangeSectionKind, Words>>> = {
  en: EN,
  fr: FR,
  de: DE,
  es: ES,
  pt: PT,
  it: IT,
};

/**
 * Props of a new section of `kind` in the page's language, or null when the built-in writer
 * cannot write one (another kind, or a language without words: a model writes those).
 */
export function sectionProps(
  kind: ChangeSectionKind,
  pageLanguage: string,
  topic: string | null,
  storeName: string,
): Record<string, unknown> | null {
  const words = WORDS[pageLanguage]?.[kind];
  return words ? words(topic, storeName) : null;
}

/** How a section kind is named to the merchant, in the six languages. */
const SECTION_NAMES: Record<string, Record<RequestLanguage, string>> = {
  faq: {
    en: "FAQ",
    fr: "FAQ",
    de: "FAQ",
    es: "preguntas frecuentes",
    pt: "perguntas frequentes",
    it: "FAQ",
  },
  newsletter: {
    en: "newsletter",
    fr: "newsletter",
    de: "Newsletter",
    es: "boletín",
    pt: "newsletter",
    it: "newsletter",
  },
  gallery: {
    en: "gallery",
    fr: "galerie",
    de: "Galerie",
    es: "galería",
    pt: "galeria",
    it: "galleria",
  },
  testimonials: {
    en: "testimonials",
    fr: "témoignages",
    de: "Kundenstimmen",
    es: "testimonios",
    pt: "depoimentos",
    it: "testimonianze",
  },
  stats: { en: "numbers", fr: "chiffres", de: "Zahlen", es: "cifras", pt: "números", it: "numeri" },
  features: {
    en: "highlights",
    fr: "points forts",
    de: "Vorteile",
    es: "ventajas",
    pt: "vantagens",
    it: "punti di forza",
  },
  "cta-banner": {
    en: "call to action",
    fr: "appel à l'action",
    de: "Handlungsaufruf",
    es: "llamada a la acción",
    pt: "chamada para ação",
    it: "invito all'azione",
  },
  "announcement-bar": {
    en: "announcement",
    fr: "annonce",
    de: "Ankündigung",
    es: "anuncio",
    pt: "anúncio",
    it: "annuncio",
  },
  video: { en: "video", fr: "vidéo", de: "Video", es: "vídeo", pt: "vídeo", it: "video" },
  "logo-cloud": {
    en: "logos",
    fr: "logos",
    de: "Logos",
    es: "logotipos",
    pt: "logótipos",
    it: "loghi",
  },
  "pricing-table": {
    en: "pricing",
    fr: "tarifs",
    de: "Preise",
    es: "precios",
    pt: "preços",
    it: "prezzi",
  },
  "contact-form": {
    en: "contact form",
    fr: "formulaire de contact",
    de: "Kontaktformular",
    es: "formulario de contacto",
    pt: "formulário de contacto",
    it: "modulo di contatto",
  },
  hero: { en: "hero", fr: "hero", de: "Hero", es: "hero", pt: "hero", it: "hero" },
};

export function sectionName(kind: string, language: RequestLanguage): string {
  return SECTION_NAMES[kind]?.[language] ?? kind;
}
