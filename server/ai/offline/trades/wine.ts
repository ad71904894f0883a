import { traits } from "./traits.ts";
import type { TradeEntry } from "./types.ts";

/** A wine merchant or estate: bottles, cases and tastings. */
export const wine: TradeEntry = {
  id: "wine",
  moods: ["elegant", "warm"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "wine shop",
      businessGender: "m",
      goods: "wines",
      goodsGender: "m",
      craft: "wine",
      makers: "our wine buyers",
    },
    fr: {
      business: "cave à vin",
      businessGender: "f",
      goods: "vins",
      goodsGender: "m",
      craft: "vin",
      makers: "nos cavistes",
    },
    de: {
      business: "Weinhandlung",
      businessGender: "f",
      goods: "Weine",
      goodsGender: "m",
      craft: "Weinbau",
      makers: "unser Weinteam",
    },
    es: {
      business: "vinoteca",
      businessGender: "f",
      goods: "vinos",
      goodsGender: "m",
      craft: "vino",
      makers: "nuestros sumilleres",
    },
    pt: {
      business: "garrafeira",
      businessGender: "f",
      goods: "vinhos",
      goodsGender: "m",
      craft: "vinho",
      makers: "os nossos escanções",
    },
    it: {
      business: "enoteca",
      businessGender: "f",
      goods: "vini",
      goodsGender: "m",
      craft: "vino",
      makers: "i nostri sommelier",
    },
  },
  samples: {
    en: [
      {
        name: "House Red",
        description: "A soft, fruity red for every day, easy with pasta, roasts and cheese.",
        price: [10, 16],
        kind: "product",
        options: [{ name: "Quantity", values: ["Bottle", ["Case of six", 60]] }],
        motif: "bottle",
        traits: traits("en", "alcohol", "red"),
      },
      {
        name: "Sauvignon Blanc",
        description: "Crisp and zesty, with citrus and green notes. Serve well chilled.",
        price: [11, 18],
        kind: "product",
        motif: "bottle",
        traits: traits("en", "alcohol", "white"),
      },
      {
        name: "Dry Rosé",
        description: "Pale, dry and refreshing, made for long lunches and warm evenings.",
        price: [11, 17],
        kind: "product",
        motif: "glass",
        traits: traits("en", "alcohol", "rosé"),
      },
      {
        name: "English Sparkling Wine",
        description:
          "Made in the traditional method, with fine bubbles and a fresh, orchard-fruit finish.",
        price: [28, 45],
        kind: "product",
        motif: "flute",
        traits: traits("en", "alcohol", "sparkling", "white"),
      },
      {
        name: "Mixed Discovery Case",
        description:
          "A hand-picked mix of reds, whites and rosé, with tasting notes for each bottle.",
        price: [70, 140],
        kind: "product",
        options: [{ name: "Style", values: ["Mixed", "Reds only", "Whites only"] }],
        motif: "case",
        traits: traits("en", "alcohol"),
      },
      {
        name: "Tasting Evening",
        description:
          "An evening in the shop tasting a handful of wines side by side, with something to nibble.",
        price: [30, 55],
        kind: "service",
        motif: "grapes",
        traits: traits("en", "alcohol"),
      },
    ],
    fr: [
      {
        name: "Côtes-du-Rhône rouge",
        description:
          "Un rouge gourmand aux notes de fruits noirs et d'épices douces, pour la table de tous les jours.",
        price: [9, 16],
        kind: "product",
        options: [{ name: "Quantité", values: ["La bouteille", ["Le carton de six", 55]] }],
        motif: "bottle",
        traits: traits("fr", "alcohol", "red"),
      },
      {
        name: "Muscadet sur lie",
        description: "Un blanc sec, vif et iodé, parfait avec les huîtres et les fruits de mer.",
        price: [9, 15],
        kind: "product",
        motif: "bottle",
        traits: traits("fr", "alcohol", "white"),
      },
      {
        name: "Rosé de Provence",
        description: "Une robe pâle, une bouche sèche et fraîche : le vin des déjeuners d'été.",
        price: [11, 20],
        kind: "product",
        motif: "glass",
        traits: traits("fr", "alcohol", "rosé"),
      },
      {
        name: "Crémant de Loire",
        description:
          "Des bulles fines élaborées selon la méthode traditionnelle, pour l'apéritif comme pour le dessert.",
        price: [12, 20],
        kind: "product",
        motif: "flute",
        traits: traits("fr", "alcohol", "sparkling"),
      },
      {
        name: "Coffret découverte",
        description:
          "Une sélection de bouteilles choisies par nos cavistes, avec une fiche de dégustation pour chacune.",
        price: [60, 140],
        kind: "product",
        options: [{ name: "Couleur", values: ["Panaché", "Rouges", "Blancs"] }],
        motif: "case",
        traits: traits("fr", "alcohol"),
      },
      {
        name: "Atelier dégustation",
        description:
          "Une soirée à la cave pour goûter plusieurs vins côte à côte, accompagnés de quelques bouchées.",
        price: [30, 55],
        kind: "service",
        motif: "grapes",
        traits: traits("fr", "alcohol"),
      },
    ],
    de: [
      {
        name: "Spätburgunder trocken",
        description:
          "Ein samtiger Rotwein mit Noten von Kirsche und Waldbeeren, zu Wild, Pilzen und Käse.",
        price: [10, 22],
        kind: "product",
        options: [{ name: "Menge", values: ["Flasche", ["Karton mit sechs Flaschen", 70]] }],
        motif: "bottle",
        traits: traits("de", "alcohol", "red"),
      },
      {
        name: "Riesling Kabinett",
        description: "Feinfruchtig und lebendig, mit Apfel, Pfirsich und einer frischen Säure.",
        price: [9, 18],
        kind: "product",
        motif: "bottle",
        traits: traits("de", "alcohol", "white"),
      },
      {
        name: "Grauburgunder",
        description:
          "Ein runder, cremiger Weißwein, der zu Spargel, Fisch und hellem Fleisch passt.",
        price: [9, 16],
        kind: "product",
        motif: "glass",
        traits: traits("de", "alcohol", "white"),
      },
      {
        name: "Winzersekt brut",
        description:
          "In traditioneller Flaschengärung hergestellt, mit feiner Perlage. Zum Anstoßen und zum Essen.",
        price: [14, 26],
        kind: "product",
        motif: "flute",
        traits: traits("de", "alcohol", "sparkling"),
      },
      {
        name: "Probierpaket",
        description:
          "Eine gemischte Auswahl aus Rot, Weiß und Rosé, zu jeder Flasche eine kurze Beschreibung.",
        price: [60, 130],
        kind: "product",
        options: [{ name: "Auswahl", values: ["Gemischt", "Nur Rotwein", "Nur Weißwein"] }],
        motif: "case",
        traits: traits("de", "alcohol"),
      },
      {
        name: "Weinprobe im Laden",
        description:
          "Ein Abend bei uns, an dem mehrere Weine nebeneinander verkostet werden, mit einer kleinen Brotzeit.",
        price: [30, 55],
        kind: "service",
        motif: "grapes",
        traits: traits("de", "alcohol"),
      },
    ],
    es: [
      {
        name: "Rioja crianza",
        description:
          "Un tinto con paso por barrica, de fruta roja madura y notas tostadas. Ideal con asados.",
        price: [9, 18],
        kind: "product",
        options: [{ name: "Cantidad", values: ["Botella", ["Caja de seis", 55]] }],
        motif: "bottle",
        traits: traits("es", "alcohol", "red"),
      },
      {
        name: "Albariño",
        description:
          "Un blanco gallego fresco y aromático, con notas de fruta blanca. Perfecto con marisco.",
        price: [11, 20],
        kind: "product",
        motif: "bottle",
        traits: traits("es", "alcohol", "white"),
      },
      {
        name: "Rosado de Navarra",
        description: "Fresco y afrutado, de color vivo; para el aperitivo y la cocina de verano.",
        price: [7, 13],
        kind: "product",
        motif: "glass",
        traits: traits("es", "alcohol", "rosé"),
      },
      {
        name: "Cava brut nature",
        description:
          "Burbuja fina y boca seca, elaborado por el método tradicional. Para brindar y para comer.",
        price: [9, 20],
        kind: "product",
        motif: "flute",
        traits: traits("es", "alcohol", "sparkling"),
      },
      {
        name: "Caja degustación",
        description:
          "Una selección variada de tintos, blancos y rosados con una ficha de cata para cada botella.",
        price: [55, 120],
        kind: "product",
        options: [{ name: "Selección", values: ["Variada", "Solo tintos", "Solo blancos"] }],
        motif: "case",
        traits: traits("es", "alcohol"),
      },
      {
        name: "Cata guiada",
        description:
          "Una tarde en la tienda probando varios vinos uno junto a otro, con algo para picar.",
        price: [25, 50],
        kind: "service",
        motif: "grapes",
        traits: traits("es", "alcohol"),
      },
    ],
    pt: [
      {
        name: "Tinto do Douro",
        description:
          "Um tinto encorpado, com fruta preta madura e notas de especiarias. Acompanha bem carnes e queijos.",
        price: [9, 20],
        kind: "product",
        options: [{ name: "Quantidade", values: ["Garrafa", ["Caixa de seis", 55]] }],
        motif: "bottle",
        traits: traits("pt", "alcohol", "red"),
      },
      {
        name: "Vinho Verde Alvarinho",
        description: "Fresco, aromático e vivo, com notas de citrinos. Pede peixe grelhado.",
        price: [8, 16],
        kind: "product",
        motif: "bottle",
        traits: traits("pt", "alcohol", "white"),
      },
      {
        name: "Rosé de Lisboa",
        description:
          "Leve e seco, de cor delicada, para os almoços de verão e as tardes na esplanada.",
        price: [7, 13],
        kind: "product",
        motif: "glass",
        traits: traits("pt", "alcohol", "rosé"),
      },
      {
        name: "Espumante da Bairrada",
        description: "Bolha fina e frescura, feito pelo método clássico. Muito bom com leitão.",
        price: [9, 20],
        kind: "product",
        motif: "flute",
        traits: traits("pt", "alcohol", "sparkling"),
      },
      {
        name: "Vinho do Porto Tawny",
        description:
          "Um Porto envelhecido em madeira, com notas de frutos secos e caramelo. Para a sobremesa ou o fim da tarde.",
        price: [15, 40],
        kind: "product",
        motif: "bottle",
        traits: traits("pt", "alcohol", "red"),
      },
      {
        name: "Caixa de descoberta",
        description:
          "Uma seleção de tintos, brancos e rosés escolhidos por nós, com uma nota de prova para cada garrafa.",
        price: [55, 120],
        kind: "product",
        options: [{ name: "Seleção", values: ["Mista", "Só tintos", "Só brancos"] }],
        motif: "case",
        traits: traits("pt", "alcohol"),
      },
      {
        name: "Prova de vinhos",
        description: "Um fim de tarde na loja a provar vários vinhos lado a lado, com petiscos.",
        price: [25, 50],
        kind: "service",
        motif: "grapes",
        traits: traits("pt", "alcohol"),
      },
    ],
    it: [
      {
        name: "Chianti Classico",
        description:
          "Un rosso toscano di ciliegia e viola, con un tannino vivace. Perfetto con la bistecca e i formaggi stagionati.",
        price: [12, 25],
        kind: "product",
        options: [{ name: "Quantità", values: ["Bottiglia", ["Cassa da sei", 70]] }],
        motif: "bottle",
        traits: traits("it", "alcohol", "red"),
      },
      {
        name: "Vermentino",
        description:
          "Un bianco sapido e profumato, di macchia mediterranea e agrumi. Da servire fresco con il pesce.",
        price: [9, 18],
        kind: "product",
        motif: "bottle",
        traits: traits("it", "alcohol", "white"),
      },
      {
        name: "Rosato del Salento",
        description: "Fresco e fruttato, con un bel colore corallo: l'aperitivo dell'estate.",
        price: [8, 15],
        kind: "product",
        motif: "glass",
        traits: traits("it", "alcohol", "rosé"),
      },
      {
        name: "Prosecco Superiore",
        description:
          "Bollicine fini e profumi di mela e fiori bianchi, per brindare e per l'aperitivo.",
        price: [10, 20],
        kind: "product",
        motif: "flute",
        traits: traits("it", "alcohol", "sparkling"),
      },
      {
        name: "Cassetta degustazione",
        description:
          "Una selezione mista di rossi, bianchi e rosati scelti da noi, con una scheda per ogni bottiglia.",
        price: [60, 130],
        kind: "product",
        options: [{ name: "Selezione", values: ["Mista", "Solo rossi", "Solo bianchi"] }],
        motif: "case",
        traits: traits("it", "alcohol"),
      },
      {
        name: "Degustazione guidata",
        description:
          "Una serata in enoteca per assaggiare più vini uno accanto all'altro, con qualche stuzzichino.",
        price: [30, 55],
        kind: "service",
        motif: "grapes",
        traits: traits("it", "alcohol"),
      },
    ],
  },
  motifs: {
    bottle: "M10 2h4v5c2 1 3 2.5 3 5v9H7v-9c0-2.5 1-4 3-5z M7 13h10 M7 18h10",
    glass: "M8 3h8l-.5 6a3.5 3.5 0 0 1-7 0z M12 12.5V20 M8.5 20h7",
    flute: "M10 3h4l-.5 9a1.5 1.5 0 0 1-3 0z M12 13.5V20 M9.5 20h5 M11 6h2",
    case: "M3 9h18v11H3z M3 9l3-4h12l3 4 M9 9v11 M15 9v11",
    grapes:
      "M12 3v3 M12 4c1.5-1.5 3.5-1.5 5 0 M9 8a2 2 0 1 0 .01 0 M15 8a2 2 0 1 0 .01 0 M12 11a2 2 0 1 0 .01 0 M9 14a2 2 0 1 0 .01 0 M15 14a2 2 0 1 0 .01 0 M12 17a2 2 0 1 0 .01 0",
  },
};
