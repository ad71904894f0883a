import type { TradeEntry } from "./types.ts";

/**
 * Craft supplies: yarn, needles, embroidery kits, patchwork fabric, beads and shears. The traits
 * name the fibre or material (wool, cotton, bamboo, glass, steel) and beginners' kits, so a
 * cotton-only brief is not sold merino.
 */
export const CRAFTS_SUPPLIES: TradeEntry = {
  id: "crafts-supplies",
  moods: ["playful", "warm", "earthy"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "craft supplies shop",
      businessGender: "n",
      goods: "craft supplies",
      goodsGender: "n",
      craft: "making",
      makers: "our team",
    },
    fr: {
      business: "mercerie et loisirs créatifs",
      businessGender: "f",
      goods: "fournitures créatives",
      goodsGender: "f",
      craft: "loisirs créatifs",
      makers: "notre équipe",
    },
    de: {
      business: "Laden für Handarbeits- und Bastelbedarf",
      businessGender: "m",
      goods: "Bastel- und Handarbeitsbedarf",
      goodsGender: "m",
      craft: "Handarbeit",
      makers: "unser Team",
    },
    es: {
      business: "mercería y manualidades",
      businessGender: "f",
      goods: "materiales para manualidades",
      goodsGender: "m",
      craft: "manualidades",
      makers: "nuestro equipo",
    },
    pt: {
      business: "retrosaria e trabalhos manuais",
      businessGender: "f",
      goods: "materiais para trabalhos manuais",
      goodsGender: "m",
      craft: "trabalhos manuais",
      makers: "a nossa equipa",
    },
    it: {
      business: "merceria e hobbistica",
      businessGender: "f",
      goods: "materiali per hobbistica",
      goodsGender: "m",
      craft: "lavori manuali",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Merino DK yarn",
        description: "A soft, springy merino for jumpers, hats and baby knits.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Colour", values: ["Oatmeal", "Rust", "Teal"] }],
        motif: "yarn",
        traits: ["wool"],
      },
      {
        name: "Cotton yarn",
        description:
          "A smooth, matte cotton with clear stitch definition, for summer tops, dishcloths and amigurumi.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton"],
      },
      {
        name: "Bamboo knitting needles",
        description: "Light straight needles that feel warm in the hand, in a range of sizes.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Size", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo"],
      },
      {
        name: "Beginner embroidery kit",
        description:
          "A hoop, linen printed with a design, threads, a needle and step-by-step instructions.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner"],
      },
      {
        name: "Quilting cotton fat quarters",
        description:
          "A bundle of coordinated printed cottons, cut ready for patchwork and small projects.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton"],
      },
      {
        name: "Glass seed bead mix",
        description:
          "Tubes of small glass beads in a palette of colours, for jewellery and bead embroidery.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass"],
      },
      {
        name: "Dressmaking shears",
        description: "Long-bladed steel shears with a comfortable handle, to keep for fabric only.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel"],
      },
    ],
    fr: [
      {
        name: "Laine mérinos",
        description: "Un fil mérinos doux et gonflant, pour les pulls, les bonnets et la layette.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Coloris", values: ["Ficelle", "Rouille", "Bleu canard"] }],
        motif: "yarn",
        traits: ["wool", "laine"],
      },
      {
        name: "Fil de coton",
        description:
          "Un coton mat et lisse aux points bien dessinés, pour les tops d’été, les lavettes et l’amigurumi.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton", "coton"],
      },
      {
        name: "Aiguilles à tricoter en bambou",
        description: "Des aiguilles droites légères et douces au toucher, en plusieurs tailles.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Taille", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo", "bambou"],
      },
      {
        name: "Kit de broderie débutant",
        description:
          "Un tambour, du lin imprimé d’un motif, des fils, une aiguille et des explications pas à pas.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner", "débutant"],
      },
      {
        name: "Coupons de coton pour patchwork",
        description:
          "Un assortiment de cotons imprimés coordonnés, prêts pour le patchwork et les petits projets.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton", "coton"],
      },
      {
        name: "Perles de rocaille en verre",
        description:
          "Des tubes de petites perles de verre dans une palette de couleurs, pour les bijoux et la broderie perlée.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass", "verre"],
      },
      {
        name: "Ciseaux de couturière",
        description: "Des ciseaux à longues lames en acier, à réserver au tissu.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel", "acier"],
      },
    ],
    de: [
      {
        name: "Merinowolle",
        description: "Ein weiches, elastisches Merinogarn für Pullover, Mützen und Babysachen.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Farbe", values: ["Natur", "Rost", "Petrol"] }],
        motif: "yarn",
        traits: ["wool", "Wolle"],
      },
      {
        name: "Baumwollgarn",
        description:
          "Glattes, mattes Baumwollgarn mit klarem Maschenbild, für Sommertops, Spültücher und Amigurumi.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton", "Baumwolle"],
      },
      {
        name: "Stricknadeln aus Bambus",
        description: "Leichte, handwarme Jackenstricknadeln in verschiedenen Stärken.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Stärke", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo", "Bambus"],
      },
      {
        name: "Stickset für Einsteiger",
        description:
          "Stickrahmen, bedrucktes Leinen, Garne, Nadel und eine Schritt-für-Schritt-Anleitung.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner", "Einsteiger"],
      },
      {
        name: "Patchworkstoffe im Paket",
        description:
          "Aufeinander abgestimmte bedruckte Baumwollstoffe, zugeschnitten für Patchwork und kleine Projekte.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton", "Baumwolle"],
      },
      {
        name: "Rocailles aus Glas",
        description:
          "Röhrchen mit kleinen Glasperlen in einer Farbpalette, für Schmuck und Perlenstickerei.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass", "Glas"],
      },
      {
        name: "Schneiderschere",
        description: "Eine Schere aus Stahl mit langen Klingen, nur für Stoff gedacht.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel", "Stahl"],
      },
    ],
    es: [
      {
        name: "Lana merino",
        description: "Un hilo de merino suave y esponjoso, para jerséis, gorros y ropa de bebé.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Color", values: ["Crudo", "Teja", "Petróleo"] }],
        motif: "yarn",
        traits: ["wool", "lana"],
      },
      {
        name: "Hilo de algodón",
        description:
          "Un algodón mate y liso con puntos bien definidos, para tops de verano, bayetas y amigurumis.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton", "algodón"],
      },
      {
        name: "Agujas de tejer de bambú",
        description: "Agujas rectas, ligeras y cálidas al tacto, en varios grosores.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Grosor", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo", "bambú"],
      },
      {
        name: "Kit de bordado para principiantes",
        description:
          "Bastidor, lino estampado con un diseño, hilos, aguja e instrucciones paso a paso.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner", "principiante"],
      },
      {
        name: "Telas de algodón para patchwork",
        description:
          "Un lote de algodones estampados a juego, cortados para patchwork y pequeños proyectos.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton", "algodón"],
      },
      {
        name: "Rocallas de cristal",
        description:
          "Tubos de pequeñas cuentas de cristal en una paleta de colores, para bisutería y bordado con abalorios.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass", "cristal"],
      },
      {
        name: "Tijeras de modista",
        description: "Tijeras de acero de hoja larga, para usar solo con tela.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel", "acero"],
      },
    ],
    pt: [
      {
        name: "Lã merino",
        description: "Um fio de merino macio e fofo, para camisolas, gorros e roupa de bebé.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Cor", values: ["Cru", "Ferrugem", "Petróleo"] }],
        motif: "yarn",
        traits: ["wool", "lã"],
      },
      {
        name: "Fio de algodão",
        description:
          "Um algodão mate e liso, com pontos bem definidos, para tops de verão, panos de cozinha e amigurumis.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton", "algodão"],
      },
      {
        name: "Agulhas de tricô em bambu",
        description: "Agulhas direitas, leves e agradáveis ao toque, em várias espessuras.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Espessura", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo", "bambu"],
      },
      {
        name: "Kit de bordado para iniciantes",
        description:
          "Bastidor, linho estampado com um desenho, linhas, agulha e instruções passo a passo.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner", "iniciante"],
      },
      {
        name: "Tecidos de algodão para patchwork",
        description:
          "Um conjunto de algodões estampados a condizer, cortados para patchwork e pequenos projetos.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton", "algodão"],
      },
      {
        name: "Missangas de vidro",
        description:
          "Tubos de pequenas missangas de vidro numa paleta de cores, para bijuteria e bordado.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass", "vidro"],
      },
      {
        name: "Tesoura de costura",
        description: "Uma tesoura de aço de lâmina comprida, para usar só em tecido.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel", "aço"],
      },
    ],
    it: [
      {
        name: "Filato di lana merino",
        description: "Un filato morbido e corposo, per maglioni, berretti e corredino.",
        price: [6, 10],
        kind: "product",
        options: [{ name: "Colore", values: ["Naturale", "Ruggine", "Petrolio"] }],
        motif: "yarn",
        traits: ["wool", "lana"],
      },
      {
        name: "Cotone per uncinetto",
        description:
          "Un cotone opaco e liscio dalla maglia ben definita, per top estivi, presine e amigurumi.",
        price: [4, 7],
        kind: "product",
        motif: "yarn",
        traits: ["cotton", "cotone"],
      },
      {
        name: "Ferri da maglia in bambù",
        description: "Ferri dritti, leggeri e caldi al tatto, in diverse misure.",
        price: [6, 12],
        kind: "product",
        options: [{ name: "Misura", values: ["4 mm", "5 mm", "6 mm"] }],
        motif: "needles",
        traits: ["bamboo", "bambù"],
      },
      {
        name: "Kit da ricamo per principianti",
        description: "Telaio, lino stampato con un disegno, filati, ago e istruzioni passo passo.",
        price: [18, 30],
        kind: "product",
        motif: "hoop",
        traits: ["beginner", "principianti"],
      },
      {
        name: "Tessuti di cotone per patchwork",
        description:
          "Un assortimento di cotoni stampati coordinati, tagliati per patchwork e piccoli progetti.",
        price: [12, 25],
        kind: "product",
        motif: "fabric",
        traits: ["cotton", "cotone"],
      },
      {
        name: "Perline di vetro",
        description:
          "Provette di piccole perline di vetro in una palette di colori, per bijoux e ricamo con perline.",
        price: [6, 12],
        kind: "product",
        motif: "beads",
        traits: ["glass", "vetro"],
      },
      {
        name: "Forbici da sarta",
        description: "Forbici in acciaio a lama lunga, da usare solo sulla stoffa.",
        price: [20, 40],
        kind: "product",
        motif: "scissors",
        traits: ["steel", "acciaio"],
      },
    ],
  },
  motifs: {
    yarn: "M12 4a8 8 0 1 0 .01 0 M6 8c4 1 9 5 11 11 M5 13c4 0 8 3 9 7 M10 4c3 2 7 7 8 11",
    needles: "M5 21L17 5 M9 21L21 5 M16 2.5a1.5 1.5 0 1 0 .01 0 M20 2.5a1.5 1.5 0 1 0 .01 0",
    hoop: "M12 4a8 8 0 1 0 .01 0 M12 2v2 M10 2h4 M8 13l2-2 2 2 2-2 2 2",
    fabric: "M3 7h18v4H3z M4 11h16v4H4z M5 15h14v4H5z M8 7l2 4 M15 11l-2 4",
    beads:
      "M3 6c2 8 16 8 18 0 M6 10a1.5 1.5 0 1 0 .01 0 M10.5 12a1.5 1.5 0 1 0 .01 0 M15 11.5a1.5 1.5 0 1 0 .01 0",
    scissors:
      "M6 6a3 3 0 1 0 .01 0 M6 15a3 3 0 1 0 .01 0 M8.5 10.5L20 4 M8.5 16.5L20 20 M8.5 10.5l4 3",
  },
};
