import type { TradeEntry } from "./types.ts";

/**
 * Art prints: landscapes, botanical plates, abstract screen prints, city maps, risographs and
 * cards, printed to order with a choice of size and frame. The traits name the subject, so a
 * botanical artist's brief is not sold abstract screen prints.
 */
export const ART_PRINTS: TradeEntry = {
  id: "art-prints",
  moods: ["minimal", "elegant", "bold"],
  perishable: false,
  madeToOrder: true,
  words: {
    en: {
      business: "art print studio",
      businessGender: "n",
      goods: "art prints",
      goodsGender: "n",
      craft: "printmaking",
      makers: "our artists",
    },
    fr: {
      business: "atelier d’impression d’art",
      businessGender: "m",
      goods: "affiches et tirages d’art",
      goodsGender: "f",
      craft: "estampe",
      makers: "nos artistes",
    },
    de: {
      business: "Kunstdruck-Atelier",
      businessGender: "n",
      goods: "Kunstdrucke und Poster",
      goodsGender: "m",
      craft: "Druckgrafik",
      makers: "unsere Künstlerinnen und Künstler",
    },
    es: {
      business: "estudio de láminas y grabados",
      businessGender: "m",
      goods: "láminas y grabados",
      goodsGender: "f",
      craft: "obra gráfica",
      makers: "nuestros artistas",
    },
    pt: {
      business: "estúdio de impressões de arte",
      businessGender: "m",
      goods: "impressões e gravuras",
      goodsGender: "f",
      craft: "gravura",
      makers: "os nossos artistas",
    },
    it: {
      business: "laboratorio di stampe d’arte",
      businessGender: "m",
      goods: "stampe e poster d’arte",
      goodsGender: "f",
      craft: "grafica d’arte",
      makers: "i nostri artisti",
    },
  },
  samples: {
    en: [
      {
        name: "Coastal landscape giclée print",
        description: "A giclée print of a coastal landscape on textured fine art paper.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Size", values: ["A4", ["A3", 20], ["A2", 45]] },
          { name: "Frame", values: ["Unframed", ["Oak frame", 40], ["Black frame", 35]] },
        ],
        motif: "landscape",
        traits: ["landscape"],
      },
      {
        name: "Botanical illustration print",
        description:
          "A detailed study of wild plants, printed on smooth matte paper with a soft white border.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Size", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical"],
      },
      {
        name: "Abstract screen print",
        description: "A hand-pulled screen print in bold, flat colour, from a small edition.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract"],
      },
      {
        name: "City map poster",
        description:
          "The streets and river of the city as a clean line drawing, with its name set in a simple typeface.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map"],
      },
      {
        name: "Risograph print",
        description:
          "A risograph print in layered colours, with the slight grain and overlap the process gives.",
        price: [15, 35],
        kind: "product",
        motif: "abstract",
        traits: ["abstract"],
      },
      {
        name: "Illustrated card set",
        description: "Blank greeting cards printed with our illustrations, with kraft envelopes.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
    fr: [
      {
        name: "Tirage d’art paysage marin",
        description: "Un tirage giclée d’un paysage de bord de mer, sur papier beaux-arts texturé.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Format", values: ["A4", ["A3", 20], ["A2", 45]] },
          {
            name: "Encadrement",
            values: ["Sans cadre", ["Cadre en chêne", 40], ["Cadre noir", 35]],
          },
        ],
        motif: "landscape",
        traits: ["landscape", "paysage"],
      },
      {
        name: "Planche botanique",
        description:
          "Une étude détaillée de plantes sauvages, imprimée sur papier mat avec une marge blanche.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Format", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical", "botanique"],
      },
      {
        name: "Sérigraphie abstraite",
        description:
          "Une sérigraphie tirée à la main, en aplats de couleurs franches, en petite série.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstrait"],
      },
      {
        name: "Affiche plan de ville",
        description:
          "Les rues et les quais de la ville en lignes épurées, avec son nom en typographie sobre.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map", "plan"],
      },
      {
        name: "Risographie",
        description:
          "Une impression en couleurs superposées, avec le grain et les légers décalages propres au procédé.",
        price: [15, 35],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstrait"],
      },
      {
        name: "Lot de cartes illustrées",
        description:
          "Des cartes blanches à l’intérieur, imprimées de nos illustrations, avec enveloppes kraft.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
    de: [
      {
        name: "Kunstdruck Küstenlandschaft",
        description: "Ein Giclée-Druck einer Küstenlandschaft auf strukturiertem Büttenpapier.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Format", values: ["A4", ["A3", 20], ["A2", 45]] },
          {
            name: "Rahmen",
            values: ["Ohne Rahmen", ["Eichenrahmen", 40], ["Schwarzer Rahmen", 35]],
          },
        ],
        motif: "landscape",
        traits: ["landscape", "Landschaft"],
      },
      {
        name: "Botanischer Druck",
        description:
          "Eine detailreiche Studie wilder Pflanzen, gedruckt auf glattem Mattpapier mit weißem Rand.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Format", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical", "botanisch"],
      },
      {
        name: "Abstrakter Siebdruck",
        description: "Von Hand gedruckt, in kräftigen Flächenfarben, in kleiner Auflage.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstrakt"],
      },
      {
        name: "Stadtplan-Poster",
        description:
          "Straßen und Fluss der Stadt als reduzierte Linienzeichnung, mit dem Namen in klarer Schrift.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map", "Stadtplan"],
      },
      {
        name: "Risografie",
        description:
          "Ein Risodruck in übereinanderliegenden Farben, mit der typischen Körnung des Verfahrens.",
        price: [15, 35],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstrakt"],
      },
      {
        name: "Kunstkarten-Set",
        description:
          "Klappkarten mit unseren Illustrationen, innen blanko, mit Umschlägen aus Kraftpapier.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
    es: [
      {
        name: "Lámina de paisaje costero",
        description:
          "Una impresión giclée de un paisaje de costa sobre papel de bellas artes con textura.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Tamaño", values: ["A4", ["A3", 20], ["A2", 45]] },
          { name: "Marco", values: ["Sin marco", ["Marco de roble", 40], ["Marco negro", 35]] },
        ],
        motif: "landscape",
        traits: ["landscape", "paisaje"],
      },
      {
        name: "Lámina botánica",
        description:
          "Un estudio detallado de plantas silvestres, impreso en papel mate con margen blanco.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Tamaño", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical", "botánica"],
      },
      {
        name: "Serigrafía abstracta",
        description: "Estampada a mano en tintas planas de color intenso, en una tirada corta.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstracto"],
      },
      {
        name: "Póster mapa de la ciudad",
        description:
          "Las calles y el río de la ciudad en líneas sencillas, con su nombre en una tipografía limpia.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map", "mapa"],
      },
      {
        name: "Risografía",
        description:
          "Una impresión de colores superpuestos, con el grano y los pequeños desajustes propios de la técnica.",
        price: [15, 35],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstracto"],
      },
      {
        name: "Pack de postales ilustradas",
        description: "Postales con nuestras ilustraciones, para enviar o enmarcar.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Impressão de arte paisagem costeira",
        description:
          "Uma impressão giclée de uma paisagem de costa em papel de belas-artes texturado.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Tamanho", values: ["A4", ["A3", 20], ["A2", 45]] },
          {
            name: "Moldura",
            values: ["Sem moldura", ["Moldura em carvalho", 40], ["Moldura preta", 35]],
          },
        ],
        motif: "landscape",
        traits: ["landscape", "paisagem"],
      },
      {
        name: "Ilustração botânica",
        description:
          "Um estudo detalhado de plantas silvestres, impresso em papel mate com margem branca.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Tamanho", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical", "botânica"],
      },
      {
        name: "Serigrafia abstrata",
        description: "Impressa à mão em cores planas e intensas, numa tiragem curta.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "abstrato"],
      },
      {
        name: "Poster mapa da cidade",
        description:
          "As ruas e o rio da cidade em linhas simples, com o nome numa tipografia limpa.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map", "mapa"],
      },
      {
        name: "Padrão de azulejos em papel",
        description:
          "Um padrão inspirado nos azulejos tradicionais, impresso em papel mate para emoldurar.",
        price: [20, 40],
        kind: "product",
        motif: "abstract",
        traits: [],
      },
      {
        name: "Conjunto de postais ilustrados",
        description: "Postais com as nossas ilustrações, para enviar ou emoldurar.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
    it: [
      {
        name: "Stampa d’arte paesaggio costiero",
        description: "Una stampa giclée di un paesaggio di costa su carta fine art testurizzata.",
        price: [25, 60],
        kind: "product",
        options: [
          { name: "Formato", values: ["A4", ["A3", 20], ["A2", 45]] },
          {
            name: "Cornice",
            values: ["Senza cornice", ["Cornice in rovere", 40], ["Cornice nera", 35]],
          },
        ],
        motif: "landscape",
        traits: ["landscape", "paesaggio"],
      },
      {
        name: "Tavola botanica",
        description:
          "Uno studio dettagliato di piante spontanee, stampato su carta opaca con margine bianco.",
        price: [20, 45],
        kind: "product",
        options: [{ name: "Formato", values: ["A4", ["A3", 20]] }],
        motif: "botanical",
        traits: ["botanical", "botanica"],
      },
      {
        name: "Serigrafia astratta",
        description: "Stampata a mano a campiture di colore pieno, in piccola tiratura.",
        price: [60, 150],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "astratto"],
      },
      {
        name: "Poster mappa della città",
        description:
          "Le strade e il fiume della città in linee essenziali, con il nome in un carattere pulito.",
        price: [20, 40],
        kind: "product",
        motif: "map",
        traits: ["map", "mappa"],
      },
      {
        name: "Stampa in risografia",
        description:
          "Colori sovrapposti, con la grana e i piccoli fuori registro tipici della tecnica.",
        price: [15, 35],
        kind: "product",
        motif: "abstract",
        traits: ["abstract", "astratto"],
      },
      {
        name: "Set di biglietti illustrati",
        description:
          "Biglietti con le nostre illustrazioni, bianchi all’interno, con buste in carta kraft.",
        price: [8, 15],
        kind: "product",
        motif: "card",
        traits: [],
      },
    ],
  },
  motifs: {
    landscape: "M4 4h16v16H4z M4 16l5-5 4 4 3-3 4 4 M15 8.5a1.5 1.5 0 1 0 .01 0",
    botanical:
      "M6 3h12v18H6z M12 18V8 M12 11c-2 0-3-1-3-3 2 0 3 1 3 3z M12 14c2 0 3-1 3-3-2 0-3 1-3 3z",
    abstract: "M4 4h16v16H4z M9 12a3 3 0 1 0 .01 0 M12 7h5v5 M7 7l4 4",
    map: "M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z M9 4v14 M15 6v14",
    card: "M4 6h16v12H4z M4 6l8 6 8-6",
  },
};
