import type { TradeEntry } from "./types.ts";

/**
 * Games and hobbies: board and card games in each market's categories (jeu d’ambiance,
 * Kennerspiel), role-playing dice, chess, model kits and miniature paints. The traits name the
 * kind of game and the material.
 */
export const GAMES_HOBBIES: TradeEntry = {
  id: "games-hobbies",
  moods: ["playful", "bold", "warm"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "games and hobby shop",
      businessGender: "n",
      goods: "games and hobby supplies",
      goodsGender: "n",
      craft: "gaming and model making",
      makers: "our team",
    },
    fr: {
      business: "boutique de jeux",
      businessGender: "f",
      goods: "jeux et loisirs",
      goodsGender: "m",
      craft: "jeu",
      makers: "notre équipe",
    },
    de: {
      business: "Spiele- und Hobbyladen",
      businessGender: "m",
      goods: "Spiele und Hobbybedarf",
      goodsGender: "n",
      craft: "Spielen und Modellbau",
      makers: "unser Team",
    },
    es: {
      business: "tienda de juegos y hobbies",
      businessGender: "f",
      goods: "juegos y modelismo",
      goodsGender: "m",
      craft: "juego",
      makers: "nuestro equipo",
    },
    pt: {
      business: "loja de jogos e hobbies",
      businessGender: "f",
      goods: "jogos e modelismo",
      goodsGender: "m",
      craft: "jogo",
      makers: "a nossa equipa",
    },
    it: {
      business: "negozio di giochi e hobby",
      businessGender: "m",
      goods: "giochi e modellismo",
      goodsGender: "m",
      craft: "gioco",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Family board game",
        description:
          "A quick-to-learn game for the whole family, with bright pieces and rounds that fit before bedtime.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family"],
      },
      {
        name: "Strategy board game",
        description:
          "A deeper game of planning and trade-offs, for long evenings around the table.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy"],
      },
      {
        name: "Party card game",
        description:
          "Fast rounds, simple rules and plenty of laughter, for game nights with friends.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party"],
      },
      {
        name: "Polyhedral dice set",
        description: "A set of dice for tabletop role-playing games, in a drawstring pouch.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Colour", values: ["Pearl", "Smoke", "Emerald"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Folding wooden chess set",
        description: "A folding wooden board with weighted pieces that store inside.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood"],
      },
      {
        name: "Plastic model aircraft kit",
        description:
          "A detailed kit to build, glue and paint, with decals and illustrated instructions.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic"],
      },
      {
        name: "Miniature paint set",
        description:
          "Water-based acrylic paints in dropper bottles, with a fine brush for painting figures.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
    fr: [
      {
        name: "Jeu de société familial",
        description:
          "Un jeu vite appris pour toute la famille, avec des pièces colorées et des parties qui tiennent avant le dîner.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family", "famille"],
      },
      {
        name: "Jeu de stratégie",
        description:
          "Un jeu plus profond, fait de choix et de planification, pour les longues soirées autour de la table.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy", "stratégie"],
      },
      {
        name: "Jeu d’ambiance",
        description:
          "Des manches rapides, des règles simples et des éclats de rire, pour les soirées entre amis.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party", "ambiance"],
      },
      {
        name: "Set de dés pour jeu de rôle",
        description:
          "Des dés polyédriques pour le jeu de rôle sur table, dans une bourse en tissu.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Couleur", values: ["Nacré", "Fumé", "Émeraude"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Échiquier pliant en bois",
        description:
          "Un plateau en bois pliant, avec des pièces lestées qui se rangent à l’intérieur.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood", "bois"],
      },
      {
        name: "Maquette d’avion à monter",
        description:
          "Une maquette plastique détaillée à assembler, coller et peindre, avec décalcomanies et notice illustrée.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic", "plastique"],
      },
      {
        name: "Coffret de peintures pour figurines",
        description:
          "Des peintures acryliques à l’eau en flacons compte-gouttes, avec un pinceau fin.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
    de: [
      {
        name: "Familienspiel",
        description:
          "Schnell erklärt, mit bunten Spielfiguren und Runden, die vor dem Abendessen passen.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family", "Familie"],
      },
      {
        name: "Kennerspiel",
        description:
          "Ein tiefgründigeres Spiel voller Planung und Abwägungen, für lange Spieleabende.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy", "Strategie"],
      },
      {
        name: "Partyspiel mit Karten",
        description:
          "Schnelle Runden, einfache Regeln und viel Gelächter, für Spieleabende mit Freunden.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party", "Party"],
      },
      {
        name: "Würfelset für Rollenspiele",
        description: "Polyedrische Würfel für Pen-and-Paper-Rollenspiele, in einem Stoffbeutel.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Farbe", values: ["Perlmutt", "Rauch", "Smaragd"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Klappschach aus Holz",
        description: "Ein klappbares Holzbrett mit beschwerten Figuren, die innen Platz finden.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood", "Holz"],
      },
      {
        name: "Flugzeug-Modellbausatz",
        description:
          "Ein detailreicher Plastikbausatz zum Bauen, Kleben und Bemalen, mit Decals und bebilderter Anleitung.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic", "Kunststoff"],
      },
      {
        name: "Farbset für Miniaturen",
        description: "Acrylfarben auf Wasserbasis in Tropfflaschen, mit einem feinen Pinsel.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
    es: [
      {
        name: "Juego de mesa familiar",
        description:
          "Se aprende en un momento, con piezas de colores y partidas cortas para jugar en familia.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family", "familiar"],
      },
      {
        name: "Juego de estrategia",
        description:
          "Un juego más profundo, de planificación y decisiones, para tardes largas alrededor de la mesa.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy", "estrategia"],
      },
      {
        name: "Juego de cartas para fiestas",
        description: "Rondas rápidas, reglas sencillas y muchas risas, para las noches con amigos.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party", "fiesta"],
      },
      {
        name: "Set de dados de rol",
        description: "Dados poliédricos para juegos de rol de mesa, en una bolsita de tela.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Color", values: ["Nacarado", "Ahumado", "Esmeralda"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Ajedrez plegable de madera",
        description: "Un tablero de madera plegable con piezas lastradas que se guardan dentro.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood", "madera"],
      },
      {
        name: "Maqueta de avión para montar",
        description:
          "Una maqueta de plástico detallada para montar, pegar y pintar, con calcas e instrucciones ilustradas.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic", "plástico"],
      },
      {
        name: "Set de pinturas para miniaturas",
        description: "Pinturas acrílicas al agua en botes cuentagotas, con un pincel fino.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Jogo de tabuleiro para a família",
        description:
          "Aprende-se num instante, com peças coloridas e partidas que cabem antes do jantar.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family", "família"],
      },
      {
        name: "Jogo de estratégia",
        description:
          "Um jogo mais profundo, feito de planeamento e escolhas, para serões longos à volta da mesa.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy", "estratégia"],
      },
      {
        name: "Jogo de cartas para festas",
        description:
          "Rondas rápidas, regras simples e muitas gargalhadas, para noites entre amigos.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party", "festa"],
      },
      {
        name: "Conjunto de dados de RPG",
        description: "Dados poliédricos para jogos de RPG de mesa, numa bolsinha de pano.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Cor", values: ["Nacarado", "Fumado", "Esmeralda"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Xadrez dobrável em madeira",
        description: "Um tabuleiro de madeira dobrável com peças pesadas que se arrumam lá dentro.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood", "madeira"],
      },
      {
        name: "Kit de modelismo de avião",
        description:
          "Um kit de plástico detalhado para montar, colar e pintar, com decalques e instruções ilustradas.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic", "plástico"],
      },
      {
        name: "Conjunto de tintas para miniaturas",
        description: "Tintas acrílicas de base aquosa em frascos conta-gotas, com um pincel fino.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
    it: [
      {
        name: "Gioco da tavolo per famiglie",
        description:
          "Si impara in un attimo, con pedine colorate e partite che stanno prima di cena.",
        price: [20, 35],
        kind: "product",
        motif: "meeple",
        traits: ["family", "famiglia"],
      },
      {
        name: "Gioco di strategia",
        description:
          "Un gioco più profondo, fatto di pianificazione e scelte, per le lunghe serate attorno al tavolo.",
        price: [35, 60],
        kind: "product",
        motif: "board",
        traits: ["strategy", "strategia"],
      },
      {
        name: "Party game di carte",
        description: "Round veloci, regole semplici e tante risate, per le serate tra amici.",
        price: [12, 20],
        kind: "product",
        motif: "cards",
        traits: ["party", "party"],
      },
      {
        name: "Set di dadi per giochi di ruolo",
        description: "Dadi poliedrici per giochi di ruolo da tavolo, in un sacchetto di stoffa.",
        price: [10, 20],
        kind: "product",
        options: [{ name: "Colore", values: ["Perlato", "Fumé", "Smeraldo"] }],
        motif: "dice",
        traits: [],
      },
      {
        name: "Scacchiera pieghevole in legno",
        description:
          "Una scacchiera in legno pieghevole con pezzi zavorrati che si ripongono all’interno.",
        price: [40, 90],
        kind: "product",
        motif: "chess",
        traits: ["wood", "legno"],
      },
      {
        name: "Modellino di aereo da montare",
        description:
          "Un kit in plastica dettagliato da assemblare, incollare e dipingere, con decal e istruzioni illustrate.",
        price: [20, 45],
        kind: "product",
        motif: "kit",
        traits: ["plastic", "plastica"],
      },
      {
        name: "Set di colori per miniature",
        description: "Colori acrilici all’acqua in flaconi contagocce, con un pennello fine.",
        price: [20, 35],
        kind: "product",
        motif: "paint",
        traits: [],
      },
    ],
  },
  motifs: {
    meeple:
      "M12 3a2.5 2.5 0 1 0 .01 0 M9.5 8c-3 0-6 1-6 3 0 1 2 1.5 4 1.5L5 20h5l2-3 2 3h5l-2.5-7.5c2 0 4-.5 4-1.5 0-2-3-3-6-3z",
    board: "M3 3h18v18H3z M3 9h18 M3 15h18 M9 3v18 M15 3v18",
    cards: "M3 7l7-2 4 13-7 2z M13 4h7v15h-4",
    dice: "M4 4h16v16H4z M8 8h.01 M16 8h.01 M12 12h.01 M8 16h.01 M16 16h.01",
    chess: "M7 20h10 M8 20v-3h8v3 M9 17c0-3 3-4 3-7l-4 1-1-2 4-5c3 0 6 3 5 8l-1 5",
    kit: "M3 5h18v14H3z M3 12h18 M8 5v14 M16 5v14 M5.5 8.5h.01 M12 7a1.5 1.5 0 1 0 .01 0",
    paint: "M4 11h10v9H4z M3 9h12v2H3z M15 12l5-9 M15 12l-1 3 2.5-2",
  },
};
