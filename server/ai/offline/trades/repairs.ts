import type { TradeEntry } from "./types.ts";

/**
 * Repairs: phones and laptops, watches, shoes, household appliances and clothing alterations,
 * each priced "from" with a quote before the work. The traits name what is repaired, so a
 * cobbler's brief does not get a phone screen.
 */
export const REPAIRS: TradeEntry = {
  id: "repairs",
  moods: ["bold", "minimal", "fresh"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "repair workshop",
      businessGender: "n",
      goods: "repairs",
      goodsGender: "n",
      craft: "repair",
      makers: "our repairers",
    },
    fr: {
      business: "atelier de réparation",
      businessGender: "m",
      goods: "réparations",
      goodsGender: "f",
      craft: "réparation",
      makers: "nos réparateurs",
    },
    de: {
      business: "Reparaturwerkstatt",
      businessGender: "f",
      goods: "Reparaturen",
      goodsGender: "f",
      craft: "Reparatur",
      makers: "unsere Techniker",
    },
    es: {
      business: "taller de reparaciones",
      businessGender: "m",
      goods: "reparaciones",
      goodsGender: "f",
      craft: "reparación",
      makers: "nuestros técnicos",
    },
    pt: {
      business: "oficina de reparações",
      businessGender: "f",
      goods: "reparações",
      goodsGender: "f",
      craft: "reparação",
      makers: "os nossos técnicos",
    },
    it: {
      business: "laboratorio di riparazioni",
      businessGender: "m",
      goods: "riparazioni",
      goodsGender: "f",
      craft: "riparazione",
      makers: "i nostri tecnici",
    },
  },
  samples: {
    en: [
      {
        name: "Phone screen replacement",
        description:
          "A cracked or unresponsive screen replaced, with the phone cleaned and tested before it goes back to you.",
        price: [60, 180],
        kind: "service",
        options: [{ name: "Phone", values: ["iPhone", "Samsung Galaxy", "Other Android"] }],
        motif: "phone",
        traits: ["phone"],
      },
      {
        name: "Laptop diagnosis and repair",
        description:
          "Slow start-ups, tired batteries, broken hinges and keyboards looked at, with a quote before any work begins.",
        price: [40, 60],
        kind: "service",
        motif: "laptop",
        traits: ["laptop"],
      },
      {
        name: "Watch battery change",
        description: "Battery replaced, seals checked and the case cleaned, for quartz watches.",
        price: [15, 30],
        kind: "service",
        motif: "watch",
        traits: ["watch"],
      },
      {
        name: "Shoe resoling",
        description:
          "Worn soles and heels replaced in leather or rubber, with the uppers cleaned and conditioned.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Sole", values: ["Rubber", ["Leather", 15]] }],
        motif: "shoe",
        traits: ["shoes"],
      },
      {
        name: "Washing machine repair at home",
        description:
          "Drum, pump, door seal and error codes looked at in your home, with a quote before parts are ordered.",
        price: [60, 90],
        kind: "service",
        motif: "appliance",
        traits: ["appliance"],
      },
      {
        name: "Clothing alterations",
        description:
          "Hems taken up, waists taken in and zips replaced, with a fitting in the workshop.",
        price: [12, 30],
        kind: "service",
        motif: "sewing",
        traits: ["clothing"],
      },
    ],
    fr: [
      {
        name: "Remplacement d’écran de smartphone",
        description:
          "Écran fissuré ou tactile qui ne répond plus remplacé, téléphone nettoyé et testé avant de vous être rendu.",
        price: [60, 180],
        kind: "service",
        options: [{ name: "Modèle", values: ["iPhone", "Samsung Galaxy", "Autre Android"] }],
        motif: "phone",
        traits: ["phone", "téléphone"],
      },
      {
        name: "Diagnostic et réparation d’ordinateur portable",
        description:
          "Démarrage lent, batterie fatiguée, charnière ou clavier cassé, avec un devis avant toute intervention.",
        price: [40, 60],
        kind: "service",
        motif: "laptop",
        traits: ["laptop", "ordinateur"],
      },
      {
        name: "Changement de pile de montre",
        description:
          "Pile remplacée, joints vérifiés et boîtier nettoyé, pour les montres à quartz.",
        price: [12, 30],
        kind: "service",
        motif: "watch",
        traits: ["watch", "montre"],
      },
      {
        name: "Ressemelage",
        description:
          "Semelles et talons usés refaits en cuir ou en gomme, tige nettoyée et nourrie.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Semelle", values: ["Gomme", ["Cuir", 15]] }],
        motif: "shoe",
        traits: ["shoes", "chaussures"],
      },
      {
        name: "Réparation de lave-linge à domicile",
        description:
          "Tambour, pompe, joint de hublot ou code erreur examinés chez vous, avec un devis avant la commande des pièces.",
        price: [60, 90],
        kind: "service",
        motif: "appliance",
        traits: ["appliance", "électroménager"],
      },
      {
        name: "Retouches",
        description:
          "Ourlets, tailles reprises et fermetures éclair remplacées, avec un essayage à l’atelier.",
        price: [12, 30],
        kind: "service",
        motif: "sewing",
        traits: ["clothing", "vêtements"],
      },
    ],
    de: [
      {
        name: "Handy-Display-Reparatur",
        description:
          "Gesprungenes oder nicht reagierendes Display getauscht, das Gerät gereinigt und geprüft, bevor Sie es zurückbekommen.",
        price: [60, 180],
        kind: "service",
        options: [{ name: "Gerät", values: ["iPhone", "Samsung Galaxy", "Anderes Android-Gerät"] }],
        motif: "phone",
        traits: ["phone", "Handy"],
      },
      {
        name: "Laptop-Diagnose und Reparatur",
        description:
          "Langsamer Start, schwacher Akku, gebrochenes Scharnier oder Tastatur, mit Kostenvoranschlag vor jeder Reparatur.",
        price: [40, 65],
        kind: "service",
        motif: "laptop",
        traits: ["laptop", "Laptop"],
      },
      {
        name: "Batteriewechsel für Uhren",
        description:
          "Batterie getauscht, Dichtungen geprüft und Gehäuse gereinigt, für Quarzuhren.",
        price: [12, 30],
        kind: "service",
        motif: "watch",
        traits: ["watch", "Uhr"],
      },
      {
        name: "Schuhe neu besohlen",
        description:
          "Abgelaufene Sohlen und Absätze in Leder oder Gummi erneuert, das Obermaterial gereinigt und gepflegt.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Sohle", values: ["Gummi", ["Leder", 15]] }],
        motif: "shoe",
        traits: ["shoes", "Schuhe"],
      },
      {
        name: "Waschmaschinen-Reparatur vor Ort",
        description:
          "Trommel, Pumpe, Türdichtung oder Fehlercode werden bei Ihnen zu Hause geprüft, mit Kostenvoranschlag vor der Ersatzteilbestellung.",
        price: [65, 95],
        kind: "service",
        motif: "appliance",
        traits: ["appliance", "Haushaltsgeräte"],
      },
      {
        name: "Änderungsschneiderei",
        description:
          "Hosen kürzen, Taillen enger nähen, Reißverschlüsse ersetzen, mit Anprobe in der Werkstatt.",
        price: [12, 30],
        kind: "service",
        motif: "sewing",
        traits: ["clothing", "Kleidung"],
      },
    ],
    es: [
      {
        name: "Cambio de pantalla de móvil",
        description:
          "Pantalla rota o táctil que no responde sustituida, con el móvil limpio y probado antes de devolvértelo.",
        price: [50, 170],
        kind: "service",
        options: [{ name: "Modelo", values: ["iPhone", "Samsung Galaxy", "Otro Android"] }],
        motif: "phone",
        traits: ["phone", "móvil"],
      },
      {
        name: "Reparación de portátiles",
        description:
          "Arranque lento, batería agotada, bisagra o teclado rotos, con presupuesto antes de cualquier reparación.",
        price: [35, 55],
        kind: "service",
        motif: "laptop",
        traits: ["laptop", "portátil"],
      },
      {
        name: "Cambio de pila de reloj",
        description: "Pila nueva, juntas revisadas y caja limpia, para relojes de cuarzo.",
        price: [10, 25],
        kind: "service",
        motif: "watch",
        traits: ["watch", "reloj"],
      },
      {
        name: "Medias suelas y tapas",
        description:
          "Suelas y tacones gastados renovados en cuero o goma, con el calzado limpio y nutrido.",
        price: [25, 60],
        kind: "service",
        options: [{ name: "Suela", values: ["Goma", ["Cuero", 12]] }],
        motif: "shoe",
        traits: ["shoes", "zapatos"],
      },
      {
        name: "Reparación de lavadoras a domicilio",
        description:
          "Tambor, bomba, goma de la puerta o códigos de error revisados en tu casa, con presupuesto antes de pedir piezas.",
        price: [50, 80],
        kind: "service",
        motif: "appliance",
        traits: ["appliance", "electrodomésticos"],
      },
      {
        name: "Arreglos de ropa",
        description:
          "Bajos, cinturas y cremalleras ajustados a tu medida, con prueba en el taller.",
        price: [8, 25],
        kind: "service",
        motif: "sewing",
        traits: ["clothing", "ropa"],
      },
    ],
    pt: [
      {
        name: "Substituição de ecrã de telemóvel",
        description:
          "Ecrã partido ou tátil que não responde substituído, com o telemóvel limpo e testado antes da entrega.",
        price: [50, 170],
        kind: "service",
        options: [{ name: "Modelo", values: ["iPhone", "Samsung Galaxy", "Outro Android"] }],
        motif: "phone",
        traits: ["phone", "telemóvel"],
      },
      {
        name: "Reparação de portáteis",
        description:
          "Arranque lento, bateria gasta, dobradiça ou teclado partidos, com orçamento antes de qualquer reparação.",
        price: [35, 55],
        kind: "service",
        motif: "laptop",
        traits: ["laptop", "portátil"],
      },
      {
        name: "Troca de pilha de relógio",
        description: "Pilha nova, vedantes verificados e caixa limpa, para relógios de quartzo.",
        price: [10, 25],
        kind: "service",
        motif: "watch",
        traits: ["watch", "relógio"],
      },
      {
        name: "Meias-solas e capas",
        description:
          "Solas e saltos gastos renovados em couro ou borracha, com o calçado limpo e hidratado.",
        price: [25, 60],
        kind: "service",
        options: [{ name: "Sola", values: ["Borracha", ["Couro", 12]] }],
        motif: "shoe",
        traits: ["shoes", "sapatos"],
      },
      {
        name: "Reparação de máquinas de lavar ao domicílio",
        description:
          "Tambor, bomba, borracha da porta ou códigos de erro verificados em sua casa, com orçamento antes de encomendar peças.",
        price: [45, 75],
        kind: "service",
        motif: "appliance",
        traits: ["appliance", "eletrodomésticos"],
      },
      {
        name: "Arranjos de costura",
        description: "Bainhas, cinturas e fechos ajustados à sua medida, com prova no atelier.",
        price: [8, 25],
        kind: "service",
        motif: "sewing",
        traits: ["clothing", "roupa"],
      },
    ],
    it: [
      {
        name: "Sostituzione schermo smartphone",
        description:
          "Schermo rotto o touch che non risponde sostituito, con il telefono pulito e provato prima della riconsegna.",
        price: [50, 170],
        kind: "service",
        options: [{ name: "Modello", values: ["iPhone", "Samsung Galaxy", "Altro Android"] }],
        motif: "phone",
        traits: ["phone", "telefono"],
      },
      {
        name: "Riparazione notebook",
        description:
          "Avvio lento, batteria esausta, cerniera o tastiera rotte, con preventivo prima di ogni intervento.",
        price: [35, 60],
        kind: "service",
        motif: "laptop",
        traits: ["laptop", "notebook"],
      },
      {
        name: "Cambio pila orologio",
        description: "Pila nuova, guarnizioni controllate e cassa pulita, per orologi al quarzo.",
        price: [10, 25],
        kind: "service",
        motif: "watch",
        traits: ["watch", "orologio"],
      },
      {
        name: "Risuolatura scarpe",
        description:
          "Suole e tacchi consumati rifatti in cuoio o gomma, con la tomaia pulita e nutrita.",
        price: [30, 65],
        kind: "service",
        options: [{ name: "Suola", values: ["Gomma", ["Cuoio", 12]] }],
        motif: "shoe",
        traits: ["shoes", "scarpe"],
      },
      {
        name: "Riparazione lavatrici a domicilio",
        description:
          "Cestello, pompa, guarnizione dell’oblò o codici di errore controllati a casa tua, con preventivo prima di ordinare i ricambi.",
        price: [50, 80],
        kind: "service",
        motif: "appliance",
        traits: ["appliance", "elettrodomestici"],
      },
      {
        name: "Riparazioni sartoriali",
        description: "Orli, stringimenti e cerniere sostituite su misura, con prova in sartoria.",
        price: [8, 25],
        kind: "service",
        motif: "sewing",
        traits: ["clothing", "abbigliamento"],
      },
    ],
  },
  motifs: {
    phone: "M7 2h10v20H7z M7 5h10 M7 17h10 M11 19.5h2 M13 8l-2 3 3 1-2 3",
    laptop: "M5 5h14v10H5z M2 18h20l-2 2H4z",
    watch: "M12 7a5 5 0 1 0 .01 0 M12 9.5V12l1.5 1.5 M9 8L10 3h4l1 5 M9 16L10 21h4l1-5",
    shoe: "M3 17V9l4 1c2 2 5 3 8 3l5 1c1 .5 1 3 0 3z M3 17v2h18v-2",
    appliance: "M5 3h14v18H5z M5 7h14 M12 10a4 4 0 1 0 .01 0 M8 5h1 M11 5h1",
    sewing: "M19 3L8 18l-2 3 M17 4.5l1.5 1 M18 5c-4 0-9 2-9 6s6 4 6 8c0 1-1 2-3 2",
  },
};
