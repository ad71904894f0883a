import type { TradeEntry } from "./types.ts";

/**
 * Lessons and tutoring: school support, exam preparation, music, languages, coding and art, each
 * market's own school levels and exams (GCSE, bac, Abitur, Selectividad, exames nacionais,
 * maturità). Every sample is a service priced per session.
 */
export const LESSONS: TradeEntry = {
  id: "lessons",
  moods: ["calm", "fresh", "warm"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "tutoring studio",
      businessGender: "n",
      goods: "lessons and tutoring",
      goodsGender: "n",
      craft: "teaching",
      makers: "our tutors",
    },
    fr: {
      business: "cours particuliers",
      businessGender: "m",
      goods: "cours et accompagnement",
      goodsGender: "m",
      craft: "enseignement",
      makers: "nos professeurs",
    },
    de: {
      business: "Lernstudio",
      businessGender: "n",
      goods: "Unterricht und Nachhilfe",
      goodsGender: "m",
      craft: "Unterricht",
      makers: "unsere Lehrkräfte",
    },
    es: {
      business: "academia",
      businessGender: "f",
      goods: "clases y apoyo escolar",
      goodsGender: "f",
      craft: "enseñanza",
      makers: "nuestros profesores",
    },
    pt: {
      business: "centro de explicações",
      businessGender: "m",
      goods: "aulas e explicações",
      goodsGender: "f",
      craft: "ensino",
      makers: "os nossos professores",
    },
    it: {
      business: "centro studi",
      businessGender: "m",
      goods: "lezioni e ripetizioni",
      goodsGender: "f",
      craft: "insegnamento",
      makers: "i nostri insegnanti",
    },
  },
  samples: {
    en: [
      {
        name: "Maths tutoring (GCSE)",
        description:
          "One-to-one sessions on the topics your child finds hardest, at their own pace. Homework questions and past papers are welcome.",
        price: [35, 50],
        kind: "service",
        options: [{ name: "Format", values: ["In person", "Online"] }],
        motif: "maths",
        traits: ["maths", "secondary"],
      },
      {
        name: "A-level English Literature support",
        description:
          "Close reading, essay structure and exam technique on your set texts, planned around your syllabus.",
        price: [40, 55],
        kind: "service",
        motif: "exam",
        traits: ["english", "exam"],
      },
      {
        name: "11+ preparation",
        description:
          "Verbal and non-verbal reasoning practice in a calm, steady routine, so the exam day feels familiar.",
        price: [35, 45],
        kind: "service",
        motif: "exam",
        traits: ["primary", "exam"],
      },
      {
        name: "Piano lessons for beginners",
        description:
          "Reading music, posture and first pieces, for children and adults starting from scratch.",
        price: [30, 45],
        kind: "service",
        options: [{ name: "Lesson length", values: ["Half an hour", ["One hour", 15]] }],
        motif: "music",
        traits: ["piano", "beginner"],
      },
      {
        name: "Conversational Spanish for adults",
        description:
          "Relaxed speaking practice built around everyday situations, from travel to small talk.",
        price: [30, 40],
        kind: "service",
        motif: "language",
        traits: ["spanish", "adult"],
      },
      {
        name: "Coding club for teens",
        description:
          "Small-group sessions where young people build games and simple websites while learning to break a problem down.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding"],
      },
      {
        name: "Watercolour workshop",
        description:
          "A relaxed group session on washes, layering and brush control, for complete beginners.",
        price: [35, 55],
        kind: "service",
        motif: "art",
        traits: ["painting", "beginner"],
      },
      {
        name: "Guitar lessons, acoustic or electric",
        description:
          "Chords, rhythm and the songs you want to play, with a plan that follows your progress.",
        price: [30, 45],
        kind: "service",
        motif: "music",
        traits: ["guitar"],
      },
    ],
    fr: [
      {
        name: "Cours de maths (collège)",
        description:
          "Des séances individuelles pour reprendre les notions qui bloquent, refaire les exercices du moment et gagner en méthode.",
        price: [25, 40],
        kind: "service",
        options: [{ name: "Format", values: ["À domicile", "En ligne"] }],
        motif: "maths",
        traits: ["maths", "maths", "secondary", "collège"],
      },
      {
        name: "Préparation au bac de français",
        description:
          "Méthode du commentaire et de la dissertation, entraînement à l’oral sur les œuvres au programme.",
        price: [35, 50],
        kind: "service",
        motif: "exam",
        traits: ["french", "français", "exam", "bac"],
      },
      {
        name: "Aide aux devoirs (primaire)",
        description:
          "Un accompagnement régulier après l’école pour revoir les leçons, organiser le travail et prendre confiance.",
        price: [20, 30],
        kind: "service",
        motif: "exam",
        traits: ["primary", "primaire"],
      },
      {
        name: "Cours de piano débutant",
        description:
          "Lecture de notes, posture et premiers morceaux, pour les enfants comme pour les adultes.",
        price: [30, 45],
        kind: "service",
        options: [{ name: "Durée", values: ["Une demi-heure", ["Une heure", 15]] }],
        motif: "music",
        traits: ["piano", "piano", "beginner", "débutant"],
      },
      {
        name: "Conversation anglaise pour adultes",
        description:
          "Des échanges détendus autour de situations concrètes, du voyage aux réunions, pour parler avec plus d’aisance.",
        price: [30, 45],
        kind: "service",
        motif: "language",
        traits: ["english", "anglais", "adult", "adulte"],
      },
      {
        name: "Initiation au code pour ados",
        description:
          "Des ateliers en petit groupe pour créer un jeu ou un site simple et apprendre à raisonner pas à pas.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding", "programmation"],
      },
      {
        name: "Atelier d’aquarelle",
        description:
          "Une séance en petit groupe pour découvrir les lavis, les mélanges et le geste du pinceau.",
        price: [35, 60],
        kind: "service",
        motif: "art",
        traits: ["painting", "peinture", "beginner", "débutant"],
      },
    ],
    de: [
      {
        name: "Nachhilfe Mathe (Mittelstufe)",
        description:
          "Einzelstunden zu den Themen, die gerade schwerfallen, im eigenen Tempo und passend zum Unterricht.",
        price: [25, 40],
        kind: "service",
        options: [{ name: "Ort", values: ["Bei Ihnen zu Hause", "Online"] }],
        motif: "maths",
        traits: ["maths", "Mathe", "secondary", "Mittelstufe"],
      },
      {
        name: "Abiturvorbereitung Deutsch",
        description:
          "Gedichtanalyse, Erörterung und Prüfungstraining an den Pflichtlektüren, mit einem klaren Plan bis zur Prüfung.",
        price: [35, 50],
        kind: "service",
        motif: "exam",
        traits: ["german", "Deutsch", "exam", "Abitur"],
      },
      {
        name: "Hausaufgabenbetreuung (Grundschule)",
        description:
          "Regelmäßige Begleitung nach der Schule: Hausaufgaben erledigen, Gelerntes wiederholen und eine Lernroutine aufbauen.",
        price: [18, 28],
        kind: "service",
        motif: "exam",
        traits: ["primary", "Grundschule"],
      },
      {
        name: "Klavierunterricht für Einsteiger",
        description:
          "Notenlesen, Haltung und erste Stücke, für Kinder und Erwachsene ohne Vorkenntnisse.",
        price: [30, 45],
        kind: "service",
        options: [{ name: "Dauer", values: ["30 Minuten", ["60 Minuten", 15]] }],
        motif: "music",
        traits: ["piano", "Klavier", "beginner", "Einsteiger"],
      },
      {
        name: "Englisch-Konversation für Erwachsene",
        description:
          "Entspannte Gesprächsübungen zu Alltag, Reisen und Beruf, damit das Sprechen leichter fällt.",
        price: [30, 45],
        kind: "service",
        motif: "language",
        traits: ["english", "Englisch", "adult", "Erwachsene"],
      },
      {
        name: "Programmierkurs für Jugendliche",
        description:
          "In kleinen Gruppen entstehen eigene Spiele und einfache Webseiten, und nebenbei lernen Jugendliche, Probleme Schritt für Schritt zu lösen.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding", "Programmieren"],
      },
      {
        name: "Aquarell-Workshop",
        description:
          "Lasuren, Farbmischung und Pinselführung in entspannter Runde, gut geeignet für den Einstieg.",
        price: [35, 60],
        kind: "service",
        motif: "art",
        traits: ["painting", "Malen", "beginner", "Einsteiger"],
      },
    ],
    es: [
      {
        name: "Clases particulares de matemáticas (ESO)",
        description:
          "Sesiones individuales para repasar los temas que más cuestan, resolver dudas de clase y ganar seguridad.",
        price: [20, 35],
        kind: "service",
        options: [{ name: "Modalidad", values: ["A domicilio", "Online"] }],
        motif: "maths",
        traits: ["maths", "matemáticas", "secondary", "eso"],
      },
      {
        name: "Preparación de Selectividad",
        description:
          "Repaso por asignaturas, técnica de examen y simulacros corregidos para llegar con el temario bajo control.",
        price: [30, 45],
        kind: "service",
        motif: "exam",
        traits: ["exam", "selectividad"],
      },
      {
        name: "Apoyo escolar (Primaria)",
        description:
          "Acompañamiento por las tardes para hacer los deberes, organizarse y repasar lo visto en clase.",
        price: [15, 25],
        kind: "service",
        motif: "exam",
        traits: ["primary", "primaria"],
      },
      {
        name: "Clases de piano para principiantes",
        description:
          "Lectura de partituras, postura y primeras piezas, para niños y adultos que empiezan desde cero.",
        price: [25, 40],
        kind: "service",
        options: [{ name: "Duración", values: ["Media hora", ["Una hora", 15]] }],
        motif: "music",
        traits: ["piano", "piano", "beginner", "principiante"],
      },
      {
        name: "Conversación en inglés para adultos",
        description:
          "Práctica oral relajada sobre situaciones reales, del trabajo a los viajes, para soltarse al hablar.",
        price: [25, 40],
        kind: "service",
        motif: "language",
        traits: ["english", "inglés", "adult", "adultos"],
      },
      {
        name: "Taller de programación para niños",
        description:
          "Grupos reducidos en los que crean videojuegos y animaciones sencillas mientras aprenden lógica.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding", "programación"],
      },
      {
        name: "Clases de guitarra española",
        description:
          "Rasgueos, acordes y primeros temas, adaptados al estilo que cada alumno quiere tocar.",
        price: [25, 35],
        kind: "service",
        motif: "music",
        traits: ["guitar", "guitarra"],
      },
    ],
    pt: [
      {
        name: "Explicações de Matemática (3.º ciclo)",
        description:
          "Sessões individuais para rever a matéria que custa, tirar dúvidas das aulas e ganhar método de estudo.",
        price: [20, 30],
        kind: "service",
        options: [{ name: "Modalidade", values: ["Ao domicílio", "Online"] }],
        motif: "maths",
        traits: ["maths", "matemática"],
      },
      {
        name: "Preparação para exames nacionais",
        description:
          "Revisão da matéria, técnica de resposta e exames de anos anteriores resolvidos em conjunto.",
        price: [25, 40],
        kind: "service",
        motif: "exam",
        traits: ["exam", "exames"],
      },
      {
        name: "Apoio ao estudo (1.º ciclo)",
        description:
          "Acompanhamento depois das aulas para fazer os trabalhos de casa, organizar o estudo e ganhar autonomia.",
        price: [15, 25],
        kind: "service",
        motif: "exam",
        traits: ["primary", "primária"],
      },
      {
        name: "Aulas de piano para iniciantes",
        description:
          "Leitura de pautas, postura e primeiras peças, para crianças e adultos sem experiência.",
        price: [25, 40],
        kind: "service",
        options: [{ name: "Duração", values: ["Meia hora", ["Uma hora", 15]] }],
        motif: "music",
        traits: ["piano", "piano", "beginner", "iniciante"],
      },
      {
        name: "Inglês para adultos: conversação",
        description:
          "Prática oral descontraída em torno de situações do dia a dia, do trabalho às viagens.",
        price: [25, 35],
        kind: "service",
        motif: "language",
        traits: ["english", "inglês", "adult", "adultos"],
      },
      {
        name: "Workshop de programação para jovens",
        description:
          "Em pequenos grupos, criam jogos e sites simples enquanto aprendem a resolver problemas passo a passo.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding", "programação"],
      },
      {
        name: "Aulas de desenho e pintura",
        description:
          "Sessões em pequeno grupo sobre observação, traço e cor, ao ritmo de cada participante.",
        price: [25, 40],
        kind: "service",
        motif: "art",
        traits: ["painting", "pintura"],
      },
    ],
    it: [
      {
        name: "Ripetizioni di matematica (medie)",
        description:
          "Lezioni individuali per riprendere gli argomenti difficili, svolgere gli esercizi assegnati e acquisire un metodo.",
        price: [20, 30],
        kind: "service",
        options: [{ name: "Modalità", values: ["A domicilio", "Online"] }],
        motif: "maths",
        traits: ["maths", "matematica", "secondary", "medie"],
      },
      {
        name: "Preparazione alla maturità",
        description:
          "Ripasso per materie, simulazioni delle prove scritte e allenamento al colloquio orale.",
        price: [30, 45],
        kind: "service",
        motif: "exam",
        traits: ["exam", "maturità"],
      },
      {
        name: "Aiuto compiti (elementari)",
        description:
          "Un sostegno pomeridiano per svolgere i compiti, organizzarsi e ripassare le lezioni con calma.",
        price: [15, 25],
        kind: "service",
        motif: "exam",
        traits: ["primary", "elementari"],
      },
      {
        name: "Lezioni di pianoforte per principianti",
        description:
          "Lettura delle note, postura e primi brani, per bambini e adulti che partono da zero.",
        price: [25, 40],
        kind: "service",
        options: [{ name: "Durata", values: ["Mezz’ora", ["Un’ora", 15]] }],
        motif: "music",
        traits: ["piano", "pianoforte", "beginner", "principianti"],
      },
      {
        name: "Conversazione in inglese per adulti",
        description:
          "Pratica orale rilassata su situazioni concrete, dal lavoro ai viaggi, per parlare con più scioltezza.",
        price: [25, 40],
        kind: "service",
        motif: "language",
        traits: ["english", "inglese", "adult", "adulti"],
      },
      {
        name: "Corso di coding per ragazzi",
        description:
          "In piccoli gruppi si creano giochi e semplici siti web, imparando a ragionare passo dopo passo.",
        price: [20, 30],
        kind: "service",
        motif: "code",
        traits: ["coding", "coding"],
      },
      {
        name: "Corso di acquerello",
        description:
          "Un incontro in piccolo gruppo su velature, mescolanze e uso del pennello, adatto a chi inizia.",
        price: [30, 50],
        kind: "service",
        motif: "art",
        traits: ["painting", "pittura", "beginner", "principianti"],
      },
    ],
  },
  motifs: {
    maths:
      "M4 4h16v16H4z M12 4v16 M4 12h16 M6.5 8h3 M8 6.5v3 M14.5 8h3 M6.5 14.5l3 3 M9.5 14.5l-3 3 M14.5 15h3 M14.5 17h3",
    exam: "M6 3h9l3 3v15H6z M15 3v3h3 M9 9h6 M9 13l2 2 4-4",
    music:
      "M9 18V5l10-2v13 M9 18a3 2 0 1 1-6 0 3 2 0 0 1 6 0z M19 16a3 2 0 1 1-6 0 3 2 0 0 1 6 0z M9 9l10-2",
    language: "M3 5h11v7H8l-3 3v-3H3z M14 9h7v7h-2v3l-3-3h-6v-4",
    code: "M8 8l-4 4 4 4 M16 8l4 4-4 4 M14 5l-4 14",
    art: "M12 3a9 9 0 1 0 0 18c1.5 0 2-1 2-2s-1-1.5-1-2.5 1-1.5 2-1.5h2a4 4 0 0 0 4-4c0-4.5-4-8-9-8z M7.5 11a1 1 0 1 0 .01 0 M10 7a1 1 0 1 0 .01 0 M15 7a1 1 0 1 0 .01 0",
  },
};
