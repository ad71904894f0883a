import { traits } from "./traits.ts";
import type { TradeEntry } from "./types.ts";

/** A bakery: breads, viennoiserie and cakes, as each market's own bakeries name them. */
export const bakery: TradeEntry = {
  id: "bakery",
  moods: ["warm", "earthy"],
  perishable: true,
  madeToOrder: false,
  words: {
    en: {
      business: "bakery",
      businessGender: "f",
      goods: "breads and pastries",
      goodsGender: "m",
      craft: "baking",
      makers: "our bakers",
    },
    fr: {
      business: "boulangerie",
      businessGender: "f",
      goods: "pains et viennoiseries",
      goodsGender: "m",
      craft: "boulangerie",
      makers: "nos boulangers",
    },
    de: {
      business: "Bäckerei",
      businessGender: "f",
      goods: "Brot und Backwaren",
      goodsGender: "n",
      craft: "Bäckerhandwerk",
      makers: "unsere Bäckerinnen und Bäcker",
    },
    es: {
      business: "panadería",
      businessGender: "f",
      goods: "panes y bollería",
      goodsGender: "m",
      craft: "panadería",
      makers: "nuestros panaderos",
    },
    pt: {
      business: "padaria",
      businessGender: "f",
      goods: "pães e doces",
      goodsGender: "m",
      craft: "panificação",
      makers: "os nossos padeiros",
    },
    it: {
      business: "panificio",
      businessGender: "m",
      goods: "pane e dolci da forno",
      goodsGender: "m",
      craft: "arte bianca",
      makers: "i nostri fornai",
    },
  },
  samples: {
    en: [
      {
        name: "Country Sourdough",
        description:
          "A slow-risen loaf with a crackling, deep-baked crust and an open, tangy crumb. Good for toast, sandwiches and the table.",
        price: [5, 8],
        kind: "product",
        options: [{ name: "Size", values: ["Half loaf", ["Whole loaf", 3]] }],
        motif: "loaf",
        traits: traits("en", "gluten"),
      },
      {
        name: "All-Butter Croissant",
        description:
          "Laminated by hand for flaky layers and a soft, honeycombed middle. Meant to be eaten on the day it is baked.",
        price: [2, 3.5],
        kind: "product",
        options: [{ name: "Quantity", values: ["Single", ["Box of four", 7]] }],
        motif: "croissant",
        traits: traits("en", "gluten", "dairy", "egg"),
      },
      {
        name: "Seeded Rye Loaf",
        description:
          "A dense, dark rye packed with sunflower, flax and pumpkin seeds. Keeps well and slices thin.",
        price: [5, 7],
        kind: "product",
        motif: "loaf",
        traits: traits("en", "gluten"),
      },
      {
        name: "Cinnamon Bun",
        description:
          "A soft enriched dough rolled with cinnamon sugar and baked until sticky at the edges.",
        price: [3, 4],
        kind: "product",
        motif: "bun",
        traits: traits("en", "gluten", "dairy", "egg"),
      },
      {
        name: "Lemon Drizzle Cake",
        description:
          "A tender lemon sponge soaked in a sharp lemon syrup while still warm, with a crisp sugar top.",
        price: [14, 22],
        kind: "product",
        options: [{ name: "Size", values: ["Loaf", ["Round cake", 8]] }],
        motif: "cake",
        traits: traits("en", "gluten", "dairy", "egg"),
      },
      {
        name: "Chocolate Chip Cookie",
        description: "Crisp at the edge, chewy in the middle, with pools of dark chocolate.",
        price: [2, 3],
        kind: "product",
        options: [{ name: "Quantity", values: ["Single", ["Bag of six", 10]] }],
        motif: "cookie",
        traits: traits("en", "gluten", "dairy", "egg"),
      },
      {
        name: "Celebration Cake",
        description:
          "A layered sponge made to order for birthdays and gatherings, finished to your choice of flavour and message.",
        price: [35, 80],
        kind: "product",
        options: [
          { name: "Serves", values: ["Small", ["Medium", 15], ["Large", 35]] },
          { name: "Flavour", values: ["Vanilla", "Chocolate", "Lemon"] },
        ],
        motif: "cake",
        traits: traits("en", "gluten", "dairy", "egg"),
      },
    ],
    fr: [
      {
        name: "Pain de campagne",
        description:
          "Une miche au levain à la croûte épaisse et à la mie dense, légèrement acidulée. Elle se garde plusieurs jours dans un torchon.",
        price: [4, 7],
        kind: "product",
        options: [{ name: "Format", values: ["Demi-miche", ["Miche entière", 3]] }],
        motif: "loaf",
        traits: traits("fr", "gluten"),
      },
      {
        name: "Baguette tradition",
        description:
          "Farine de tradition, pointage long et cuisson sur sole : une croûte qui chante et une mie alvéolée, couleur crème.",
        price: [1.2, 1.6],
        kind: "product",
        motif: "baguette",
        traits: traits("fr", "gluten"),
      },
      {
        name: "Croissant au beurre",
        description:
          "Feuilleté à la main, doré et croustillant, au cœur fondant. À déguster le jour même.",
        price: [1.2, 2],
        kind: "product",
        options: [{ name: "Quantité", values: ["À l'unité", ["Sachet de six", 8]] }],
        motif: "croissant",
        traits: traits("fr", "gluten", "dairy", "egg"),
      },
      {
        name: "Fougasse aux olives",
        description:
          "Une pâte à pain étirée, ajourée et parfumée à l'huile d'olive, garnie d'olives noires. Parfaite à l'apéritif.",
        price: [3, 5],
        kind: "product",
        motif: "flatbread",
        traits: traits("fr", "gluten"),
      },
      {
        name: "Kouign-amann",
        description:
          "Le gâteau breton au beurre et au sucre, feuilleté puis caramélisé au four. Croustillant dehors, moelleux dedans.",
        price: [3, 18],
        kind: "product",
        options: [{ name: "Format", values: ["Individuel", ["À partager", 13]] }],
        motif: "bun",
        traits: traits("fr", "gluten", "dairy"),
      },
      {
        name: "Tarte aux pommes",
        description:
          "Une pâte brisée pur beurre, une compote maison et des lamelles de pomme rangées en rosace.",
        price: [16, 28],
        kind: "product",
        options: [{ name: "Taille", values: ["Pour quatre", ["Pour six", 6], ["Pour huit", 12]] }],
        motif: "tart",
        traits: traits("fr", "gluten", "dairy", "egg"),
      },
      {
        name: "Pain au chocolat",
        description:
          "La pâte du croissant roulée autour de deux barres de chocolat noir. Un classique du goûter.",
        price: [1.3, 2.2],
        kind: "product",
        motif: "croissant",
        traits: traits("fr", "gluten", "dairy", "egg"),
      },
    ],
    de: [
      {
        name: "Roggenmischbrot",
        description:
          "Ein kräftiges Brot aus Roggen- und Weizenmehl mit Natursauerteig, kräftig ausgebacken. Bleibt lange frisch.",
        price: [4, 6],
        kind: "product",
        options: [{ name: "Größe", values: ["Halbes Brot", ["Ganzes Brot", 2.5]] }],
        motif: "loaf",
        traits: traits("de", "gluten"),
      },
      {
        name: "Laugenbrezel",
        description:
          "Von Hand geschlungen, in Lauge getaucht und mit grobem Salz bestreut: dünne, knusprige Ärmchen und ein weicher Bauch.",
        price: [1, 1.8],
        kind: "product",
        motif: "pretzel",
        traits: traits("de", "gluten"),
      },
      {
        name: "Dinkelvollkornbrot",
        description:
          "Saftiges Vollkornbrot aus Dinkel mit Sonnenblumenkernen und einer langen Teigführung.",
        price: [4.5, 6.5],
        kind: "product",
        motif: "loaf",
        traits: traits("de", "gluten"),
      },
      {
        name: "Franzbrötchen",
        description:
          "Das Hamburger Gebäck aus Plunderteig, mit Zimt und Zucker gefüllt und flach gedrückt gebacken.",
        price: [1.8, 2.8],
        kind: "product",
        motif: "bun",
        traits: traits("de", "gluten", "dairy", "egg"),
      },
      {
        name: "Butterkuchen",
        description:
          "Ein lockerer Hefeteig vom Blech mit Butterflöckchen, Zucker und Mandeln. Schmeckt frisch vom Blech.",
        price: [2, 16],
        kind: "product",
        options: [{ name: "Menge", values: ["Stück", ["Halbes Blech", 14]] }],
        motif: "cake",
        traits: traits("de", "gluten", "dairy", "egg", "nuts"),
      },
      {
        name: "Käsekuchen",
        description: "Cremiger Quark auf einem Mürbeteigboden, goldbraun gebacken und gut gekühlt.",
        price: [3, 26],
        kind: "product",
        options: [{ name: "Menge", values: ["Stück", ["Ganzer Kuchen", 23]] }],
        motif: "tart",
        traits: traits("de", "gluten", "dairy", "egg"),
      },
      {
        name: "Mohnschnecke",
        description:
          "Hefeteig, mit einer saftigen Mohnfüllung aufgerollt und mit Zuckerguss glasiert.",
        price: [2, 3],
        kind: "product",
        motif: "bun",
        traits: traits("de", "gluten", "dairy", "egg"),
      },
    ],
    es: [
      {
        name: "Pan de masa madre",
        description:
          "Hogaza de fermentación lenta con corteza crujiente y miga abierta, de sabor ligeramente ácido. Aguanta varios días.",
        price: [4, 7],
        kind: "product",
        options: [{ name: "Tamaño", values: ["Media hogaza", ["Hogaza entera", 3]] }],
        motif: "loaf",
        traits: traits("es", "gluten"),
      },
      {
        name: "Barra de pueblo",
        description:
          "Una barra rústica de corteza dorada y miga tierna, para acompañar cualquier comida.",
        price: [1.2, 2],
        kind: "product",
        motif: "baguette",
        traits: traits("es", "gluten"),
      },
      {
        name: "Napolitana de chocolate",
        description: "Hojaldre crujiente relleno de chocolate, recién horneado para el desayuno.",
        price: [1.5, 2.5],
        kind: "product",
        motif: "croissant",
        traits: traits("es", "gluten", "dairy", "egg"),
      },
      {
        name: "Ensaimada",
        description:
          "La espiral de masa tierna y esponjosa, espolvoreada con azúcar glas. Se hace también en tamaño familiar.",
        price: [2, 18],
        kind: "product",
        options: [{ name: "Tamaño", values: ["Individual", ["Familiar", 16]] }],
        motif: "bun",
        traits: traits("es", "gluten", "egg", "pork"),
      },
      {
        name: "Magdalenas",
        description:
          "Esponjosas y con su copete dorado, con un toque de limón. Ideales para mojar.",
        price: [4, 8],
        kind: "product",
        options: [{ name: "Cantidad", values: ["Media docena", ["Docena", 4]] }],
        motif: "muffin",
        traits: traits("es", "gluten", "dairy", "egg"),
      },
      {
        name: "Tarta de Santiago",
        description:
          "La tarta gallega de almendra, jugosa y con la cruz de Santiago dibujada en azúcar glas.",
        price: [14, 24],
        kind: "product",
        options: [{ name: "Tamaño", values: ["Pequeña", ["Grande", 10]] }],
        motif: "tart",
        traits: traits("es", "nuts", "egg"),
      },
      {
        name: "Roscón de Reyes",
        description:
          "Masa aromatizada con agua de azahar, decorada con fruta escarchada y azúcar. Con o sin relleno de nata.",
        price: [16, 30],
        kind: "product",
        options: [
          { name: "Relleno", values: ["Sin relleno", ["Nata", 4], ["Crema", 4]] },
          { name: "Tamaño", values: ["Mediano", ["Grande", 8]] },
        ],
        motif: "ring-cake",
        traits: traits("es", "gluten", "dairy", "egg"),
      },
    ],
    pt: [
      {
        name: "Pão alentejano",
        description:
          "Pão de massa mãe com côdea grossa e miolo denso, que se conserva vários dias. Ótimo para açordas e torradas.",
        price: [3, 5],
        kind: "product",
        options: [{ name: "Tamanho", values: ["Meio pão", ["Pão inteiro", 2]] }],
        motif: "loaf",
        traits: traits("pt", "gluten"),
      },
      {
        name: "Broa de milho",
        description:
          "A broa tradicional de farinha de milho e centeio, de côdea estaladiça e miolo húmido.",
        price: [2.5, 4.5],
        kind: "product",
        motif: "loaf",
        traits: traits("pt", "gluten"),
      },
      {
        name: "Pastel de nata",
        description:
          "Massa folhada estaladiça e creme de ovos cremoso, tostado no topo. Pede canela e açúcar.",
        price: [1.2, 9],
        kind: "product",
        options: [{ name: "Quantidade", values: ["Unidade", ["Caixa de seis", 7]] }],
        motif: "tart",
        traits: traits("pt", "gluten", "dairy", "egg"),
      },
      {
        name: "Pão de Deus",
        description:
          "Um pão de leite fofo com cobertura de coco, para o lanche ou o pequeno-almoço.",
        price: [1, 2],
        kind: "product",
        motif: "bun",
        traits: traits("pt", "gluten", "dairy", "egg"),
      },
      {
        name: "Bolo de arroz",
        description:
          "Fofo e húmido, com a sua forma de papel e açúcar por cima. Um clássico da pastelaria.",
        price: [1.2, 2],
        kind: "product",
        motif: "muffin",
        traits: traits("pt", "gluten", "dairy", "egg"),
      },
      {
        name: "Queijadas",
        description: "Pequenos bolos de queijo fresco, ovos e açúcar, com massa fina e estaladiça.",
        price: [5, 10],
        kind: "product",
        options: [{ name: "Quantidade", values: ["Meia dúzia", ["Dúzia", 5]] }],
        motif: "tart",
        traits: traits("pt", "gluten", "dairy", "egg"),
      },
      {
        name: "Bolo-rei",
        description:
          "O bolo de Natal com frutos secos e fruta cristalizada, numa massa levedada perfumada.",
        price: [14, 28],
        kind: "product",
        options: [{ name: "Tamanho", values: ["Pequeno", ["Médio", 6], ["Grande", 12]] }],
        motif: "ring-cake",
        traits: traits("pt", "gluten", "dairy", "egg", "nuts"),
      },
    ],
    it: [
      {
        name: "Pane casereccio",
        description:
          "Una pagnotta a lievitazione naturale con crosta croccante e mollica compatta, che dura più giorni.",
        price: [3.5, 6],
        kind: "product",
        options: [{ name: "Formato", values: ["Mezza pagnotta", ["Pagnotta intera", 2.5]] }],
        motif: "loaf",
        traits: traits("it", "gluten"),
      },
      {
        name: "Focaccia genovese",
        description:
          "Bassa e soffice, con le sue fossette piene d'olio extravergine e sale grosso. Si vende a tranci o in teglia.",
        price: [2.5, 18],
        kind: "product",
        options: [{ name: "Formato", values: ["Trancio", ["Teglia intera", 15]] }],
        motif: "flatbread",
        traits: traits("it", "gluten"),
      },
      {
        name: "Cornetto alla crema",
        description:
          "Sfoglia dorata e fragrante con un cuore di crema pasticcera. La colazione al bar, a casa.",
        price: [1.2, 2],
        kind: "product",
        motif: "croissant",
        traits: traits("it", "gluten", "dairy", "egg"),
      },
      {
        name: "Ciabatta",
        description:
          "Pane dalla crosta sottile e dalla mollica ricca di alveoli, ottimo per i panini.",
        price: [1.5, 3],
        kind: "product",
        motif: "baguette",
        traits: traits("it", "gluten"),
      },
      {
        name: "Crostata di frutta",
        description:
          "Pasta frolla friabile, crema pasticcera e frutta fresca di stagione. Su ordinazione per le occasioni.",
        price: [18, 32],
        kind: "product",
        options: [{ name: "Misura", values: ["Piccola", ["Media", 6], ["Grande", 12]] }],
        motif: "tart",
        traits: traits("it", "gluten", "dairy", "egg"),
      },
      {
        name: "Cantucci alle mandorle",
        description:
          "I biscotti toscani secchi e croccanti con mandorle intere, da intingere nel vin santo.",
        price: [5, 10],
        kind: "product",
        options: [{ name: "Confezione", values: ["Sacchetto piccolo", ["Sacchetto grande", 4]] }],
        motif: "cookie",
        traits: traits("it", "gluten", "egg", "nuts"),
      },
      {
        name: "Grissini torinesi",
        description: "Stirati a mano, lunghi e irregolari, friabili e profumati d'olio.",
        price: [3, 5],
        kind: "product",
        motif: "baguette",
        traits: traits("it", "gluten"),
      },
    ],
  },
  motifs: {
    loaf: "M4 14c0-4 3.6-7 8-7s8 3 8 7v3H4z M8 11l1.5 3 M12 10v4 M16 11l-1.5 3",
    baguette:
      "M4 17L17 4a2.5 2.5 0 0 1 3.5 3.5L7.5 20.5A2.5 2.5 0 0 1 4 17z M9 12l2 2 M12 9l2 2 M15 6l2 2",
    croissant:
      "M3 16c.5-5 4-9 9-9s8.5 4 9 9 M3 16c2 1 4 .5 5-1.5 M21 16c-2 1-4 .5-5-1.5 M8 14.5c1-3 2.5-4.5 4-4.5s3 1.5 4 4.5 M12 10v4",
    bun: "M5 16c-2-3 0-7 4-7 0-3 6-3 6 0 4 0 6 4 4 7z M5 16h14v2H5z M10 12h.01 M14 12h.01",
    cake: "M4 20h16 M5 20v-7h14v7 M5 16c2 1.5 4.5 1.5 7 0s5-1.5 7 0 M12 13V9 M12 7c-.8-1-.8-2 0-3 .8 1 .8 2 0 3z",
    tart: "M3 13h18l-2 5H5z M5 13c1-2 3-3 7-3s6 1 7 3 M9 11v2 M15 11v2 M12 10v3",
    cookie: "M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M9 9h.01 M14 8h.01 M15 13h.01 M10 15h.01",
    pretzel: "M12 8c-2-4-8-3-8 2s5 7 8 9c3-2 8-4 8-9s-6-6-8-2z M8 19l4-7 4 7",
    flatbread:
      "M3 12c0-4 4-6 9-6s9 2 9 6-4 6-9 6-9-2-9-6z M8 10h.01 M12 9h.01 M16 10h.01 M10 13h.01 M14 13h.01",
    muffin: "M6 12h12l-1.5 8h-9z M6 12c-1-4 2-7 6-7s7 3 6 7 M10 12v8 M14 12v8",
    "ring-cake":
      "M12 6c5 0 9 2.5 9 6s-4 6-9 6-9-2.5-9-6 4-6 9-6z M12 10c2 0 3.5.9 3.5 2s-1.5 2-3.5 2-3.5-.9-3.5-2 1.5-2 3.5-2z M7 8h.01 M17 8h.01 M17 16h.01 M7 16h.01",
  },
};
