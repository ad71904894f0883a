import type { TradeEntry } from "./types.ts";

/**
 * Records and music: new and second-hand vinyl, singles, turntables and care accessories, with
 * each market's own shelf (chanson, Krautrock, flamenco, fado, cantautori). The traits name the
 * genre and whether a record is new or used.
 */
export const RECORDS: TradeEntry = {
  id: "records",
  moods: ["bold", "warm", "minimal"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "record shop",
      businessGender: "n",
      goods: "records",
      goodsGender: "n",
      craft: "music",
      makers: "our team",
    },
    fr: {
      business: "disquaire",
      businessGender: "m",
      goods: "disques",
      goodsGender: "m",
      craft: "musique",
      makers: "notre équipe",
    },
    de: {
      business: "Plattenladen",
      businessGender: "m",
      goods: "Schallplatten",
      goodsGender: "f",
      craft: "Musik",
      makers: "unser Team",
    },
    es: {
      business: "tienda de discos",
      businessGender: "f",
      goods: "discos",
      goodsGender: "m",
      craft: "música",
      makers: "nuestro equipo",
    },
    pt: {
      business: "loja de discos",
      businessGender: "f",
      goods: "discos",
      goodsGender: "m",
      craft: "música",
      makers: "a nossa equipa",
    },
    it: {
      business: "negozio di dischi",
      businessGender: "m",
      goods: "dischi",
      goodsGender: "m",
      craft: "musica",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Jazz LP reissue",
        description:
          "A jazz album pressed on heavyweight vinyl, in a gatefold sleeve with the original artwork.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "new"],
      },
      {
        name: "Used vinyl LP, hand-graded",
        description:
          "A second-hand record, cleaned and graded by hand, with the sleeve’s condition noted.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used"],
      },
      {
        name: "7-inch single",
        description: "An A-side and a B-side, in a printed picture sleeve.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Belt-drive turntable",
        description: "A simple turntable with a built-in preamp, ready for powered speakers.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Record cleaning kit",
        description:
          "A carbon-fibre brush, cleaning fluid and a microfibre cloth, for lifting dust before each play.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Anti-static inner sleeves",
        description: "Soft, lined inner sleeves to keep records protected inside their covers.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Pack", values: ["25", ["50", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Cassette album",
        description: "New music on tape, for personal stereos, car decks and collectors.",
        price: [8, 12],
        kind: "product",
        motif: "cassette",
        traits: ["cassette"],
      },
    ],
    fr: [
      {
        name: "Réédition jazz en vinyle",
        description:
          "Un album de jazz pressé sur vinyle épais, pochette ouvrante et visuel d’origine.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "jazz", "new", "neuf"],
      },
      {
        name: "Vinyle d’occasion",
        description:
          "Un album de seconde main, nettoyé et évalué à la main, avec l’état de la pochette précisé.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used", "occasion"],
      },
      {
        name: "45 tours",
        description: "Une face A, une face B, dans une pochette illustrée.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Platine vinyle à courroie",
        description:
          "Une platine simple avec préampli intégré, prête à brancher sur des enceintes actives.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Kit de nettoyage pour vinyles",
        description:
          "Brosse en fibre de carbone, liquide de nettoyage et chiffon microfibre, pour retirer la poussière avant chaque écoute.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Sous-pochettes antistatiques",
        description:
          "Des sous-pochettes doublées et douces, pour garder les disques à l’abri dans leur pochette.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Lot", values: ["25", ["50", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Chanson française en vinyle",
        description:
          "Un album de chanson française sur vinyle, à écouter en entier, face après face.",
        price: [22, 32],
        kind: "product",
        motif: "vinyl",
        traits: ["new", "neuf", "chanson", "chanson"],
      },
    ],
    de: [
      {
        name: "Jazz-Reissue auf Vinyl",
        description:
          "Ein Jazzalbum auf schwerem Vinyl, im Klappcover mit dem ursprünglichen Artwork.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "Jazz", "new", "neu"],
      },
      {
        name: "Gebrauchte LP",
        description:
          "Eine Platte aus zweiter Hand, von Hand gereinigt und bewertet, mit Angaben zum Zustand des Covers.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used", "gebraucht"],
      },
      {
        name: "Vinyl-Single",
        description: "A-Seite und B-Seite, in einer bedruckten Bildhülle.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Plattenspieler mit Riemenantrieb",
        description:
          "Ein schlichter Plattenspieler mit integriertem Vorverstärker, bereit für Aktivlautsprecher.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Plattenreinigungsset",
        description:
          "Carbonbürste, Reinigungsflüssigkeit und Mikrofasertuch, um vor jedem Hören den Staub zu entfernen.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Antistatische Innenhüllen",
        description: "Weiche, gefütterte Innenhüllen, damit Platten geschützt im Cover stecken.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Packung", values: ["25 Stück", ["50 Stück", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Krautrock auf Vinyl",
        description: "Ein Album aus der Krautrock-Szene, neu auf Vinyl gepresst.",
        price: [22, 32],
        kind: "product",
        motif: "vinyl",
        traits: ["new", "neu", "krautrock", "Krautrock"],
      },
    ],
    es: [
      {
        name: "Reedición de jazz en vinilo",
        description:
          "Un disco de jazz prensado en vinilo de alto gramaje, con carpeta desplegable y el arte original.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "jazz", "new", "nuevo"],
      },
      {
        name: "Vinilo de segunda mano",
        description: "Un LP usado, limpiado y evaluado a mano, con el estado de la funda indicado.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used", "segunda mano"],
      },
      {
        name: "Single de vinilo",
        description: "Cara A y cara B, en una funda ilustrada.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Tocadiscos de correa",
        description:
          "Un tocadiscos sencillo con previo integrado, listo para altavoces autoamplificados.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Kit de limpieza para vinilos",
        description:
          "Cepillo de fibra de carbono, líquido limpiador y paño de microfibra para quitar el polvo antes de cada escucha.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Fundas interiores antiestáticas",
        description:
          "Fundas interiores suaves y forradas, para guardar los discos protegidos dentro de su carpeta.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Pack", values: ["25", ["50", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Flamenco en vinilo",
        description: "Un disco de flamenco en vinilo, para escucharlo entero, cara a cara.",
        price: [22, 32],
        kind: "product",
        motif: "vinyl",
        traits: ["new", "nuevo", "flamenco", "flamenco"],
      },
    ],
    pt: [
      {
        name: "Reedição de jazz em vinil",
        description:
          "Um álbum de jazz prensado em vinil de alta gramagem, com capa desdobrável e arte original.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "jazz", "new", "novo"],
      },
      {
        name: "Vinil em segunda mão",
        description: "Um LP usado, limpo e avaliado à mão, com o estado da capa indicado.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used", "usado"],
      },
      {
        name: "Single em vinil",
        description: "Lado A e lado B, numa capa ilustrada.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Gira-discos de correia",
        description:
          "Um gira-discos simples com pré-amplificador integrado, pronto para colunas ativas.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Kit de limpeza para vinis",
        description:
          "Escova de fibra de carbono, líquido de limpeza e pano de microfibra para tirar o pó antes de cada audição.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Capas interiores antiestáticas",
        description:
          "Capas interiores macias e forradas, para guardar os discos protegidos dentro da capa.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Pack", values: ["25", ["50", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Fado em vinil",
        description: "Um disco de fado em vinil, para ouvir do princípio ao fim.",
        price: [22, 32],
        kind: "product",
        motif: "vinyl",
        traits: ["new", "novo", "fado", "fado"],
      },
    ],
    it: [
      {
        name: "Ristampa jazz in vinile",
        description:
          "Un album jazz stampato su vinile pesante, con copertina apribile e grafica originale.",
        price: [25, 35],
        kind: "product",
        motif: "vinyl",
        traits: ["jazz", "jazz", "new", "nuovo"],
      },
      {
        name: "Vinile usato",
        description:
          "Un LP di seconda mano, pulito e valutato a mano, con lo stato della copertina indicato.",
        price: [8, 30],
        kind: "product",
        motif: "vinyl",
        traits: ["used", "usato"],
      },
      {
        name: "Singolo in vinile",
        description: "Lato A e lato B, in una copertina illustrata.",
        price: [7, 12],
        kind: "product",
        motif: "single",
        traits: [],
      },
      {
        name: "Giradischi a cinghia",
        description:
          "Un giradischi semplice con preamplificatore integrato, pronto per casse attive.",
        price: [180, 350],
        kind: "product",
        motif: "turntable",
        traits: [],
      },
      {
        name: "Kit di pulizia per vinili",
        description:
          "Spazzola in fibra di carbonio, liquido detergente e panno in microfibra per togliere la polvere prima di ogni ascolto.",
        price: [20, 35],
        kind: "product",
        motif: "cleaning",
        traits: [],
      },
      {
        name: "Buste interne antistatiche",
        description:
          "Buste interne morbide e foderate, per conservare i dischi protetti nella loro copertina.",
        price: [8, 15],
        kind: "product",
        options: [{ name: "Confezione", values: ["25", ["50", 6]] }],
        motif: "sleeve",
        traits: [],
      },
      {
        name: "Cantautori italiani in vinile",
        description:
          "Un album della canzone d’autore italiana su vinile, da ascoltare dall’inizio alla fine.",
        price: [22, 32],
        kind: "product",
        motif: "vinyl",
        traits: ["new", "nuovo", "singer-songwriter", "cantautori"],
      },
    ],
  },
  motifs: {
    vinyl: "M12 3a9 9 0 1 0 .01 0 M12 10a2 2 0 1 0 .01 0 M12 6a6 6 0 0 0-6 6",
    single: "M12 5a7 7 0 1 0 .01 0 M12 9a3 3 0 1 0 .01 0",
    turntable: "M3 5h18v14H3z M10 7a5 5 0 1 0 .01 0 M10 11a1 1 0 1 0 .01 0 M18 7v6l-3 3",
    cleaning: "M4 14h16v3H4z M6 17v3 M9 17v3 M12 17v3 M15 17v3 M18 17v3 M10 14V6a2 2 0 0 1 4 0v8",
    sleeve: "M3 9h12v12H3z M8 9a6 6 0 1 1 7 5.92 M14 9h.01",
    cassette: "M3 6h18v12H3z M8 10a2 2 0 1 0 .01 0 M16 10a2 2 0 1 0 .01 0 M7 18l2-3h6l2 3",
  },
};
