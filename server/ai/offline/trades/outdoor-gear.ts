import type { TradeEntry } from "./types.ts";

/**
 * Outdoor gear for hiking and camping: tents, sleeping bags, packs, stoves, poles and lanterns.
 * The traits name the fill and material (down, synthetic, aluminium, gas), so a brief about
 * synthetic bags is not sold down.
 */
export const OUTDOOR_GEAR: TradeEntry = {
  id: "outdoor-gear",
  moods: ["earthy", "bold", "fresh"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "outdoor shop",
      businessGender: "n",
      goods: "outdoor gear",
      goodsGender: "n",
      craft: "hiking and camping",
      makers: "our team",
    },
    fr: {
      business: "magasin de plein air",
      businessGender: "m",
      goods: "matériel de plein air",
      goodsGender: "m",
      craft: "randonnée et camping",
      makers: "notre équipe",
    },
    de: {
      business: "Outdoorladen",
      businessGender: "m",
      goods: "Outdoor-Ausrüstung",
      goodsGender: "f",
      craft: "Wandern und Zelten",
      makers: "unser Team",
    },
    es: {
      business: "tienda de montaña",
      businessGender: "f",
      goods: "material de montaña",
      goodsGender: "m",
      craft: "montañismo y acampada",
      makers: "nuestro equipo",
    },
    pt: {
      business: "loja de outdoor",
      businessGender: "f",
      goods: "equipamento de montanha e campismo",
      goodsGender: "m",
      craft: "caminhada e campismo",
      makers: "a nossa equipa",
    },
    it: {
      business: "negozio di articoli outdoor",
      businessGender: "m",
      goods: "attrezzatura outdoor",
      goodsGender: "f",
      craft: "escursionismo e campeggio",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Two-person backpacking tent",
        description:
          "A freestanding tent with two doors and colour-coded poles, packing down small for multi-day routes.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Down sleeping bag",
        description:
          "A mummy-shaped bag filled with down, with a draught collar and a compression sack.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Length", values: ["Regular", ["Long", 20]] }],
        motif: "bag",
        traits: ["down"],
      },
      {
        name: "Synthetic sleeping bag",
        description:
          "A synthetic-filled bag with a hood and a full-length zip, simple to care for.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic"],
      },
      {
        name: "Hiking daypack",
        description: "A light pack with a padded back, hip belt and side pockets for bottles.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Volume", values: ["20 L", ["30 L", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Camping gas stove",
        description:
          "A compact stove that screws onto a standard canister, with a folding pot stand.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas"],
      },
      {
        name: "Trekking poles (pair)",
        description:
          "Aluminium poles with cork grips and flick locks, adjustable for the ups and downs.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium"],
      },
      {
        name: "LED camping lantern",
        description:
          "A rechargeable lantern with a warm and a bright setting, and a hook for the tent ceiling.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Baseplate compass",
        description:
          "A clear baseplate compass with a rotating bezel and map scales, for finding your way with a paper map.",
        price: [15, 35],
        kind: "product",
        motif: "compass",
        traits: [],
      },
    ],
    fr: [
      {
        name: "Tente de randonnée deux places",
        description:
          "Une tente autoportante à deux portes et arceaux à code couleur, compacte dans le sac pour l’itinérance.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Sac de couchage en duvet",
        description: "Un sarcophage garni de duvet, avec col anti-froid et sac de compression.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Taille", values: ["Standard", ["Long", 20]] }],
        motif: "bag",
        traits: ["down", "duvet"],
      },
      {
        name: "Sac de couchage synthétique",
        description:
          "Un sac garni de fibres synthétiques, avec capuche et fermeture éclair sur toute la longueur, facile à entretenir.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic", "synthétique"],
      },
      {
        name: "Sac à dos de randonnée",
        description:
          "Un sac léger au dos rembourré, avec ceinture et poches latérales pour les gourdes.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Volume", values: ["20 L", ["30 L", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Réchaud à gaz",
        description:
          "Un réchaud compact qui se visse sur une cartouche standard, avec support de casserole repliable.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas", "gaz"],
      },
      {
        name: "Bâtons de marche (la paire)",
        description:
          "Des bâtons en aluminium à poignée en liège et blocage rapide, réglables pour les montées comme pour les descentes.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium", "aluminium"],
      },
      {
        name: "Lanterne de camping LED",
        description:
          "Une lanterne rechargeable, à lumière chaude ou vive, avec un crochet pour le plafond de la tente.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Couteau pliant de randonnée",
        description:
          "Une lame en acier inoxydable qui se replie dans un manche en bois, avec une bague pour la bloquer.",
        price: [12, 30],
        kind: "product",
        motif: "knife",
        traits: [],
      },
    ],
    de: [
      {
        name: "Trekkingzelt für zwei Personen",
        description:
          "Ein freistehendes Zelt mit zwei Eingängen und farbcodierten Stangen, klein verpackt für mehrtägige Touren.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Daunenschlafsack",
        description: "Ein Mumienschlafsack mit Daunenfüllung, Wärmekragen und Kompressionssack.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Länge", values: ["Regular", ["Lang", 20]] }],
        motif: "bag",
        traits: ["down", "Daune"],
      },
      {
        name: "Kunstfaserschlafsack",
        description:
          "Ein Schlafsack mit Kunstfaserfüllung, Kapuze und durchgehendem Reißverschluss, einfach in der Pflege.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic", "Kunstfaser"],
      },
      {
        name: "Wanderrucksack",
        description:
          "Ein leichter Rucksack mit gepolstertem Rücken, Hüftgurt und Seitentaschen für Flaschen.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Volumen", values: ["20 l", ["30 l", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Gaskocher",
        description:
          "Ein kompakter Kocher zum Aufschrauben auf handelsübliche Kartuschen, mit klappbarem Topfträger.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas", "Gas"],
      },
      {
        name: "Wanderstöcke (Paar)",
        description:
          "Stöcke aus Aluminium mit Korkgriffen und Klemmverschluss, verstellbar für Auf- und Abstieg.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium", "Aluminium"],
      },
      {
        name: "LED-Campinglaterne",
        description:
          "Eine aufladbare Laterne mit warmem und hellem Licht und einem Haken für die Zeltdecke.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Hüttenschlafsack",
        description:
          "Ein leichter Inlett-Schlafsack aus Baumwolle für Nächte auf Berghütten, klein gefaltet im Packsack.",
        price: [20, 40],
        kind: "product",
        motif: "bag",
        traits: [],
      },
    ],
    es: [
      {
        name: "Tienda de trekking para dos personas",
        description:
          "Una tienda autoportante con dos puertas y varillas por colores, que ocupa poco en la mochila.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Saco de dormir de plumón",
        description: "Un saco momia relleno de plumón, con cuello térmico y bolsa de compresión.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Largo", values: ["Normal", ["Largo", 20]] }],
        motif: "bag",
        traits: ["down", "plumón"],
      },
      {
        name: "Saco de dormir sintético",
        description:
          "Un saco con relleno sintético, capucha y cremallera completa, fácil de cuidar.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic", "sintético"],
      },
      {
        name: "Mochila de senderismo",
        description:
          "Una mochila ligera con espalda acolchada, cinturón y bolsillos laterales para botellas.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Capacidad", values: ["20 l", ["30 l", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Hornillo de gas",
        description:
          "Un hornillo compacto que se enrosca a un cartucho estándar, con soporte plegable para la olla.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas", "gas"],
      },
      {
        name: "Bastones de trekking (par)",
        description:
          "Bastones de aluminio con empuñadura de corcho y cierre rápido, regulables para subir y bajar.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium", "aluminio"],
      },
      {
        name: "Farol LED de camping",
        description:
          "Un farol recargable con luz cálida o intensa y un gancho para colgarlo en la tienda.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Bota de vino de cuero",
        description:
          "Una bota tradicional con interior impermeable, para llevar agua o vino de excursión.",
        price: [20, 35],
        kind: "product",
        motif: "flask",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Tenda de trekking para duas pessoas",
        description:
          "Uma tenda autoportante com duas portas e varetas por cores, que ocupa pouco na mochila.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Saco-cama de penas",
        description:
          "Um saco-cama tipo múmia com enchimento de penas, gola térmica e saco de compressão.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Comprimento", values: ["Normal", ["Longo", 20]] }],
        motif: "bag",
        traits: ["down", "penas"],
      },
      {
        name: "Saco-cama sintético",
        description:
          "Enchimento sintético, capuz e fecho de correr a todo o comprimento, fácil de cuidar.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic", "sintético"],
      },
      {
        name: "Mochila de caminhada",
        description:
          "Uma mochila leve com costas almofadadas, cinto de anca e bolsos laterais para garrafas.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Capacidade", values: ["20 l", ["30 l", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Fogareiro a gás",
        description:
          "Um fogareiro compacto que enrosca num cartucho normal, com suporte dobrável para o tacho.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas", "gás"],
      },
      {
        name: "Bastões de caminhada (par)",
        description:
          "Bastões em alumínio com pegas de cortiça e fecho rápido, reguláveis para subidas e descidas.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium", "alumínio"],
      },
      {
        name: "Lanterna LED de campismo",
        description:
          "Uma lanterna recarregável com luz quente ou intensa e um gancho para pendurar na tenda.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Cadeira de campismo dobrável",
        description:
          "Uma cadeira leve que se dobra para dentro de um saco, para a praia, o parque de campismo e os piqueniques.",
        price: [25, 45],
        kind: "product",
        motif: "chair",
        traits: [],
      },
    ],
    it: [
      {
        name: "Tenda da trekking biposto",
        description:
          "Una tenda autoportante con due ingressi e paleria a colori, compatta nello zaino.",
        price: [180, 350],
        kind: "product",
        motif: "tent",
        traits: [],
      },
      {
        name: "Sacco a pelo in piuma",
        description:
          "Un sacco a mummia imbottito in piuma, con collare termico e sacca di compressione.",
        price: [180, 350],
        kind: "product",
        options: [{ name: "Lunghezza", values: ["Regular", ["Long", 20]] }],
        motif: "bag",
        traits: ["down", "piuma"],
      },
      {
        name: "Sacco a pelo sintetico",
        description:
          "Imbottitura sintetica, cappuccio e zip a tutta lunghezza, semplice da lavare.",
        price: [70, 140],
        kind: "product",
        motif: "bag",
        traits: ["synthetic", "sintetico"],
      },
      {
        name: "Zaino da escursionismo",
        description:
          "Uno zaino leggero con schienale imbottito, cintura in vita e tasche laterali per le borracce.",
        price: [60, 110],
        kind: "product",
        options: [{ name: "Capacità", values: ["20 l", ["30 l", 15]] }],
        motif: "backpack",
        traits: [],
      },
      {
        name: "Fornellino a gas",
        description:
          "Un fornellino compatto da avvitare su una cartuccia standard, con supporto pieghevole per la pentola.",
        price: [35, 70],
        kind: "product",
        motif: "stove",
        traits: ["gas", "gas"],
      },
      {
        name: "Bastoncini da trekking (coppia)",
        description:
          "Bastoncini in alluminio con impugnatura in sughero e chiusura rapida, regolabili per salita e discesa.",
        price: [45, 90],
        kind: "product",
        motif: "poles",
        traits: ["aluminium", "alluminio"],
      },
      {
        name: "Lanterna LED da campeggio",
        description:
          "Una lanterna ricaricabile con luce calda o intensa e un gancio per appenderla in tenda.",
        price: [20, 40],
        kind: "product",
        motif: "lantern",
        traits: [],
      },
      {
        name: "Ciaspole",
        description:
          "Racchette da neve con attacchi regolabili e alzatacco, per camminare sulla neve fresca.",
        price: [90, 180],
        kind: "product",
        motif: "snowshoe",
        traits: [],
      },
    ],
  },
  motifs: {
    tent: "M2 20L12 4l10 16z M12 4v16 M8 20l4-6 4 6",
    bag: "M7 3h10a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z M5 8h14 M9 5.5h6",
    backpack: "M7 7a5 5 0 0 1 10 0v13H7z M9.5 3.5h5 M7 13h10 M10 16h4",
    stove: "M5 14h14 M7 14l-2 6 M17 14l2 6 M8 11h8v3H8z M12 3c-2 2 0 3-1 5 M14 4c-1 2 1 2 0 4",
    poles: "M7 3l3 18 M17 3l-3 18 M6 3h3 M15 3h3 M9 19h2 M13 19h2",
    lantern: "M9 4h6 M12 2v2 M8 7h8l-1 11H9z M7 7h10 M8 20h8 M12 10v5",
    compass: "M12 3a9 9 0 1 0 .01 0 M15.5 8.5l-2 5-5 2 2-5z",
    knife: "M3 17l11-11c2 0 3 1 3 3L7 19z M14 14l6 6 M17 11l5 5-2 2-5-5",
    flask: "M12 4c-1 0-2 1-2 2l-4 8a6 6 0 0 0 12 0l-4-8c0-1-1-2-2-2z M10 4h4 M12 2v2",
    chair: "M5 9h14v4H5z M7 13l10 7 M17 13L7 20 M5 9V4 M19 9V4",
    snowshoe: "M12 2c4 0 6 5 6 10s-2 10-6 10-6-5-6-10 2-10 6-10z M8 9h8 M7 13h10 M12 5v14",
  },
};
