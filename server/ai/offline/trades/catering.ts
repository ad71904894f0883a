import { traits } from "./traits.ts";
import type { TradeEntry } from "./types.ts";

/** A caterer: buffets, receptions and office lunches, all services quoted per event. */
export const catering: TradeEntry = {
  id: "catering",
  moods: ["warm", "elegant"],
  perishable: true,
  madeToOrder: true,
  words: {
    en: {
      business: "catering company",
      businessGender: "f",
      goods: "menus for events",
      goodsGender: "m",
      craft: "catering",
      makers: "our chefs",
    },
    fr: {
      business: "traiteur",
      businessGender: "m",
      goods: "buffets et cocktails",
      goodsGender: "m",
      craft: "métier de traiteur",
      makers: "nos cuisiniers",
    },
    de: {
      business: "Catering",
      businessGender: "n",
      goods: "Buffets und Menüs",
      goodsGender: "n",
      craft: "Catering",
      makers: "unsere Köche",
    },
    es: {
      business: "catering",
      businessGender: "m",
      goods: "menús para eventos",
      goodsGender: "m",
      craft: "cocina para eventos",
      makers: "nuestros cocineros",
    },
    pt: {
      business: "empresa de catering",
      businessGender: "f",
      goods: "menus para eventos",
      goodsGender: "m",
      craft: "catering",
      makers: "os nossos cozinheiros",
    },
    it: {
      business: "catering",
      businessGender: "m",
      goods: "buffet e rinfreschi",
      goodsGender: "m",
      craft: "banqueting",
      makers: "i nostri cuochi",
    },
  },
  samples: {
    en: [
      {
        name: "Buffet for Twenty",
        description:
          "Hot and cold dishes, salads, bread and a dessert table, set up and cleared away by our team.",
        price: [300, 600],
        kind: "service",
        options: [{ name: "Menu", values: ["Classic", ["Vegetarian", 0], ["Premium", 150]] }],
        motif: "platter",
        traits: [],
      },
      {
        name: "Canapé Reception",
        description:
          "Bite-sized savoury and sweet canapés passed round by our staff, for launches and drinks parties.",
        price: [15, 30],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Office Lunch Boxes",
        description:
          "Individual boxes with a main, a side and something sweet, delivered to your door.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Diet", values: ["Standard", "Vegetarian", "Vegan"] }],
        motif: "lunchbox",
        traits: [],
      },
      {
        name: "Wedding Breakfast",
        description:
          "A seated meal for your wedding day, with a menu tasted and chosen with you beforehand.",
        price: [45, 95],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Grazing Table",
        description:
          "A long spread of cheeses, charcuterie, breads, fruit and dips for guests to help themselves.",
        price: [200, 700],
        kind: "service",
        motif: "platter",
        traits: traits("en", "meat", "dairy", "gluten"),
      },
      {
        name: "Drinks Service",
        description:
          "Bar staff, glassware and drinks for your event, with soft options for every guest.",
        price: [150, 600],
        kind: "service",
        motif: "glass",
        traits: traits("en", "alcohol"),
      },
    ],
    fr: [
      {
        name: "Buffet pour 20 personnes",
        description:
          "Entrées, plats chauds et froids, fromages et desserts, installés puis débarrassés par notre équipe.",
        price: [300, 650],
        kind: "service",
        options: [{ name: "Formule", values: ["Classique", "Végétarienne", ["Prestige", 150]] }],
        motif: "platter",
        traits: [],
      },
      {
        name: "Cocktail dînatoire",
        description:
          "Des pièces salées et sucrées servies en salle, pour un repas debout convivial.",
        price: [20, 40],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Plateaux-repas",
        description:
          "Entrée, plat, fromage et dessert dans un plateau individuel, livré au bureau.",
        price: [15, 28],
        kind: "service",
        motif: "lunchbox",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Repas de mariage",
        description:
          "Un dîner servi à table, avec un menu goûté et choisi ensemble avant le grand jour.",
        price: [50, 110],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Pièce montée",
        description:
          "Des choux garnis de crème pâtissière et montés au caramel, pour les baptêmes et les mariages.",
        price: [4, 7],
        kind: "service",
        options: [{ name: "Nombre de choux par personne", values: ["Trois", ["Quatre", 1.5]] }],
        motif: "cloche",
        traits: traits("fr", "gluten", "dairy", "egg"),
      },
      {
        name: "Service des boissons",
        description:
          "Personnel, verrerie et boissons pour votre réception, avec des options sans alcool.",
        price: [150, 600],
        kind: "service",
        motif: "glass",
        traits: traits("fr", "alcohol"),
      },
    ],
    de: [
      {
        name: "Fingerfood-Buffet",
        description:
          "Kleine herzhafte und süße Happen, angerichtet zum Zugreifen, für Empfänge und Feiern.",
        price: [18, 35],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Mittagessen fürs Büro",
        description:
          "Einzeln verpackte Mittagsboxen mit Hauptgericht, Beilage und Dessert, pünktlich geliefert.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Ernährung", values: ["Gemischt", "Vegetarisch", "Vegan"] }],
        motif: "lunchbox",
        traits: [],
      },
      {
        name: "Hochzeitsmenü",
        description:
          "Ein gesetztes Essen für Ihren Hochzeitstag, vorher gemeinsam verkostet und abgestimmt.",
        price: [50, 110],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Grillbuffet",
        description:
          "Steaks, Würstchen und Gemüse vom Grill mit Salaten und Brot, frisch vor Ort zubereitet.",
        price: [25, 45],
        kind: "service",
        motif: "platter",
        traits: traits("de", "meat"),
      },
      {
        name: "Sektempfang",
        description:
          "Sekt, Säfte und kleine Häppchen zur Begrüßung Ihrer Gäste, mit Servicepersonal.",
        price: [10, 22],
        kind: "service",
        motif: "glass",
        traits: traits("de", "alcohol", "sparkling"),
      },
      {
        name: "Kaffee und Kuchen",
        description:
          "Eine Kuchentafel mit Kaffee und Tee für Geburtstage, Taufen und Trauerfeiern.",
        price: [8, 15],
        kind: "service",
        motif: "platter",
        traits: traits("de", "gluten", "dairy", "egg", "caffeine"),
      },
    ],
    es: [
      {
        name: "Cóctel de bienvenida",
        description:
          "Aperitivos fríos y calientes servidos por camareros, para recibir a los invitados.",
        price: [18, 35],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Menú de boda",
        description:
          "Una comida servida en mesa, con un menú que probamos y elegimos juntos antes del día.",
        price: [60, 130],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Bandejas para oficinas",
        description:
          "Bandejas individuales con primero, segundo y postre, entregadas en vuestra oficina.",
        price: [12, 20],
        kind: "service",
        motif: "lunchbox",
        traits: [],
      },
      {
        name: "Paella para grupos",
        description:
          "Cocinada en directo en paelleras grandes, de carne, de marisco o de verduras.",
        price: [12, 22],
        kind: "service",
        options: [{ name: "Tipo", values: ["Valenciana", "Marisco", "Verduras"] }],
        motif: "platter",
        traits: [],
      },
      {
        name: "Mesa dulce",
        description: "Tartas, galletas y dulces decorados a juego con la celebración.",
        price: [150, 500],
        kind: "service",
        motif: "cloche",
        traits: traits("es", "gluten", "dairy", "egg"),
      },
      {
        name: "Servicio de barra",
        description: "Camareros, cristalería y bebidas para tu evento, con opciones sin alcohol.",
        price: [150, 600],
        kind: "service",
        motif: "glass",
        traits: traits("es", "alcohol"),
      },
    ],
    pt: [
      {
        name: "Serviço de buffet",
        description:
          "Entradas, pratos quentes e frios e sobremesas, montados e levantados pela nossa equipa.",
        price: [20, 45],
        kind: "service",
        motif: "platter",
        traits: [],
      },
      {
        name: "Cocktail volante",
        description:
          "Salgados e doces servidos em bandeja pelos nossos empregados, para receções e inaugurações.",
        price: [15, 30],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Menu de casamento",
        description:
          "Um jantar servido à mesa, com um menu provado e escolhido convosco antes do dia.",
        price: [55, 120],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Almoços para empresas",
        description:
          "Caixas individuais com prato, acompanhamento e sobremesa, entregues no escritório.",
        price: [10, 18],
        kind: "service",
        motif: "lunchbox",
        traits: [],
      },
      {
        name: "Leitão para eventos",
        description: "Leitão assado no forno com o seu molho, servido com batata frita e laranja.",
        price: [18, 30],
        kind: "service",
        motif: "platter",
        traits: traits("pt", "meat", "pork"),
      },
      {
        name: "Mesa de doces",
        description:
          "Bolos, doces conventuais e salgadinhos doces, decorados a condizer com a festa.",
        price: [150, 500],
        kind: "service",
        motif: "cloche",
        traits: traits("pt", "gluten", "egg"),
      },
    ],
    it: [
      {
        name: "Buffet per eventi",
        description:
          "Antipasti, primi, secondi e dolci, allestiti e sparecchiati dal nostro staff.",
        price: [25, 55],
        kind: "service",
        motif: "platter",
        traits: [],
      },
      {
        name: "Aperitivo a buffet",
        description: "Stuzzichini, finger food e bevande per inaugurazioni e feste aziendali.",
        price: [15, 30],
        kind: "service",
        motif: "canape",
        traits: [],
      },
      {
        name: "Pranzo di nozze",
        description:
          "Un menu servito al tavolo, assaggiato e scelto insieme prima del grande giorno.",
        price: [60, 140],
        kind: "service",
        motif: "cloche",
        traits: [],
      },
      {
        name: "Pranzi aziendali",
        description: "Box individuali con primo, secondo e dessert, consegnati in ufficio.",
        price: [12, 20],
        kind: "service",
        motif: "lunchbox",
        traits: [],
      },
      {
        name: "Angolo dei dolci",
        description: "Torte, pasticcini e confetti abbinati ai colori della festa.",
        price: [150, 500],
        kind: "service",
        motif: "cloche",
        traits: traits("it", "gluten", "dairy", "egg"),
      },
      {
        name: "Servizio bar",
        description:
          "Personale, bicchieri e bevande per il tuo evento, con alternative analcoliche.",
        price: [150, 600],
        kind: "service",
        motif: "glass",
        traits: traits("it", "alcohol"),
      },
    ],
  },
  motifs: {
    platter: "M3 13c0 3 4 5 9 5s9-2 9-5z M7 13c0-2 1-3 2-3s2 1 2 3 M13 13c0-2 1-3 2-3s2 1 2 3",
    canape: "M4 16h16l-2 3H6z M6 16c0-2 2-3 4-3h4c2 0 4 1 4 3 M12 13V9 M10 7h4",
    lunchbox: "M3 8h18v11H3z M3 12h18 M12 12v7 M9 5h6v3H9z",
    cloche: "M3 17h18 M5 17a7 7 0 0 1 14 0 M12 10V8 M10.5 8h3 M2 20h20",
    glass: "M10 3h4l-.5 9a1.5 1.5 0 0 1-3 0z M12 13.5V20 M9.5 20h5 M11 6h2",
  },
};
