import { traits } from "./traits.ts";
import type { TradeEntry } from "./types.ts";

/** A cheese shop: the cheeses of each country, boards and butter. */
export const cheesemonger: TradeEntry = {
  id: "cheesemonger",
  moods: ["earthy", "warm"],
  perishable: true,
  madeToOrder: false,
  words: {
    en: {
      business: "cheese shop",
      businessGender: "m",
      goods: "cheeses",
      goodsGender: "m",
      craft: "cheese ageing",
      makers: "our cheesemongers",
    },
    fr: {
      business: "fromagerie",
      businessGender: "f",
      goods: "fromages",
      goodsGender: "m",
      craft: "affinage",
      makers: "nos fromagers",
    },
    de: {
      business: "Käserei",
      businessGender: "f",
      goods: "Käsesorten",
      goodsGender: "f",
      craft: "Käsehandwerk",
      makers: "unsere Käsekenner",
    },
    es: {
      business: "quesería",
      businessGender: "f",
      goods: "quesos",
      goodsGender: "m",
      craft: "afinado",
      makers: "nuestros queseros",
    },
    pt: {
      business: "queijaria",
      businessGender: "f",
      goods: "queijos",
      goodsGender: "m",
      craft: "cura de queijos",
      makers: "os nossos queijeiros",
    },
    it: {
      business: "formaggeria",
      businessGender: "f",
      goods: "formaggi",
      goodsGender: "m",
      craft: "stagionatura",
      makers: "i nostri casari",
    },
  },
  samples: {
    en: [
      {
        name: "Mature Cheddar",
        description: "Clothbound and aged until firm, nutty and a little crumbly.",
        price: [6, 24],
        kind: "product",
        options: [{ name: "Weight", values: ["250 g", ["500 g", 6], ["1 kg", 17]] }],
        motif: "wedge",
        traits: traits("en", "dairy"),
      },
      {
        name: "Stilton",
        description:
          "The blue cheese of the English Midlands: creamy, rich and tangy near the rind.",
        price: [7, 26],
        kind: "product",
        options: [{ name: "Weight", values: ["250 g", ["500 g", 7]] }],
        motif: "wedge",
        traits: traits("en", "dairy"),
      },
      {
        name: "Soft Goat's Cheese Log",
        description: "A young, fresh goat's cheese with a light rind, lemony and mild.",
        price: [5, 9],
        kind: "product",
        motif: "wheel",
        traits: traits("en", "dairy"),
      },
      {
        name: "Baby Brie",
        description: "A small whole soft cheese with a bloomy rind that ripens towards the middle.",
        price: [8, 14],
        kind: "product",
        motif: "wheel",
        traits: traits("en", "dairy"),
      },
      {
        name: "Cheeseboard Selection",
        description: "A hard, a soft and a blue, chosen ready to eat, with crackers and chutney.",
        price: [25, 50],
        kind: "product",
        options: [{ name: "Size", values: ["For four", ["For eight", 20]] }],
        motif: "board",
        traits: traits("en", "dairy", "gluten"),
      },
      {
        name: "Cheese Lover's Gift Box",
        description: "A boxed selection of cheeses and accompaniments, wrapped and ready to give.",
        price: [35, 70],
        kind: "product",
        motif: "box",
        traits: traits("en", "dairy"),
      },
    ],
    fr: [
      {
        name: "Comté affiné",
        description:
          "Un fromage de montagne à pâte pressée cuite, fruité et légèrement cristallin avec l'âge.",
        price: [6, 30],
        kind: "product",
        options: [
          { name: "Affinage", values: ["Jeune", ["Vieux", 4]] },
          { name: "Poids", values: ["250 g", ["500 g", 7]] },
        ],
        motif: "wedge",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Camembert de Normandie",
        description:
          "Au lait cru, moulé à la louche, à la croûte fleurie et au cœur coulant quand il est fait.",
        price: [5, 9],
        kind: "product",
        motif: "wheel",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Roquefort",
        description: "Le bleu au lait de brebis affiné en caves, puissant et crémeux.",
        price: [6, 20],
        kind: "product",
        motif: "wedge",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Crottin de Chavignol",
        description:
          "Un petit chèvre du Berry, frais et lactique jeune, plus sec et corsé en vieillissant.",
        price: [3, 6],
        kind: "product",
        motif: "wheel",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Beurre demi-sel à la motte",
        description: "Un beurre de baratte coupé à la motte, avec des cristaux de sel.",
        price: [4, 9],
        kind: "product",
        motif: "box",
        traits: traits("fr", "dairy"),
      },
      {
        name: "Plateau de fromages",
        description:
          "Une pâte dure, une pâte molle, un chèvre et un bleu, choisis à point et prêts à servir.",
        price: [30, 80],
        kind: "product",
        options: [
          { name: "Taille", values: ["Pour quatre", ["Pour huit", 25], ["Pour douze", 45]] },
        ],
        motif: "board",
        traits: traits("fr", "dairy"),
      },
    ],
    de: [
      {
        name: "Allgäuer Bergkäse",
        description:
          "Ein würziger Hartkäse aus Heumilch, lange gereift und mit feinen Salzkristallen.",
        price: [6, 28],
        kind: "product",
        options: [{ name: "Gewicht", values: ["250 g", ["500 g", 6]] }],
        motif: "wedge",
        traits: traits("de", "dairy"),
      },
      {
        name: "Tilsiter",
        description:
          "Ein halbfester Schnittkäse, mild bis kräftig, mit kleinen Löchern. Gut aufs Brot.",
        price: [4, 14],
        kind: "product",
        motif: "wedge",
        traits: traits("de", "dairy"),
      },
      {
        name: "Ziegenfrischkäse",
        description:
          "Jung und cremig, mild und leicht säuerlich. Pur, mit Kräutern oder mit Honig.",
        price: [4, 8],
        kind: "product",
        options: [{ name: "Sorte", values: ["Natur", "Kräuter", "Pfeffer"] }],
        motif: "wheel",
        traits: traits("de", "dairy"),
      },
      {
        name: "Obazda",
        description:
          "Der bayerische Käseaufstrich aus reifem Weichkäse, Butter, Zwiebeln und Paprika. Zur Brezel.",
        price: [4, 8],
        kind: "product",
        motif: "box",
        traits: traits("de", "dairy"),
      },
      {
        name: "Romadur",
        description: "Ein kleiner Rotschmierkäse, weich und aromatisch, mit Charakter.",
        price: [3, 6],
        kind: "product",
        motif: "wheel",
        traits: traits("de", "dairy"),
      },
      {
        name: "Käseplatte",
        description:
          "Hart, weich, blau und frisch: eine Auswahl zum richtigen Zeitpunkt, fertig zum Servieren.",
        price: [30, 75],
        kind: "product",
        options: [{ name: "Größe", values: ["Für vier", ["Für acht", 25]] }],
        motif: "board",
        traits: traits("de", "dairy"),
      },
    ],
    es: [
      {
        name: "Queso manchego curado",
        description:
          "De leche de oveja, firme y sabroso, con el característico dibujo de la pleita en la corteza.",
        price: [8, 35],
        kind: "product",
        options: [{ name: "Formato", values: ["Cuña", ["Medio queso", 15], ["Queso entero", 28]] }],
        motif: "wedge",
        traits: traits("es", "dairy"),
      },
      {
        name: "Torta del Casar",
        description:
          "Un queso extremeño de pasta blanda y cremosa: se abre por arriba y se come a cucharadas.",
        price: [15, 30],
        kind: "product",
        motif: "wheel",
        traits: traits("es", "dairy"),
      },
      {
        name: "Tetilla gallega",
        description: "Suave, mantecoso y ligeramente ácido, con su forma inconfundible.",
        price: [8, 14],
        kind: "product",
        motif: "wheel",
        traits: traits("es", "dairy"),
      },
      {
        name: "Idiazabal ahumado",
        description:
          "Queso vasco de oveja, prensado y ligeramente ahumado. Para el pintxo y la tabla.",
        price: [8, 30],
        kind: "product",
        motif: "wedge",
        traits: traits("es", "dairy"),
      },
      {
        name: "Cabrales",
        description: "El azul asturiano madurado en cueva, intenso y picante.",
        price: [8, 25],
        kind: "product",
        motif: "wedge",
        traits: traits("es", "dairy"),
      },
      {
        name: "Tabla de quesos",
        description:
          "Una selección de quesos curados, cremosos y azules, lista para servir con membrillo.",
        price: [25, 60],
        kind: "product",
        options: [{ name: "Tamaño", values: ["Para cuatro", ["Para ocho", 20]] }],
        motif: "board",
        traits: traits("es", "dairy"),
      },
      {
        name: "Caja regalo quesera",
        description:
          "Quesos de distintas regiones con mermeladas y picos, presentados en una caja de regalo.",
        price: [35, 70],
        kind: "product",
        motif: "box",
        traits: traits("es", "dairy", "gluten"),
      },
    ],
    pt: [
      {
        name: "Queijo Serra da Estrela",
        description:
          "O queijo de ovelha amanteigado da serra: corta-se a tampa e come-se à colher.",
        price: [15, 40],
        kind: "product",
        options: [{ name: "Tamanho", values: ["Pequeno", ["Grande", 20]] }],
        motif: "wheel",
        traits: traits("pt", "dairy"),
      },
      {
        name: "Queijo de Azeitão",
        description:
          "Pequeno queijo de ovelha, cremoso e ligeiramente amargo, coalhado com flor de cardo.",
        price: [6, 12],
        kind: "product",
        motif: "wheel",
        traits: traits("pt", "dairy"),
      },
      {
        name: "Queijo São Jorge",
        description: "O queijo dos Açores de leite de vaca, curado e picante, de pasta firme.",
        price: [7, 30],
        kind: "product",
        options: [{ name: "Formato", values: ["Fatia", ["Meio queijo", 20]] }],
        motif: "wedge",
        traits: traits("pt", "dairy"),
      },
      {
        name: "Requeijão",
        description: "Fresco e delicado, para comer com doce de abóbora ou mel.",
        price: [3, 6],
        kind: "product",
        motif: "box",
        traits: traits("pt", "dairy"),
      },
      {
        name: "Queijo de cabra curado",
        description: "Pasta firme e sabor franco de cabra, mais intenso com o tempo.",
        price: [6, 18],
        kind: "product",
        motif: "wedge",
        traits: traits("pt", "dairy"),
      },
      {
        name: "Tábua de queijos",
        description:
          "Uma seleção de queijos curados e amanteigados, pronta a servir com marmelada e tostas.",
        price: [25, 60],
        kind: "product",
        options: [{ name: "Tamanho", values: ["Para quatro", ["Para oito", 20]] }],
        motif: "board",
        traits: traits("pt", "dairy", "gluten"),
      },
    ],
    it: [
      {
        name: "Parmigiano Reggiano",
        description:
          "Stagionato a lungo, granuloso e friabile, da grattugiare o da mangiare a scaglie.",
        price: [8, 40],
        kind: "product",
        options: [
          { name: "Stagionatura", values: ["Media", ["Lunga", 5]] },
          { name: "Peso", values: ["Trancio piccolo", ["Trancio grande", 15]] },
        ],
        motif: "wedge",
        traits: traits("it", "dairy"),
      },
      {
        name: "Gorgonzola dolce",
        description:
          "Cremoso e morbido, con venature blu delicate. Si scioglie su polenta e gnocchi.",
        price: [5, 16],
        kind: "product",
        motif: "wedge",
        traits: traits("it", "dairy"),
      },
      {
        name: "Pecorino romano",
        description:
          "Di latte di pecora, sapido e deciso: quello della carbonara e della cacio e pepe.",
        price: [6, 25],
        kind: "product",
        motif: "wedge",
        traits: traits("it", "dairy"),
      },
      {
        name: "Mozzarella di bufala",
        description:
          "Fresca, lattiginosa e morbida; va mangiata a temperatura ambiente, nei giorni successivi.",
        price: [4, 10],
        kind: "product",
        options: [{ name: "Formato", values: ["Bocconcini", "Treccia", "Aversana"] }],
        motif: "wheel",
        traits: traits("it", "dairy"),
      },
      {
        name: "Taleggio",
        description: "Un formaggio a crosta lavata, morbido e aromatico, in forma quadrata.",
        price: [5, 18],
        kind: "product",
        motif: "box",
        traits: traits("it", "dairy"),
      },
      {
        name: "Tagliere di formaggi",
        description:
          "Formaggi freschi, stagionati ed erborinati scelti al momento giusto, con mostarda e miele.",
        price: [25, 60],
        kind: "product",
        options: [{ name: "Misura", values: ["Per quattro", ["Per otto", 20]] }],
        motif: "board",
        traits: traits("it", "dairy"),
      },
    ],
  },
  motifs: {
    wedge: "M3 16l16-9 2 4v6H3z M3 16h18 M8 13.5a1 1 0 1 0 .01 0 M14 14.5a1.5 1.5 0 1 0 .01 0",
    wheel: "M3 10c0-2 4-4 9-4s9 2 9 4v5c0 2-4 4-9 4s-9-2-9-4z M3 10c0 2 4 4 9 4s9-2 9-4",
    board: "M3 9h14v8H3z M17 13h4 M6 9l2-3 4 3 M10 13h.01 M13 12h.01",
    box: "M4 10h16v10H4z M3 7h18v3H3z M12 7v13 M12 7c-1.5-3-5-3-5-.5S12 7 12 7s5-3 5-.5S12 7 12 7",
  },
};
