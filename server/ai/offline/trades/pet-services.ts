import type { TradeEntry } from "./types.ts";

/**
 * Pet care: walking, home visits, grooming, training, day care and boarding. The traits name the
 * animal (dog, cat, puppy), so a cattery's brief is never offered dog walks.
 */
export const PET_SERVICES: TradeEntry = {
  id: "pet-services",
  moods: ["playful", "warm", "fresh"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "pet care service",
      businessGender: "n",
      goods: "pet care",
      goodsGender: "n",
      craft: "pet care",
      makers: "our carers",
    },
    fr: {
      business: "service de garde et de soins pour animaux",
      businessGender: "m",
      goods: "soins pour animaux",
      goodsGender: "m",
      craft: "soin des animaux",
      makers: "notre équipe",
    },
    de: {
      business: "Tierbetreuung",
      businessGender: "f",
      goods: "Betreuung und Pflege für Haustiere",
      goodsGender: "f",
      craft: "Tierbetreuung",
      makers: "unser Team",
    },
    es: {
      business: "servicio de cuidado de mascotas",
      businessGender: "m",
      goods: "cuidados para mascotas",
      goodsGender: "m",
      craft: "cuidado de mascotas",
      makers: "nuestros cuidadores",
    },
    pt: {
      business: "serviço de cuidados para animais",
      businessGender: "m",
      goods: "cuidados para animais",
      goodsGender: "m",
      craft: "cuidado de animais",
      makers: "os nossos cuidadores",
    },
    it: {
      business: "servizio di cura per animali",
      businessGender: "m",
      goods: "servizi per animali",
      goodsGender: "m",
      craft: "cura degli animali",
      makers: "i nostri pet sitter",
    },
  },
  samples: {
    en: [
      {
        name: "Dog walking",
        description:
          "A walk on your dog’s usual routes, alone or with a small group of friendly dogs.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Walk", values: ["Group walk", ["Solo walk", 5]] }],
        motif: "walk",
        traits: ["dog"],
      },
      {
        name: "Pet sitting home visits",
        description:
          "Feeding, fresh water, litter or garden time and some company while you are away, in your pet’s own home.",
        price: [12, 20],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Full dog groom",
        description: "Bath, dry, brush-out, trim and nail clip, finished in the style you ask for.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Size", values: ["Small", ["Medium", 10], ["Large", 20]] }],
        motif: "grooming",
        traits: ["dog"],
      },
      {
        name: "Cat grooming",
        description:
          "Gentle brushing, de-matting and a bath if your cat will accept one, all at a calm pace.",
        price: [40, 60],
        kind: "service",
        motif: "cat",
        traits: ["cat"],
      },
      {
        name: "Puppy training class",
        description:
          "Small-group sessions on recall, loose-lead walking and settling, with plenty of play.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "puppy"],
      },
      {
        name: "Dog day care",
        description: "A day of play, rest and company with other dogs, in a small group.",
        price: [20, 30],
        kind: "service",
        motif: "dog",
        traits: ["dog"],
      },
      {
        name: "Cat boarding",
        description: "A quiet stay in a private pen with a bed, play and care while you travel.",
        price: [12, 18],
        kind: "service",
        motif: "sitting",
        traits: ["cat"],
      },
    ],
    fr: [
      {
        name: "Promenade de chien",
        description:
          "Une balade sur ses parcours habituels, seul ou en petit groupe de chiens sociables.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Balade", values: ["En groupe", ["Individuelle", 5]] }],
        motif: "walk",
        traits: ["dog", "chien"],
      },
      {
        name: "Garde à domicile",
        description:
          "Repas, eau fraîche, litière ou sortie au jardin, et de la compagnie pendant votre absence, chez vous.",
        price: [12, 20],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Toilettage complet pour chien",
        description:
          "Bain, séchage, brossage, tonte ou coupe aux ciseaux et griffes, selon le style souhaité.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Gabarit", values: ["Petit", ["Moyen", 10], ["Grand", 20]] }],
        motif: "grooming",
        traits: ["dog", "chien"],
      },
      {
        name: "Toilettage pour chat",
        description:
          "Brossage en douceur, démêlage et bain si votre chat l’accepte, sans précipitation.",
        price: [40, 60],
        kind: "service",
        motif: "cat",
        traits: ["cat", "chat"],
      },
      {
        name: "Cours d’éducation pour chiot",
        description:
          "Des séances en petit groupe sur le rappel, la marche en laisse et le calme, avec beaucoup de jeu.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "chien", "puppy", "chiot"],
      },
      {
        name: "Garderie pour chiens à la journée",
        description:
          "Une journée de jeu, de repos et de compagnie avec d’autres chiens, en petit groupe.",
        price: [20, 30],
        kind: "service",
        motif: "dog",
        traits: ["dog", "chien"],
      },
      {
        name: "Pension pour chats",
        description:
          "Un séjour au calme dans un espace individuel, avec couchage, jeux et soins pendant vos vacances.",
        price: [12, 18],
        kind: "service",
        motif: "sitting",
        traits: ["cat", "chat"],
      },
    ],
    de: [
      {
        name: "Gassi-Service",
        description:
          "Spaziergänge auf den gewohnten Runden, einzeln oder in einer kleinen Gruppe verträglicher Hunde.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Runde", values: ["In der Gruppe", ["Einzeln", 5]] }],
        motif: "walk",
        traits: ["dog", "Hund"],
      },
      {
        name: "Tierbetreuung zu Hause",
        description:
          "Füttern, frisches Wasser, Katzenklo oder Garten und Gesellschaft, während Sie unterwegs sind, im gewohnten Zuhause.",
        price: [12, 20],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Komplettpflege im Hundesalon",
        description:
          "Baden, Föhnen, Ausbürsten, Schneiden und Krallen kürzen, im gewünschten Stil.",
        price: [35, 70],
        kind: "service",
        options: [{ name: "Größe", values: ["Klein", ["Mittel", 10], ["Groß", 20]] }],
        motif: "grooming",
        traits: ["dog", "Hund"],
      },
      {
        name: "Katzenpflege",
        description:
          "Sanftes Bürsten, Entfilzen und ein Bad, wenn Ihre Katze es zulässt, in aller Ruhe.",
        price: [40, 60],
        kind: "service",
        motif: "cat",
        traits: ["cat", "Katze"],
      },
      {
        name: "Welpenkurs",
        description:
          "Training in der Kleingruppe zu Rückruf, Leinenführigkeit und Ruhe, mit viel Spiel.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "Hund", "puppy", "Welpe"],
      },
      {
        name: "Hundetagesstätte",
        description:
          "Ein Tag mit Spiel, Ruhe und Gesellschaft anderer Hunde, in einer kleinen Gruppe.",
        price: [20, 30],
        kind: "service",
        motif: "dog",
        traits: ["dog", "Hund"],
      },
      {
        name: "Katzenpension",
        description:
          "Ein ruhiger Aufenthalt im eigenen Bereich mit Schlafplatz, Spiel und Pflege, während Sie verreist sind.",
        price: [12, 18],
        kind: "service",
        motif: "sitting",
        traits: ["cat", "Katze"],
      },
    ],
    es: [
      {
        name: "Paseo de perros",
        description:
          "Un paseo por sus rutas de siempre, solo o en un grupo pequeño de perros sociables.",
        price: [10, 15],
        kind: "service",
        options: [{ name: "Paseo", values: ["En grupo", ["Individual", 5]] }],
        motif: "walk",
        traits: ["dog", "perro"],
      },
      {
        name: "Cuidado de mascotas a domicilio",
        description:
          "Comida, agua fresca, arenero o salida al jardín y compañía mientras estás fuera, en su propia casa.",
        price: [10, 18],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Peluquería canina completa",
        description: "Baño, secado, cepillado, corte y uñas, con el estilo que nos pidas.",
        price: [30, 60],
        kind: "service",
        options: [{ name: "Tamaño", values: ["Pequeño", ["Mediano", 10], ["Grande", 20]] }],
        motif: "grooming",
        traits: ["dog", "perro"],
      },
      {
        name: "Peluquería felina",
        description: "Cepillado suave, desenredado y baño si tu gato lo tolera, sin prisas.",
        price: [35, 55],
        kind: "service",
        motif: "cat",
        traits: ["cat", "gato"],
      },
      {
        name: "Clases de educación para cachorros",
        description:
          "Sesiones en grupo reducido sobre la llamada, el paseo con correa y la calma, con mucho juego.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "perro", "puppy", "cachorro"],
      },
      {
        name: "Guardería canina de día",
        description: "Un día de juego, descanso y compañía con otros perros, en un grupo reducido.",
        price: [18, 28],
        kind: "service",
        motif: "dog",
        traits: ["dog", "perro"],
      },
      {
        name: "Residencia felina",
        description:
          "Una estancia tranquila en un espacio individual, con cama, juego y cuidados mientras viajas.",
        price: [10, 16],
        kind: "service",
        motif: "sitting",
        traits: ["cat", "gato"],
      },
    ],
    pt: [
      {
        name: "Passeio de cães",
        description:
          "Um passeio pelos percursos habituais, sozinho ou num pequeno grupo de cães sociáveis.",
        price: [10, 15],
        kind: "service",
        options: [{ name: "Passeio", values: ["Em grupo", ["Individual", 5]] }],
        motif: "walk",
        traits: ["dog", "cão"],
      },
      {
        name: "Pet sitting ao domicílio",
        description:
          "Comida, água fresca, caixa de areia ou ida ao jardim e companhia enquanto está fora, na casa do seu animal.",
        price: [10, 18],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Banho e tosquia para cães",
        description: "Banho, secagem, escovagem, corte e unhas, no estilo que pedir.",
        price: [30, 60],
        kind: "service",
        options: [{ name: "Porte", values: ["Pequeno", ["Médio", 10], ["Grande", 20]] }],
        motif: "grooming",
        traits: ["dog", "cão"],
      },
      {
        name: "Grooming para gatos",
        description:
          "Escovagem suave, pelo desembaraçado e banho se o seu gato o aceitar, sem pressas.",
        price: [35, 55],
        kind: "service",
        motif: "cat",
        traits: ["cat", "gato"],
      },
      {
        name: "Aulas de treino para cachorros",
        description:
          "Sessões em grupo pequeno sobre chamada, passeio à trela e calma, com muita brincadeira.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "cão", "puppy", "cachorro"],
      },
      {
        name: "Creche para cães",
        description:
          "Um dia de brincadeira, descanso e companhia com outros cães, num grupo pequeno.",
        price: [15, 25],
        kind: "service",
        motif: "dog",
        traits: ["dog", "cão"],
      },
      {
        name: "Hotel para gatos",
        description:
          "Uma estadia tranquila num espaço individual, com cama, brincadeira e cuidados enquanto viaja.",
        price: [10, 16],
        kind: "service",
        motif: "sitting",
        traits: ["cat", "gato"],
      },
    ],
    it: [
      {
        name: "Passeggiate per cani",
        description:
          "Una passeggiata sui suoi percorsi abituali, da solo o in un piccolo gruppo di cani socievoli.",
        price: [10, 15],
        kind: "service",
        options: [{ name: "Passeggiata", values: ["In gruppo", ["Individuale", 5]] }],
        motif: "walk",
        traits: ["dog", "cane"],
      },
      {
        name: "Pet sitter a domicilio",
        description:
          "Pappa, acqua fresca, lettiera o uscita in giardino e compagnia mentre sei via, nella sua casa.",
        price: [10, 18],
        kind: "service",
        motif: "sitting",
        traits: [],
      },
      {
        name: "Toelettatura completa per cani",
        description:
          "Bagno, asciugatura, spazzolatura, taglio e unghie, nello stile che preferisci.",
        price: [30, 60],
        kind: "service",
        options: [{ name: "Taglia", values: ["Piccola", ["Media", 10], ["Grande", 20]] }],
        motif: "grooming",
        traits: ["dog", "cane"],
      },
      {
        name: "Toelettatura per gatti",
        description:
          "Spazzolatura delicata, districatura e bagno se il tuo gatto lo accetta, con calma.",
        price: [35, 55],
        kind: "service",
        motif: "cat",
        traits: ["cat", "gatto"],
      },
      {
        name: "Corso di educazione per cuccioli",
        description:
          "Incontri in piccolo gruppo su richiamo, passeggiata al guinzaglio e calma, con tanto gioco.",
        price: [15, 25],
        kind: "service",
        motif: "training",
        traits: ["dog", "cane", "puppy", "cucciolo"],
      },
      {
        name: "Asilo per cani",
        description:
          "Una giornata di gioco, riposo e compagnia con altri cani, in un piccolo gruppo.",
        price: [15, 25],
        kind: "service",
        motif: "dog",
        traits: ["dog", "cane"],
      },
      {
        name: "Pensione per gatti",
        description:
          "Un soggiorno tranquillo in uno spazio individuale, con cuccia, gioco e attenzioni mentre sei in viaggio.",
        price: [10, 16],
        kind: "service",
        motif: "sitting",
        traits: ["cat", "gatto"],
      },
    ],
  },
  motifs: {
    dog: "M7 7l-3 3 2 4 M17 7l3 3-2 4 M7 7c1.5-1 8.5-1 10 0 1 2 1 8-1 11-2 2-6 2-8 0-2-3-2-9-1-11z M10 12h.01 M14 12h.01 M11 15.5h2",
    cat: "M5 4l3 4h8l3-4v9a7 7 0 0 1-14 0z M10 12h.01 M14 12h.01 M11 15h2",
    walk: "M6 4a3 3 0 1 0 .01 0 M6 10c0 5 4 9 12 9 M18 19l2-2 M18 19l2 2",
    grooming: "M4 8h16v4H4z M6 12v5 M9 12v5 M12 12v5 M15 12v5 M18 12v5",
    sitting: "M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-5h4v5",
    training: "M12 3a9 9 0 1 0 .01 0 M4 9c5 2 11 2 16 0 M4 15c5-2 11-2 16 0",
  },
};
