import { OFFLINE_LANGUAGES, type OfflineLanguage } from "../brief/facts.ts";

/**
 * The few words the builder (./build.ts) writes itself rather than taking from the plan: page
 * titles, navigation, footer headings, buttons of the commerce blocks and the services page's
 * price words. They are the same for every store of a language, so they live here as one table
 * for the six languages the offline writer writes, instead of being another thing every plan
 * (offline or model) has to carry. A plan in another language gets the English words, and
 * `labelsFor` says so, so the generation report can tell the merchant.
 *
 * `{price}`, `{year}` and `{site}` are filled later: the first by the builder, the other two by
 * the renderer (the footer's copyright line).
 */
export type StoreLabels = {
  pages: {
    home: string;
    shop: string;
    product: string;
    collection: string;
    about: string;
    contact: string;
    faq: string;
    services: string;
  };
  nav: { shop: string; services: string; about: string; faq: string; contact: string };
  footer: {
    shop: string;
    services: string;
    about: string;
    allProducts: string;
    allServices: string;
    questions: string;
    ourStory: string;
    contact: string;
    copyright: string;
  };
  addToCart: string;
  soldOut: string;
  emptyShop: string;
  form: { name: string; email: string; phone: string; message: string; send: string };
  newsletter: { email: string; privacy: string };
  alsoLike: string;
  readFaq: string;
  contactEyebrow: string;
  stillQuestion: { heading: string; text: string; button: string };
  /** A service's price where it starts: "from {price}". */
  priceFrom: string;
  /** A service the brief names without a price. */
  priceOnRequest: string;
};

