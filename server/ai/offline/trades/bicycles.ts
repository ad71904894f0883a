import type { TradeEntry } from "./types.ts";

/**
 * Bicycles and what goes with them: city, gravel, electric and children's bikes, helmets, locks
 * and lights. The traits name the frame material, the kind of bike, electric and children's, so
 * a brief about e-bikes or kids' bikes keeps to them.
 */
export const BICYCLES: TradeEntry = {
  id: "bicycles",
  moods: ["bold", "fresh", "minimal"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "bike shop",
      businessGender: "n",
      goods: "bikes and accessories",
      goodsGender: "n",
      craft: "cycling",
      makers: "our mechanics",
    },
    fr: {
      business: "magasin de vélos",
      businessGender: "m",
      goods: "vélos et accessoires",
      goodsGender: "m",
      craft: "vélo",
      makers: "nos mécaniciens",
    },
    de: {
      business: "Fahrradladen",
      businessGender: "m",
      goods: "Fahrräder und Zubehör",
      goodsGender: "n",
      craft: "Radfahren",
      makers: "unser Werkstatt-Team",
    },
    es: {
      business: "tienda de bicicletas",
      businessGender: "f",
      goods: "bicicletas y accesorios",
      goodsGender: "f",
      craft: "ciclismo",
      makers: "nuestros mecánicos",
    },
    pt: {
      business: "loja de bicicletas",
      businessGender: "f",
      goods: "bicicletas e acessórios",
      goodsGender: "f",
      craft: "ciclismo",
      makers: "os nossos mecânicos",
    },
    it: {
      business: "negozio di biciclette",
      businessGender: "m",
      goods: "biciclette e accessori",
      goodsGender: "f",
      craft: "ciclismo",
      makers: "i nostri meccanici",
    },
  },
  samples: {
    en: [
      {
        name: "Steel city bike",
        description:
          "An upright city bike with a steel frame, mudguards, a rack and hub gears for everyday riding.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Frame size", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "city"],
      },
      {
        name: "Aluminium gravel bike",
        description:
          "Wide-range gears and room for wide tyres, for lanes, tracks and longer days out.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Frame size", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "gravel"],
      },
      {
        name: "Electric hybrid bike",
        description:
          "A hybrid with a mid-drive motor and a removable battery, for commuting and hills.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric"],
      },
      {
        name: "Children’s bike",
        description: "A light first bike with a low step-through frame and easy-reach brakes.",
        price: [180, 300],
        kind: "product",
        options: [{ name: "Wheel size", values: ["14 inch", ["16 inch", 20], ["20 inch", 40]] }],
        motif: "kids",
        traits: ["children"],
      },
      {
        name: "Commuter helmet",
        description: "A ventilated helmet with a dial fit and a clip for a rear light.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Size", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "D-lock with cable",
        description: "A hardened steel D-lock with a cable for the front wheel and a frame mount.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Rechargeable light set",
        description: "Front and rear lights that charge by USB, with steady and flashing modes.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Roll-top pannier",
        description:
          "A waterproof roll-top bag that clips onto a rear rack, for commuting and touring.",
        price: [45, 80],
        kind: "product",
        motif: "pannier",
        traits: [],
      },
    ],
    fr: [
      {
        name: "Vélo de ville en acier",
        description:
          "Position droite, cadre en acier, garde-boue, porte-bagages et moyeu à vitesses intégrées, pour tous les jours.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Taille de cadre", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "acier", "city", "ville"],
      },
      {
        name: "Gravel en aluminium",
        description:
          "Une large plage de braquets et du passage pour des pneus larges, pour les chemins comme pour les longues sorties.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Taille de cadre", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "aluminium", "gravel", "gravel"],
      },
      {
        name: "Vélo à assistance électrique",
        description:
          "Un VAE polyvalent à moteur pédalier et batterie amovible, pour les trajets quotidiens et les côtes.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric", "électrique"],
      },
      {
        name: "Vélo enfant",
        description: "Un premier vélo léger, au cadre bas et aux freins faciles à atteindre.",
        price: [180, 300],
        kind: "product",
        options: [
          { name: "Taille de roues", values: ["14 pouces", ["16 pouces", 20], ["20 pouces", 40]] },
        ],
        motif: "kids",
        traits: ["children", "enfant"],
      },
      {
        name: "Casque urbain",
        description:
          "Un casque ventilé à molette de réglage, avec un emplacement pour l’éclairage arrière.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Taille", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "Antivol en U avec câble",
        description:
          "Un antivol en acier trempé, avec un câble pour la roue avant et un support de cadre.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Kit d’éclairage rechargeable",
        description:
          "Éclairages avant et arrière rechargeables par USB, en mode fixe ou clignotant.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Vélo cargo biporteur",
        description:
          "Un vélo cargo à caisse avant et assistance électrique, pour emmener les enfants ou les courses.",
        price: [3000, 5000],
        kind: "product",
        motif: "cargo",
        traits: ["electric", "électrique"],
      },
    ],
    de: [
      {
        name: "Stadtrad mit Stahlrahmen",
        description:
          "Aufrechte Sitzposition, Stahlrahmen, Schutzbleche, Gepäckträger und Nabenschaltung für den Alltag.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Rahmenhöhe", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "Stahl", "city", "Stadt"],
      },
      {
        name: "Gravelbike aus Aluminium",
        description:
          "Große Übersetzungsbandbreite und Platz für breite Reifen, für Feldwege und lange Runden.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Rahmenhöhe", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "Aluminium", "gravel", "Gravel"],
      },
      {
        name: "Trekking-E-Bike",
        description:
          "Mit Mittelmotor und herausnehmbarem Akku, für den Arbeitsweg und bergige Strecken.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric", "E-Bike"],
      },
      {
        name: "Kinderfahrrad",
        description:
          "Ein leichtes erstes Fahrrad mit tiefem Einstieg und gut erreichbaren Bremsen.",
        price: [180, 300],
        kind: "product",
        options: [{ name: "Laufradgröße", values: ["14 Zoll", ["16 Zoll", 20], ["20 Zoll", 40]] }],
        motif: "kids",
        traits: ["children", "Kinder"],
      },
      {
        name: "Fahrradhelm für die Stadt",
        description:
          "Belüfteter Helm mit Drehrad zur Anpassung und einer Halterung für ein Rücklicht.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Größe", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "Bügelschloss mit Kabel",
        description: "Aus gehärtetem Stahl, mit Kabel fürs Vorderrad und einer Rahmenhalterung.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Akku-Beleuchtungsset",
        description: "Front- und Rücklicht, per USB aufladbar, mit Dauer- und Blinklicht.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Fahrradanhänger für Kinder",
        description:
          "Ein Anhänger mit Sitzen, Gurten und Regenverdeck, für Ausflüge mit den Kleinen.",
        price: [350, 700],
        kind: "product",
        motif: "trailer",
        traits: ["children", "Kinder"],
      },
    ],
    es: [
      {
        name: "Bicicleta urbana de acero",
        description:
          "Posición erguida, cuadro de acero, guardabarros, portabultos y cambio interno para el día a día.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Talla de cuadro", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "acero", "city", "urbana"],
      },
      {
        name: "Bicicleta gravel de aluminio",
        description:
          "Amplio rango de desarrollos y paso para neumáticos anchos, para caminos y salidas largas.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Talla de cuadro", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "aluminio", "gravel", "gravel"],
      },
      {
        name: "Bicicleta eléctrica",
        description:
          "Una híbrida con motor central y batería extraíble, para ir al trabajo y subir cuestas.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric", "eléctrica"],
      },
      {
        name: "Bicicleta infantil",
        description: "Una primera bici ligera, con cuadro bajo y frenos fáciles de alcanzar.",
        price: [180, 300],
        kind: "product",
        options: [
          {
            name: "Tamaño de rueda",
            values: ["14 pulgadas", ["16 pulgadas", 20], ["20 pulgadas", 40]],
          },
        ],
        motif: "kids",
        traits: ["children", "niños"],
      },
      {
        name: "Casco urbano",
        description: "Un casco ventilado con rueda de ajuste y soporte para la luz trasera.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Talla", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "Candado en U con cable",
        description:
          "De acero templado, con cable para la rueda delantera y soporte para el cuadro.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Juego de luces recargables",
        description: "Luz delantera y trasera recargables por USB, con modo fijo e intermitente.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Bicicleta plegable",
        description:
          "Se guarda bajo la mesa o sube al tren, para combinarla con el transporte público.",
        price: [500, 1000],
        kind: "product",
        motif: "folding",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Bicicleta de cidade em aço",
        description:
          "Posição direita, quadro em aço, guarda-lamas, porta-bagagens e mudanças no cubo para o dia a dia.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Tamanho do quadro", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "aço", "city", "cidade"],
      },
      {
        name: "Gravel em alumínio",
        description:
          "Ampla gama de mudanças e espaço para pneus largos, para estradões e voltas longas.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Tamanho do quadro", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "alumínio", "gravel", "gravel"],
      },
      {
        name: "Bicicleta elétrica",
        description:
          "Uma híbrida com motor central e bateria amovível, para ir para o trabalho e vencer as subidas.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric", "elétrica"],
      },
      {
        name: "Bicicleta de criança",
        description: "Uma primeira bicicleta leve, com quadro baixo e travões fáceis de alcançar.",
        price: [180, 300],
        kind: "product",
        options: [
          {
            name: "Tamanho da roda",
            values: ["14 polegadas", ["16 polegadas", 20], ["20 polegadas", 40]],
          },
        ],
        motif: "kids",
        traits: ["children", "criança"],
      },
      {
        name: "Capacete urbano",
        description: "Um capacete ventilado com roda de ajuste e suporte para a luz traseira.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Tamanho", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "Cadeado em U com cabo",
        description: "Em aço temperado, com cabo para a roda da frente e suporte para o quadro.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Conjunto de luzes recarregáveis",
        description:
          "Luz da frente e traseira recarregáveis por USB, com modo fixo e intermitente.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Bicicleta de estrada em carbono",
        description:
          "Quadro em carbono, guiador de curva e mudanças de estrada, para subidas e voltas rápidas.",
        price: [1200, 2500],
        kind: "product",
        motif: "bike",
        traits: [],
      },
    ],
    it: [
      {
        name: "Bici da città in acciaio",
        description:
          "Posizione eretta, telaio in acciaio, parafanghi, portapacchi e cambio al mozzo per tutti i giorni.",
        price: [450, 800],
        kind: "product",
        options: [{ name: "Taglia telaio", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["steel", "acciaio", "city", "città"],
      },
      {
        name: "Gravel in alluminio",
        description:
          "Ampia scala di rapporti e spazio per gomme larghe, per sterrati e uscite lunghe.",
        price: [900, 1600],
        kind: "product",
        options: [{ name: "Taglia telaio", values: ["S", "M", "L"] }],
        motif: "bike",
        traits: ["aluminium", "alluminio", "gravel", "gravel"],
      },
      {
        name: "E-bike da trekking",
        description:
          "Motore centrale e batteria estraibile, per andare al lavoro e affrontare le salite.",
        price: [1800, 3000],
        kind: "product",
        motif: "ebike",
        traits: ["electric", "elettrica"],
      },
      {
        name: "Bicicletta da bambino",
        description: "Una prima bici leggera, con telaio basso e freni facili da raggiungere.",
        price: [180, 300],
        kind: "product",
        options: [
          { name: "Misura ruote", values: ["14 pollici", ["16 pollici", 20], ["20 pollici", 40]] },
        ],
        motif: "kids",
        traits: ["children", "bambini"],
      },
      {
        name: "Casco da città",
        description:
          "Un casco ventilato con rotella di regolazione e attacco per la luce posteriore.",
        price: [45, 90],
        kind: "product",
        options: [{ name: "Taglia", values: ["S", "M", "L"] }],
        motif: "helmet",
        traits: [],
      },
      {
        name: "Lucchetto ad arco con cavo",
        description:
          "In acciaio temprato, con cavo per la ruota anteriore e supporto per il telaio.",
        price: [40, 80],
        kind: "product",
        motif: "lock",
        traits: [],
      },
      {
        name: "Set di luci ricaricabili",
        description:
          "Luce anteriore e posteriore ricaricabili via USB, con modalità fissa e lampeggiante.",
        price: [25, 50],
        kind: "product",
        motif: "light",
        traits: [],
      },
      {
        name: "Bici da corsa in acciaio",
        description:
          "Telaio in acciaio con congiunzioni, manubrio da corsa e leve del cambio, per le uscite della domenica.",
        price: [900, 1600],
        kind: "product",
        motif: "bike",
        traits: ["steel", "acciaio"],
      },
    ],
  },
  motifs: {
    bike: "M6 12.5a3.5 3.5 0 1 0 .01 0 M18 12.5a3.5 3.5 0 1 0 .01 0 M6 16l4-7h6l2 7 M10 9l3 7H6 M16 9l-1-3h2.5 M8.5 6h3",
    ebike:
      "M6 12.5a3.5 3.5 0 1 0 .01 0 M18 12.5a3.5 3.5 0 1 0 .01 0 M6 16l4-6h6l2 6 M10 10l3 6 M13 2l-2 3h3l-2 3",
    kids: "M7 14a3 3 0 1 0 .01 0 M17 14a3 3 0 1 0 .01 0 M7 17l3-5h5l2 5 M10 12l-1-3 M15 12l-.5-3h2",
    helmet: "M3 16a9 8 0 0 1 18 0z M8 9l2 7 M13 8v8 M17 10l-1 6",
    lock: "M7 11V7a5 5 0 0 1 10 0v4 M5 11h14v9H5z M12 14v3",
    light: "M4 9h8l4-3v12l-4-3H4z M19 9l2-1 M19 12h2.5 M19 15l2 1",
    pannier: "M5 6h14v4H5z M6 10h12l-1 10H7z M9 14h6 M12 3v3",
    cargo:
      "M2 8h9v6H2z M5 15.5a2.5 2.5 0 1 0 .01 0 M19 15.5a2.5 2.5 0 1 0 .01 0 M11 14h4l4 4 M15 14l-1-4h3",
    trailer: "M4 8h12l2 8H4z M9 16a2.5 2.5 0 1 0 .01 0 M18 13h4 M6 8V5h6",
    folding: "M6 14a3 3 0 1 0 .01 0 M18 14a3 3 0 1 0 .01 0 M6 17h12 M12 17V7 M10 7h4 M9 4h3",
  },
};
