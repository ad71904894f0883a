import type { TradeEntry } from "./types.ts";

/**
 * Yoga, massage and wellness: classes, passes and treatments described by what happens in them,
 * never by what they are said to cure or relieve. The traits name the practice (yoga, massage,
 * Pilates, meditation) and pregnancy classes.
 */
export const WELLNESS: TradeEntry = {
  id: "wellness",
  moods: ["calm", "earthy", "minimal"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "yoga and wellness studio",
      businessGender: "n",
      goods: "classes and treatments",
      goodsGender: "n",
      craft: "wellbeing",
      makers: "our teachers and therapists",
    },
    fr: {
      business: "studio de yoga et de bien-être",
      businessGender: "m",
      goods: "cours et soins",
      goodsGender: "m",
      craft: "bien-être",
      makers: "nos enseignants et praticiens",
    },
    de: {
      business: "Yoga- und Wellnessstudio",
      businessGender: "n",
      goods: "Kurse und Anwendungen",
      goodsGender: "f",
      craft: "Wohlbefinden",
      makers: "unser Team",
    },
    es: {
      business: "centro de yoga y bienestar",
      businessGender: "m",
      goods: "clases y tratamientos",
      goodsGender: "m",
      craft: "bienestar",
      makers: "nuestro equipo",
    },
    pt: {
      business: "estúdio de yoga e bem-estar",
      businessGender: "m",
      goods: "aulas e tratamentos",
      goodsGender: "f",
      craft: "bem-estar",
      makers: "a nossa equipa",
    },
    it: {
      business: "centro yoga e benessere",
      businessGender: "m",
      goods: "lezioni e trattamenti",
      goodsGender: "f",
      craft: "benessere",
      makers: "i nostri insegnanti e operatori",
    },
  },
  samples: {
    en: [
      {
        name: "Drop-in yoga class",
        description:
          "A mixed-level vinyasa class with options to make each pose gentler or stronger. Bring water and comfortable clothes.",
        price: [12, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga"],
      },
      {
        name: "Yoga class pass",
        description: "A pass to use across the timetable, at your own pace.",
        price: [55, 70],
        kind: "service",
        options: [{ name: "Classes", values: ["5 classes", ["10 classes", 50]] }],
        motif: "pass",
        traits: ["yoga"],
      },
      {
        name: "Full-body massage",
        description:
          "A relaxing massage with warm oil, at the pressure you choose, in a quiet treatment room.",
        price: [55, 80],
        kind: "service",
        options: [{ name: "Length", values: ["60 minutes", ["90 minutes", 25]] }],
        motif: "massage",
        traits: ["massage"],
      },
      {
        name: "Back, neck and shoulder massage",
        description:
          "Slower, firmer work on the back, neck and shoulders, with the pressure adjusted as you go.",
        price: [40, 60],
        kind: "service",
        motif: "massage",
        traits: ["massage"],
      },
      {
        name: "Reformer Pilates class",
        description:
          "A small-group class on the reformer, working on strength, control and posture.",
        price: [20, 30],
        kind: "service",
        motif: "pilates",
        traits: ["pilates"],
      },
      {
        name: "Guided meditation evening",
        description:
          "A calm hour of breathing practice and guided meditation, for newcomers and regular sitters alike.",
        price: [10, 15],
        kind: "service",
        motif: "meditation",
        traits: ["meditation"],
      },
      {
        name: "Pregnancy yoga",
        description:
          "Gentle, adapted yoga for the months before birth, in a small and welcoming group.",
        price: [14, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "pregnancy"],
      },
    ],
    fr: [
      {
        name: "Cours de yoga à l’unité",
        description:
          "Un cours de vinyasa tous niveaux, avec des variantes pour adoucir ou intensifier chaque posture.",
        price: [15, 20],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Carte de cours de yoga",
        description: "Une carte à utiliser sur tout le planning, à votre rythme.",
        price: [65, 80],
        kind: "service",
        options: [{ name: "Nombre de cours", values: ["5 cours", ["10 cours", 60]] }],
        motif: "pass",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Massage bien-être aux huiles",
        description:
          "Un massage enveloppant à l’huile tiède, à la pression de votre choix, dans une cabine au calme.",
        price: [60, 90],
        kind: "service",
        options: [{ name: "Durée", values: ["60 min", ["90 min", 30]] }],
        motif: "massage",
        traits: ["massage", "massage"],
      },
      {
        name: "Massage du dos, de la nuque et des épaules",
        description:
          "Un travail plus lent et plus appuyé sur le dos, la nuque et les épaules, à la pression ajustée au fil de la séance.",
        price: [45, 65],
        kind: "service",
        motif: "massage",
        traits: ["massage", "massage"],
      },
      {
        name: "Pilates sur reformer",
        description:
          "Un cours en petit groupe sur reformer, pour travailler le gainage, le contrôle et la posture.",
        price: [25, 35],
        kind: "service",
        motif: "pilates",
        traits: ["pilates", "pilates"],
      },
      {
        name: "Soirée de méditation guidée",
        description:
          "Une heure au calme pour pratiquer la respiration et la méditation guidée, que vous débutiez ou pratiquiez déjà.",
        price: [10, 15],
        kind: "service",
        motif: "meditation",
        traits: ["meditation", "méditation"],
      },
      {
        name: "Yoga prénatal",
        description: "Un yoga doux et adapté pendant la grossesse, en petit groupe.",
        price: [15, 20],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga", "pregnancy", "grossesse"],
      },
    ],
    de: [
      {
        name: "Yogastunde (Einzelticket)",
        description:
          "Vinyasa für alle Level, mit Varianten, um jede Haltung sanfter oder fordernder zu gestalten.",
        price: [14, 20],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "Yoga"],
      },
      {
        name: "Yoga-Mehrfachkarte",
        description: "Eine Karte für alle Kurse im Stundenplan, in Ihrem eigenen Tempo einzulösen.",
        price: [65, 80],
        kind: "service",
        options: [{ name: "Umfang", values: ["5 Stunden", ["10 Stunden", 60]] }],
        motif: "pass",
        traits: ["yoga", "Yoga"],
      },
      {
        name: "Ganzkörpermassage mit warmem Öl",
        description:
          "Eine entspannende Massage mit angewärmtem Öl, in der Druckstärke Ihrer Wahl, in einem ruhigen Raum.",
        price: [60, 90],
        kind: "service",
        options: [{ name: "Dauer", values: ["60 Minuten", ["90 Minuten", 30]] }],
        motif: "massage",
        traits: ["massage", "Massage"],
      },
      {
        name: "Rücken-Nacken-Massage",
        description:
          "Langsame, kräftigere Griffe mit Schwerpunkt auf Rücken, Schultern und Nacken, der Druck jederzeit nach Ihrem Wunsch.",
        price: [40, 60],
        kind: "service",
        motif: "massage",
        traits: ["massage", "Massage"],
      },
      {
        name: "Pilates am Reformer",
        description:
          "Training in der Kleingruppe am Reformer, mit Fokus auf Kraft, Kontrolle und Haltung.",
        price: [25, 35],
        kind: "service",
        motif: "pilates",
        traits: ["pilates", "Pilates"],
      },
      {
        name: "Geführte Meditation am Abend",
        description:
          "Eine ruhige Stunde mit Atemübungen und geführter Meditation, für Neugierige wie für Geübte.",
        price: [10, 15],
        kind: "service",
        motif: "meditation",
        traits: ["meditation", "Meditation"],
      },
      {
        name: "Schwangerschaftsyoga",
        description:
          "Sanftes, angepasstes Yoga für die Zeit der Schwangerschaft, in einer kleinen Gruppe.",
        price: [14, 20],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "Yoga", "pregnancy", "Schwangerschaft"],
      },
    ],
    es: [
      {
        name: "Clase suelta de yoga",
        description:
          "Vinyasa para todos los niveles, con variantes para suavizar o intensificar cada postura.",
        price: [12, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Bono de clases de yoga",
        description: "Un bono para usar en cualquier clase del horario, a tu ritmo.",
        price: [50, 65],
        kind: "service",
        options: [{ name: "Clases", values: ["5 clases", ["10 clases", 45]] }],
        motif: "pass",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Masaje relajante con aceite",
        description:
          "Un masaje envolvente con aceite templado, con la presión que prefieras, en una sala tranquila.",
        price: [45, 70],
        kind: "service",
        options: [{ name: "Duración", values: ["60 minutos", ["90 minutos", 25]] }],
        motif: "massage",
        traits: ["massage", "masaje"],
      },
      {
        name: "Masaje de espalda, cuello y hombros",
        description:
          "Un trabajo más lento y profundo en espalda, cuello y hombros, con la presión ajustada sobre la marcha.",
        price: [35, 55],
        kind: "service",
        motif: "massage",
        traits: ["massage", "masaje"],
      },
      {
        name: "Pilates en reformer",
        description:
          "Clase en grupo reducido sobre reformer, trabajando fuerza, control y postura.",
        price: [18, 28],
        kind: "service",
        motif: "pilates",
        traits: ["pilates", "pilates"],
      },
      {
        name: "Meditación guiada",
        description:
          "Una hora tranquila de respiración y meditación guiada, tanto si empiezas como si ya practicas.",
        price: [8, 15],
        kind: "service",
        motif: "meditation",
        traits: ["meditation", "meditación"],
      },
      {
        name: "Yoga para embarazadas",
        description: "Yoga suave y adaptado durante el embarazo, en un grupo reducido.",
        price: [12, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga", "pregnancy", "embarazo"],
      },
    ],
    pt: [
      {
        name: "Aula avulsa de yoga",
        description:
          "Vinyasa para todos os níveis, com variações para suavizar ou intensificar cada postura.",
        price: [10, 15],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Pack de aulas de yoga",
        description: "Um pack para usar em qualquer aula do horário, ao seu ritmo.",
        price: [45, 60],
        kind: "service",
        options: [{ name: "Aulas", values: ["5 aulas", ["10 aulas", 40]] }],
        motif: "pass",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Massagem de relaxamento com óleo",
        description:
          "Uma massagem envolvente com óleo morno, com a pressão que preferir, numa sala tranquila.",
        price: [45, 70],
        kind: "service",
        options: [{ name: "Duração", values: ["60 minutos", ["90 minutos", 25]] }],
        motif: "massage",
        traits: ["massage", "massagem"],
      },
      {
        name: "Massagem de costas, pescoço e ombros",
        description:
          "Um trabalho mais lento e profundo nas costas, pescoço e ombros, com a pressão ajustada ao longo da sessão.",
        price: [35, 50],
        kind: "service",
        motif: "massage",
        traits: ["massage", "massagem"],
      },
      {
        name: "Aula de Pilates no reformer",
        description: "Aula em grupo pequeno no reformer, a trabalhar força, controlo e postura.",
        price: [18, 28],
        kind: "service",
        motif: "pilates",
        traits: ["pilates", "pilates"],
      },
      {
        name: "Meditação guiada ao fim do dia",
        description:
          "Uma hora calma de respiração e meditação guiada, para quem começa e para quem já pratica.",
        price: [8, 12],
        kind: "service",
        motif: "meditation",
        traits: ["meditation", "meditação"],
      },
      {
        name: "Yoga para grávidas",
        description: "Yoga suave e adaptado durante a gravidez, num grupo pequeno.",
        price: [10, 15],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga", "pregnancy", "gravidez"],
      },
    ],
    it: [
      {
        name: "Lezione singola di yoga",
        description:
          "Vinyasa per tutti i livelli, con varianti per rendere ogni posizione più dolce o più intensa.",
        price: [12, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Carnet di lezioni di yoga",
        description: "Un carnet da usare in qualsiasi lezione del calendario, con i tuoi tempi.",
        price: [55, 70],
        kind: "service",
        options: [{ name: "Lezioni", values: ["5 lezioni", ["10 lezioni", 50]] }],
        motif: "pass",
        traits: ["yoga", "yoga"],
      },
      {
        name: "Massaggio rilassante con olio",
        description:
          "Un massaggio avvolgente con olio tiepido, con la pressione che preferisci, in una stanza tranquilla.",
        price: [50, 75],
        kind: "service",
        options: [{ name: "Durata", values: ["60 minuti", ["90 minuti", 25]] }],
        motif: "massage",
        traits: ["massage", "massaggio"],
      },
      {
        name: "Massaggio schiena, collo e spalle",
        description:
          "Un lavoro più lento e profondo su schiena, collo e spalle, con la pressione regolata durante il trattamento.",
        price: [35, 55],
        kind: "service",
        motif: "massage",
        traits: ["massage", "massaggio"],
      },
      {
        name: "Pilates Reformer",
        description:
          "Lezione in piccolo gruppo sul reformer, lavorando su forza, controllo e postura.",
        price: [20, 30],
        kind: "service",
        motif: "pilates",
        traits: ["pilates", "pilates"],
      },
      {
        name: "Meditazione guidata serale",
        description:
          "Un’ora tranquilla di respirazione e meditazione guidata, per chi inizia e per chi pratica già.",
        price: [8, 15],
        kind: "service",
        motif: "meditation",
        traits: ["meditation", "meditazione"],
      },
      {
        name: "Yoga in gravidanza",
        description: "Yoga dolce e adattato per i mesi della gravidanza, in un piccolo gruppo.",
        price: [12, 18],
        kind: "service",
        motif: "yoga",
        traits: ["yoga", "yoga", "pregnancy", "gravidanza"],
      },
    ],
  },
  motifs: {
    yoga: "M12 3a2 2 0 1 0 .01 0 M12 7v6 M12 9l-5 4 M12 9l5 4 M4 18c3-3 13-3 16 0 M6 18c2 2 10 2 12 0",
    pass: "M3 6h18v12H3z M7 10h.01 M10 10h.01 M13 10h.01 M16 10h.01 M7 14h6",
    massage:
      "M6 20h12a2 2 0 0 0 0-4H6a2 2 0 0 0 0 4z M8 16h8a2 2 0 0 0 0-4H8a2 2 0 0 0 0 4z M10 12h4a2 2 0 0 0 0-4h-4a2 2 0 0 0 0 4z",
    pilates: "M12 4a8 8 0 1 0 .01 0 M2 12h2 M20 12h2",
    meditation:
      "M12 5c2 3 2 7 0 11-2-4-2-8 0-11z M12 16c-3 0-6-2-8-6 3 0 6 2 8 6z M12 16c3 0 6-2 8-6-3 0-6 2-8 6z M4 19h16",
  },
};