const LABELS: Record<OfflineLanguage, StoreLabels> = {
  en: {
    pages: {
      home: "Home",
      shop: "Shop",
      product: "Product",
      collection: "Collection",
      about: "About",
      contact: "Contact",
      faq: "FAQ",
      services: "Services",
    },
    nav: { shop: "Shop", services: "Services", about: "Our story", faq: "FAQ", contact: "Contact" },
    footer: {
      shop: "Shop",
      services: "Services",
      about: "About",
      allProducts: "All products",
      allServices: "All services",
      questions: "Questions",
      ourStory: "Our story",
      contact: "Contact",
      copyright: "© {year} {site}. All rights reserved.",
    },
    addToCart: "Add to cart",
    emptyShop: "New products are on their way. Check back soon.",
    soldOut: "Sold out",
    form: {
      name: "Your name",
      email: "Email address",
      phone: "Phone (optional)",
      message: "How can we help?",
      send: "Send message",
    },
    newsletter: {
      email: "Email address",
      privacy: "We only use your email for this newsletter. Unsubscribe any time.",
    },
    alsoLike: "You might also like",
    readFaq: "Read the FAQ",
    contactEyebrow: "Contact",
    stillQuestion: {
      heading: "Still have a question?",
      text: "Write to us and a real person will reply.",
      button: "Contact us",
    },
    priceFrom: "from {price}",
    priceOnRequest: "On request",
  },
  fr: {
    pages: {
      home: "Accueil",
      shop: "Boutique",
      product: "Produit",
      collection: "Collection",
      about: "À propos",
      contact: "Contact",
      faq: "FAQ",
      services: "Prestations",
    },
    nav: {
      shop: "Boutique",
      services: "Prestations",
      about: "Notre histoire",
      faq: "FAQ",
      contact: "Contact",
    },
    footer: {
      shop: "Boutique",
      services: "Prestations",
      about: "À propos",
      allProducts: "Tous les produits",
      allServices: "Toutes les prestations",
      questions: "Questions fréquentes",
      ourStory: "Notre histoire",
      contact: "Contact",
      copyright: "© {year} {site}. Tous droits réservés.",
    },
    addToCart: "Ajouter au panier",
    emptyShop: "De nouveaux produits arrivent bientôt. Revenez nous voir.",
    soldOut: "Épuisé",
    form: {
      name: "Votre nom",
      email: "Adresse e-mail",
      phone: "Téléphone (facultatif)",
      message: "Comment pouvons-nous vous aider ?",
      send: "Envoyer",
    },
    newsletter: {
      email: "Adresse e-mail",
      privacy: "Votre adresse sert uniquement à cette lettre. Désinscription à tout moment.",
    },
    alsoLike: "Vous aimerez aussi",
    readFaq: "Lire la FAQ",
    contactEyebrow: "Contact",
    stillQuestion: {
      heading: "Une autre question ?",
      text: "Écrivez-nous : une vraie personne vous répondra.",
      button: "Nous écrire",
    },
    priceFrom: "à partir de {price}",
    priceOnRequest: "Sur demande",
  },
  de: {
    pages: {
      home: "Startseite",
      shop: "Shop",
      product: "Produkt",
      collection: "Kollektion",
      about: "Über uns",
      contact: "Kontakt",
      faq: "FAQ",
      services: "Leistungen",
    },
    nav: {
      shop: "Shop",
      services: "Leistungen",
      about: "Über uns",
      faq: "FAQ",
      contact: "Kontakt",
    },
    footer: {
      shop: "Shop",
      services: "Leistungen",
      about: "Über uns",
      allProducts: "Alle Produkte",
      allServices: "Alle Leistungen",
      questions: "Häufige Fragen",
      ourStory: "Unsere Geschichte",
      contact: "Kontakt",
      copyright: "© {year} {site}. Alle Rechte vorbehalten.",
    },
    addToCart: "In den Warenkorb",
    emptyShop: "Neue Produkte sind unterwegs. Schauen Sie bald wieder vorbei.",
    soldOut: "Ausverkauft",
    form: {
      name: "Ihr Name",
      email: "E-Mail-Adresse",
      phone: "Telefon (optional)",
      message: "Wie können wir helfen?",
      send: "Nachricht senden",
    },
    newsletter: {
      email: "E-Mail-Adresse",
      privacy: "Wir nutzen Ihre Adresse nur für diesen Newsletter. Abmeldung jederzeit.",
    },
    alsoLike: "Das könnte Ihnen auch gefallen",
    readFaq: "Zu den FAQ",
    contactEyebrow: "Kontakt",
    stillQuestion: {
      heading: "Noch eine Frage?",
      text: "Schreiben Sie uns, ein Mensch antwortet Ihnen.",
      button: "Kontakt aufnehmen",
    },
    priceFrom: "ab {price}",
    priceOnRequest: "Auf Anfrage",
  },
  es: {
    pages: {
      home: "Inicio",
      shop: "Tienda",
      product: "Producto",
      collection: "Colección",
      about: "Nosotros",
      contact: "Contacto",
      faq: "Preguntas",
      services: "Servicios",
    },
    nav: {
      shop: "Tienda",
      services: "Servicios",
      about: "Nuestra historia",
      faq: "Preguntas",
      contact: "Contacto",
    },
    footer: {
      shop: "Tienda",
      services: "Servicios",
      about: "Nosotros",
      allProducts: "Todos los productos",
      allServices: "Todos los servicios",
      questions: "Preguntas frecuentes",
      ourStory: "Nuestra historia",
      contact: "Contacto",
      copyright: "© {year} {site}. Todos los derechos reservados.",
    },
    addToCart: "Añadir al carrito",
    emptyShop: "Pronto llegarán nuevos productos. Vuelve a visitarnos.",
    soldOut: "Agotado",
    form: {
      name: "Tu nombre",
      email: "Correo electrónico",
      phone: "Teléfono (opcional)",
      message: "¿En qué podemos ayudarte?",
      send: "Enviar mensaje",
    },
    newsletter: {
      email: "Correo electrónico",
      privacy: "Solo usamos tu correo para este boletín. Puedes darte de baja cuando quieras.",
    },
    alsoLike: "También te puede gustar",
    readFaq: "Ver las preguntas",
    contactEyebrow: "Contacto",
    stillQuestion: {
      heading: "¿Tienes otra pregunta?",
      text: "Escríbenos y te responderá una persona de verdad.",
      button: "Escríbenos",
    },
    priceFrom: "desde {price}",
    priceOnRequest: "A consultar",
  },
  pt: {
    pages: {
      home: "Início",
      shop: "Loja",
      product: "Produto",
      collection: "Coleção",
      about: "Sobre nós",
      contact: "Contacto",
      faq: "Perguntas",
      services: "Serviços",
    },
    nav: {
      shop: "Loja",
      services: "Serviços",
      about: "A nossa história",
      faq: "Perguntas",
      contact: "Contacto",
    },
    footer: {
      shop: "Loja",
      services: "Serviços",
      about: "Sobre nós",
      allProducts: "Todos os produtos",
      allServices: "Todos os serviços",
      questions: "Perguntas frequentes",
      ourStory: "A nossa história",
      contact: "Contacto",
      copyright: "© {year} {site}. Todos os direitos reservados.",
    },
    addToCart: "Adicionar ao carrinho",
    emptyShop: "Novos produtos a caminho. Volte em breve.",
    soldOut: "Esgotado",
    form: {
      name: "O seu nome",
      email: "Endereço de e-mail",
      phone: "Telefone (opcional)",
      message: "Como podemos ajudar?",
      send: "Enviar mensagem",
    },
    newsletter: {
      email: "Endereço de e-mail",
      privacy: "Usamos o seu e-mail apenas para esta newsletter. Cancele quando quiser.",
    },
    alsoLike: "Também pode gostar",
    readFaq: "Ver as perguntas",
    contactEyebrow: "Contacto",
    stillQuestion: {
      heading: "Ainda tem uma pergunta?",
      text: "Escreva-nos e uma pessoa real vai responder.",
      button: "Fale connosco",
    },
    priceFrom: "desde {price}",
    priceOnRequest: "Sob consulta",
  },
  it: {
    pages: {
      home: "Home",
      shop: "Negozio",
      product: "Prodotto",
      collection: "Collezione",
      about: "Chi siamo",
      contact: "Contatti",
      faq: "Domande",
      services: "Servizi",
    },
    nav: {
      shop: "Negozio",
      services: "Servizi",
      about: "La nostra storia",
      faq: "Domande",
      contact: "Contatti",
    },
    footer: {
      shop: "Negozio",
      services: "Servizi",
      about: "Chi siamo",
      allProducts: "Tutti i prodotti",
      allServices: "Tutti i servizi",
      questions: "Domande frequenti",
      ourStory: "La nostra storia",
      contact: "Contatti",
      copyright: "© {year} {site}. Tutti i diritti riservati.",
    },
    addToCart: "Aggiungi al carrello",
    emptyShop: "Nuovi prodotti in arrivo. Torna a trovarci presto.",
    soldOut: "Esaurito",
    form: {
      name: "Il tuo nome",
      email: "Indirizzo email",
      phone: "Telefono (facoltativo)",
      message: "Come possiamo aiutarti?",
      send: "Invia messaggio",
    },
    newsletter: {
      email: "Indirizzo email",
      privacy: "Usiamo la tua email solo per questa newsletter. Puoi disiscriverti quando vuoi.",
    },
    alsoLike: "Potrebbe piacerti anche",
    readFaq: "Leggi le domande",
    contactEyebrow: "Contatti",
    stillQuestion: {
      heading: "Hai ancora una domanda?",
      text: "Scrivici e ti risponderà una persona vera.",
      button: "Scrivici",
    },
    priceFrom: "da {price}",
    priceOnRequest: "Su richiesta",
  },
};

/** The builder's words for a plan's language; English (and `fallback: true`) for any other. */
export function labelsFor(language: string): { labels: StoreLabels; fallback: boolean } {
  const known = (OFFLINE_LANGUAGES as readonly string[]).includes(language);
  return { labels: LABELS[known ? (language as OfflineLanguage) : "en"], fallback: !known };
}
