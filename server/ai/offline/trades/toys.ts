import type { TradeEntry } from "./types.ts";

/**
 * Toys: wooden blocks and stackers, soft toys, puzzles, push-along cars and kites, named as each
 * market names them (doudou, Drachen, papagaio). The traits name the material (wood, plush).
 */
export const TOYS: TradeEntry = {
  id: "toys",
  moods: ["playful", "warm", "fresh"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "toy shop",
      businessGender: "n",
      goods: "toys and games",
      goodsGender: "n",
      craft: "play",
      makers: "our team",
    },
    fr: {
      business: "magasin de jouets",
      businessGender: "m",
      goods: "jouets",
      goodsGender: "m",
      craft: "jeu",
      makers: "notre équipe",
    },
    de: {
      business: "Spielwarenladen",
      businessGender: "m",
      goods: "Spielsachen",
      goodsGender: "f",
      craft: "Spielen",
      makers: "unser Team",
    },
    es: {
      business: "juguetería",
      businessGender: "f",
      goods: "juguetes",
      goodsGender: "m",
      craft: "juego",
      makers: "nuestro equipo",
    },
    pt: {
      business: "loja de brinquedos",
      businessGender: "f",
      goods: "brinquedos",
      goodsGender: "m",
      craft: "brincar",
      makers: "a nossa equipa",
    },
    it: {
      business: "negozio di giocattoli",
      businessGender: "m",
      goods: "giocattoli",
      goodsGender: "m",
      craft: "gioco",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Wooden building blocks",
        description:
          "Smooth beech blocks in natural and painted finishes, for towers, bridges and whatever comes next.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood"],
      },
      {
        name: "Soft teddy bear",
        description: "A cuddly bear with a soft plush coat and embroidered eyes.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush"],
      },
      {
        name: "Illustrated jigsaw puzzle",
        description: "A jigsaw for a rainy afternoon, in a sturdy box with the picture on the lid.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Pieces", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Wooden push-along car",
        description: "A chunky car with rubber-rimmed wheels, sized for small hands.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood"],
      },
      {
        name: "Rainbow stacker",
        description: "Nested wooden arches for stacking, balancing and open-ended play.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood"],
      },
      {
        name: "Diamond kite",
        description:
          "A bright kite with a tail and line, for windy days at the park or on the beach.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Wooden train set",
        description:
          "Track pieces, a bridge and a little engine with carriages that link by magnets.",
        price: [35, 70],
        kind: "product",
        motif: "train",
        traits: ["wood"],
      },
    ],
    fr: [
      {
        name: "Cubes en bois",
        description:
          "Des cubes en hêtre, naturels et colorés, pour bâtir des tours, des ponts et tout le reste.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood", "bois"],
      },
      {
        name: "Doudou ours",
        description: "Un ours tout doux aux yeux brodés, compagnon des câlins et des siestes.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush", "peluche"],
      },
      {
        name: "Puzzle illustré",
        description:
          "Un puzzle pour les après-midi pluvieux, dans une boîte solide avec le modèle sur le couvercle.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Pièces", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Voiture à pousser en bois",
        description:
          "Une voiture bien ronde aux roues cerclées de caoutchouc, à la taille des petites mains.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood", "bois"],
      },
      {
        name: "Arc-en-ciel à empiler",
        description:
          "Des arches en bois emboîtées à empiler, équilibrer et détourner au gré de l’imagination.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood", "bois"],
      },
      {
        name: "Cerf-volant",
        description:
          "Un cerf-volant coloré avec sa queue et son fil, pour les jours de vent à la plage ou au parc.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Dînette en bois",
        description:
          "Assiettes, couverts et casseroles en bois, pour jouer à la marchande et au restaurant.",
        price: [25, 45],
        kind: "product",
        motif: "cup",
        traits: ["wood", "bois"],
      },
    ],
    de: [
      {
        name: "Holzbausteine",
        description:
          "Glatte Bausteine aus Buche, natur und farbig, für Türme, Brücken und alles, was danach kommt.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood", "Holz"],
      },
      {
        name: "Kuscheltier Bär",
        description: "Ein weicher Plüschbär mit gestickten Augen, zum Kuscheln und Einschlafen.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush", "Plüsch"],
      },
      {
        name: "Puzzle mit Illustration",
        description:
          "Ein Puzzle für verregnete Nachmittage, in einer stabilen Schachtel mit dem Motiv auf dem Deckel.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Teile", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Holzauto zum Schieben",
        description: "Ein kräftiges Auto mit gummierten Rädern, genau richtig für kleine Hände.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood", "Holz"],
      },
      {
        name: "Stapel-Regenbogen",
        description: "Ineinanderliegende Holzbögen zum Stapeln, Balancieren und freien Spielen.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood", "Holz"],
      },
      {
        name: "Drachen",
        description:
          "Ein bunter Drachen mit Schwanz und Schnur, für windige Herbsttage auf der Wiese.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Laufrad aus Holz",
        description:
          "Mit höhenverstellbarem Sattel, zum Üben des Gleichgewichts vor dem ersten Fahrrad.",
        price: [60, 110],
        kind: "product",
        motif: "balance",
        traits: ["wood", "Holz"],
      },
    ],
    es: [
      {
        name: "Bloques de madera",
        description:
          "Bloques de haya, naturales y de colores, para construir torres, puentes y lo que venga después.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood", "madera"],
      },
      {
        name: "Osito de peluche",
        description: "Un osito suave con ojos bordados, para abrazar a la hora de la siesta.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush", "peluche"],
      },
      {
        name: "Puzle ilustrado",
        description:
          "Un puzle para las tardes de lluvia, en una caja resistente con la imagen en la tapa.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Piezas", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Coche de madera para empujar",
        description: "Un coche robusto con ruedas de goma, a la medida de manos pequeñas.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood", "madera"],
      },
      {
        name: "Arcoíris apilable",
        description: "Arcos de madera encajados para apilar, equilibrar y jugar libremente.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood", "madera"],
      },
      {
        name: "Cometa",
        description:
          "Una cometa de colores con cola e hilo, para los días de viento en la playa o el parque.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Muñeca de trapo",
        description:
          "Una muñeca de tela cosida, con vestido y pelo de lana, para abrazar y vestir.",
        price: [20, 40],
        kind: "product",
        motif: "doll",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Blocos de madeira",
        description:
          "Blocos de faia, naturais e coloridos, para construir torres, pontes e o que vier a seguir.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood", "madeira"],
      },
      {
        name: "Urso de peluche",
        description: "Um urso macio com olhos bordados, para abraçar na hora da sesta.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush", "peluche"],
      },
      {
        name: "Puzzle ilustrado",
        description:
          "Um puzzle para as tardes de chuva, numa caixa resistente com a imagem na tampa.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Peças", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Carro de madeira para empurrar",
        description: "Um carro robusto com rodas de borracha, à medida das mãos pequenas.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood", "madeira"],
      },
      {
        name: "Arco-íris de empilhar",
        description: "Arcos de madeira encaixados para empilhar, equilibrar e brincar livremente.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood", "madeira"],
      },
      {
        name: "Papagaio de papel",
        description:
          "Um papagaio colorido com cauda e fio, para os dias de vento na praia ou no jardim.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Pião de madeira",
        description: "Um pião clássico com fio, para aprender a lançar e a pôr a rodar.",
        price: [6, 12],
        kind: "product",
        motif: "top",
        traits: ["wood", "madeira"],
      },
    ],
    it: [
      {
        name: "Costruzioni in legno",
        description:
          "Blocchi in faggio, naturali e colorati, per torri, ponti e tutto quello che viene dopo.",
        price: [25, 45],
        kind: "product",
        motif: "blocks",
        traits: ["wood", "legno"],
      },
      {
        name: "Orsetto di peluche",
        description: "Un orsetto morbidissimo con occhi ricamati, da coccolare prima della nanna.",
        price: [18, 35],
        kind: "product",
        motif: "teddy",
        traits: ["plush", "peluche"],
      },
      {
        name: "Puzzle illustrato",
        description:
          "Un puzzle per i pomeriggi di pioggia, in una scatola robusta con l’immagine sul coperchio.",
        price: [15, 25],
        kind: "product",
        options: [{ name: "Pezzi", values: ["500", ["1000", 5]] }],
        motif: "puzzle",
        traits: [],
      },
      {
        name: "Macchinina in legno da spingere",
        description: "Una macchinina robusta con ruote gommate, a misura di mani piccole.",
        price: [15, 25],
        kind: "product",
        motif: "car",
        traits: ["wood", "legno"],
      },
      {
        name: "Arcobaleno impilabile",
        description: "Archi in legno a incastro da impilare, bilanciare e usare nel gioco libero.",
        price: [30, 50],
        kind: "product",
        motif: "rainbow",
        traits: ["wood", "legno"],
      },
      {
        name: "Aquilone",
        description:
          "Un aquilone colorato con coda e filo, per le giornate di vento al mare o al parco.",
        price: [15, 30],
        kind: "product",
        motif: "kite",
        traits: [],
      },
      {
        name: "Tombola delle feste",
        description:
          "Cartelle, numeri da estrarre e un tabellone, per giocare tutti insieme durante le feste.",
        price: [12, 25],
        kind: "product",
        motif: "tombola",
        traits: [],
      },
    ],
  },
  motifs: {
    blocks: "M4 14h7v6H4z M13 14h7v6h-7z M8.5 8h7v6h-7z",
    teddy:
      "M12 5a4 4 0 1 0 .01 0 M8 4a2 2 0 1 0 .01 0 M16 4a2 2 0 1 0 .01 0 M7 21c0-5 2-8 5-8s5 3 5 8z M10.5 8.5h.01 M13.5 8.5h.01",
    puzzle: "M4 4h6a2 2 0 1 1 4 0h6v6a2 2 0 1 0 0 4v6h-6a2 2 0 1 0-4 0H4v-6a2 2 0 1 1 0-4z",
    car: "M3 15l2-5h10l3 5h3v3H3z M7 18a2 2 0 1 0 .01 0 M17 18a2 2 0 1 0 .01 0 M8 10v5",
    rainbow: "M3 19a9 9 0 0 1 18 0 M6 19a6 6 0 0 1 12 0 M9 19a3 3 0 0 1 6 0 M3 19h18",
    kite: "M12 2l6 7-6 9-6-9z M6 9h12 M12 2v16 M12 18c-1 2 1 2 0 4",
    train:
      "M3 16h18 M4 10h7v6H4z M6 10V6h3v4 M13 12h7v4h-7 M6 18.5a1.5 1.5 0 1 0 .01 0 M16 18.5a1.5 1.5 0 1 0 .01 0",
    cup: "M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z M16 10h2a2 2 0 0 1 0 4h-2 M3 21h16",
    balance: "M6 15a3 3 0 1 0 .01 0 M18 15a3 3 0 1 0 .01 0 M6 18l5-8h5l2 8 M9 10h4 M16 10l1-4h2",
    doll: "M12 3a3 3 0 1 0 .01 0 M8 21l1-9h6l1 9z M9 12l-4 3 M15 12l4 3",
    top: "M4 9c0-2 4-3 8-3s8 1 8 3l-8 12z M12 3v3",
    tombola: "M4 6h16v12H4z M8 6v12 M12 6v12 M16 6v12 M4 12h16",
  },
};
