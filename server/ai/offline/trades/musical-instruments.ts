import type { TradeEntry } from "./types.ts";

/**
 * Musical instruments: a shop that sells instruments and their accessories and sets them up in
 * its workshop, so products and services sit side by side (a student violin, a violin set-up).
 * Each market gets its own instruments (Spanish guitar, the Portuguese cavaquinho).
 */
export const MUSICAL_INSTRUMENTS: TradeEntry = {
  id: "musical-instruments",
  moods: ["warm", "elegant", "earthy"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "music shop",
      businessGender: "n",
      goods: "instruments and accessories",
      goodsGender: "n",
      craft: "instrument making and repair",
      makers: "our luthiers",
    },
    fr: {
      business: "magasin de musique",
      businessGender: "m",
      goods: "instruments et accessoires",
      goodsGender: "m",
      craft: "lutherie",
      makers: "nos luthiers",
    },
    de: {
      business: "Musikgeschäft",
      businessGender: "n",
      goods: "Instrumente und Zubehör",
      goodsGender: "n",
      craft: "Instrumentenbau",
      makers: "unsere Instrumentenbauer",
    },
    es: {
      business: "tienda de música",
      businessGender: "f",
      goods: "instrumentos y accesorios",
      goodsGender: "m",
      craft: "luthería",
      makers: "nuestros luthiers",
    },
    pt: {
      business: "loja de música",
      businessGender: "f",
      goods: "instrumentos e acessórios",
      goodsGender: "m",
      craft: "luteria",
      makers: "os nossos luthiers",
    },
    it: {
      business: "negozio di strumenti musicali",
      businessGender: "m",
      goods: "strumenti e accessori",
      goodsGender: "m",
      craft: "liuteria",
      makers: "i nostri liutai",
    },
  },
  samples: {
    en: [
      {
        name: "Student violin outfit",
        description:
          "A violin with bow, rosin and a lightweight case, set up to play from the first lesson.",
        price: [180, 320],
        kind: "product",
        options: [{ name: "Size", values: ["4/4 (full size)", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "beginner"],
      },
      {
        name: "Carbon-fibre violin bow",
        description:
          "A stiff, light bow strung with horsehair, a sturdy choice for everyday practice and travel.",
        price: [120, 250],
        kind: "product",
        motif: "bow",
        traits: ["violin"],
      },
      {
        name: "Violin set-up",
        description:
          "Bridge, soundpost, pegs and nut checked and adjusted by hand, to suit the instrument and the player.",
        price: [60, 120],
        kind: "service",
        motif: "setup",
        traits: ["violin"],
      },
      {
        name: "Solid-top acoustic guitar",
        description:
          "A dreadnought with a solid spruce top and a warm, open voice, for strumming and fingerpicking.",
        price: [350, 650],
        kind: "product",
        options: [{ name: "Finish", values: ["Natural", ["Sunburst", 30]] }],
        motif: "guitar",
        traits: ["guitar", "acoustic"],
      },
      {
        name: "Guitar set-up and restring",
        description:
          "Neck relief, action and intonation adjusted, with a fresh set of strings, so the guitar is comfortable to play again.",
        price: [45, 70],
        kind: "service",
        motif: "setup",
        traits: ["guitar"],
      },
      {
        name: "Violin strings, full set",
        description:
          "A full set with synthetic cores and a warm, focused tone, suited to students and orchestral players alike.",
        price: [30, 60],
        kind: "product",
        options: [{ name: "Size", values: ["4/4", "3/4"] }],
        motif: "strings",
        traits: ["violin"],
      },
      {
        name: "Concert ukulele",
        description:
          "A bright, cheerful-sounding ukulele with a padded gig bag, easy to carry and friendly to learn on.",
        price: [70, 140],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele"],
      },
      {
        name: "Digital piano",
        description:
          "Weighted keys and a headphone output, for quiet practice at home at any hour.",
        price: [450, 900],
        kind: "product",
        motif: "keyboard",
        traits: ["piano"],
      },
    ],
    fr: [
      {
        name: "Violon d’étude complet",
        description:
          "Un violon livré avec archet, colophane et étui léger, réglé pour jouer dès la première leçon.",
        price: [190, 350],
        kind: "product",
        options: [{ name: "Taille", values: ["4/4", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "violon", "beginner", "débutant"],
      },
      {
        name: "Archet de violon en carbone",
        description:
          "Un archet rigide et léger, en crins naturels, solide pour le travail quotidien comme pour les déplacements.",
        price: [120, 260],
        kind: "product",
        motif: "bow",
        traits: ["violin", "violon"],
      },
      {
        name: "Réglage de violon",
        description:
          "Chevalet, âme, chevilles et sillet contrôlés et ajustés à la main, selon l’instrument et le musicien.",
        price: [60, 120],
        kind: "service",
        motif: "setup",
        traits: ["violin", "violon"],
      },
      {
        name: "Guitare classique table cèdre massif",
        description:
          "Une guitare à cordes nylon au son chaud et rond, pour le répertoire classique comme pour l’accompagnement.",
        price: [300, 600],
        kind: "product",
        motif: "guitar",
        traits: ["guitar", "guitare", "classical", "classique"],
      },
      {
        name: "Révision complète de guitare",
        description:
          "Contrôle du manche, réglage de l’action et de l’octaviation, cordes neuves, pour retrouver une guitare agréable à jouer.",
        price: [50, 80],
        kind: "service",
        motif: "setup",
        traits: ["guitar", "guitare"],
      },
      {
        name: "Jeu de cordes pour violon",
        description:
          "Un jeu complet à âme synthétique, au son chaud et précis, pour l’étude comme pour l’orchestre.",
        price: [30, 65],
        kind: "product",
        options: [{ name: "Taille", values: ["4/4", "3/4"] }],
        motif: "strings",
        traits: ["violin", "violon"],
      },
      {
        name: "Ukulélé concert",
        description:
          "Un ukulélé au son clair et joyeux, avec sa housse, facile à emporter et à prendre en main.",
        price: [70, 150],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele", "ukulélé"],
      },
      {
        name: "Piano numérique à toucher lourd",
        description:
          "Un toucher proche du piano et une sortie casque, pour travailler chez soi sans déranger.",
        price: [480, 950],
        kind: "product",
        motif: "keyboard",
        traits: ["piano", "piano"],
      },
    ],
    de: [
      {
        name: "Schülergeige komplett",
        description:
          "Geige mit Bogen, Kolophonium und leichtem Etui, spielfertig eingerichtet für die erste Unterrichtsstunde.",
        price: [190, 350],
        kind: "product",
        options: [{ name: "Größe", values: ["4/4", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "Geige", "beginner", "Einsteiger"],
      },
      {
        name: "Geigenbogen aus Carbon",
        description:
          "Ein steifer, leichter Bogen mit Naturhaar, robust für das tägliche Üben und für unterwegs.",
        price: [120, 260],
        kind: "product",
        motif: "bow",
        traits: ["violin", "Geige"],
      },
      {
        name: "Geige einrichten lassen",
        description:
          "Steg, Stimmstock, Wirbel und Sattel werden von Hand geprüft und angepasst, passend zu Instrument und Spieler.",
        price: [60, 130],
        kind: "service",
        motif: "setup",
        traits: ["violin", "Geige"],
      },
      {
        name: "Konzertgitarre mit massiver Zederndecke",
        description:
          "Nylonsaiten und ein warmer, runder Klang, für klassisches Repertoire und Liedbegleitung.",
        price: [300, 600],
        kind: "product",
        motif: "guitar",
        traits: ["guitar", "Gitarre", "classical", "klassisch"],
      },
      {
        name: "Gitarren-Check mit Saitenwechsel",
        description:
          "Halskrümmung, Saitenlage und Bundreinheit werden eingestellt und neue Saiten aufgezogen, damit sich die Gitarre wieder angenehm spielt.",
        price: [45, 75],
        kind: "service",
        motif: "setup",
        traits: ["guitar", "Gitarre"],
      },
      {
        name: "Violinsaiten-Satz",
        description:
          "Ein kompletter Satz mit Kunststoffkern, warm und klar im Ton, für Unterricht und Orchester.",
        price: [30, 65],
        kind: "product",
        options: [{ name: "Größe", values: ["4/4", "3/4"] }],
        motif: "strings",
        traits: ["violin", "Geige"],
      },
      {
        name: "Konzert-Ukulele",
        description:
          "Hell und fröhlich im Klang, mit gepolsterter Tasche, leicht mitzunehmen und schnell zu lernen.",
        price: [70, 150],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele", "Ukulele"],
      },
      {
        name: "E-Piano mit Hammermechanik",
        description:
          "Gewichtete Tastatur und Kopfhöreranschluss, zum Üben zu Hause zu jeder Tageszeit.",
        price: [480, 950],
        kind: "product",
        motif: "keyboard",
        traits: ["piano", "Klavier"],
      },
    ],
    es: [
      {
        name: "Violín de estudio completo",
        description:
          "Violín con arco, resina y estuche ligero, ajustado para tocar desde la primera clase.",
        price: [180, 340],
        kind: "product",
        options: [{ name: "Medida", values: ["4/4", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "violín", "beginner", "principiante"],
      },
      {
        name: "Guitarra española de cedro macizo",
        description:
          "Cuerdas de nailon, tapa de cedro macizo y un sonido cálido, pensada para el repertorio clásico y flamenco.",
        price: [300, 600],
        kind: "product",
        motif: "guitar",
        traits: ["guitar", "guitarra", "classical", "clásica"],
      },
      {
        name: "Ajuste de guitarra",
        description:
          "Revisión del mástil, altura de cuerdas y octavación, con cuerdas nuevas, para que vuelva a ser cómoda de tocar.",
        price: [40, 70],
        kind: "service",
        motif: "setup",
        traits: ["guitar", "guitarra"],
      },
      {
        name: "Ajuste de violín",
        description:
          "Puente, alma, clavijas y cejuela revisados y ajustados a mano, según el instrumento y quien lo toca.",
        price: [55, 120],
        kind: "service",
        motif: "setup",
        traits: ["violin", "violín"],
      },
      {
        name: "Arco de carbono para violín",
        description:
          "Un arco ligero y firme con cerdas naturales, resistente para el estudio diario y los viajes.",
        price: [110, 250],
        kind: "product",
        motif: "bow",
        traits: ["violin", "violín"],
      },
      {
        name: "Juego de cuerdas para guitarra clásica",
        description: "Un juego completo de nailon, para el estudio diario y para el escenario.",
        price: [12, 30],
        kind: "product",
        options: [{ name: "Tensión", values: ["Normal", "Alta"] }],
        motif: "strings",
        traits: ["guitar", "guitarra", "classical", "clásica"],
      },
      {
        name: "Ukelele de concierto",
        description:
          "Sonido claro y alegre, con funda acolchada, fácil de llevar y de aprender a tocar.",
        price: [65, 140],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele", "ukelele"],
      },
      {
        name: "Piano digital",
        description:
          "Teclado contrapesado y salida de auriculares, para estudiar en casa sin molestar a nadie.",
        price: [450, 900],
        kind: "product",
        motif: "keyboard",
        traits: ["piano", "piano"],
      },
    ],
    pt: [
      {
        name: "Violino de estudo completo",
        description:
          "Violino com arco, resina e estojo leve, afinado e ajustado para tocar desde a primeira aula.",
        price: [180, 340],
        kind: "product",
        options: [{ name: "Tamanho", values: ["4/4", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "violino", "beginner", "iniciante"],
      },
      {
        name: "Guitarra clássica com tampo de cedro maciço",
        description:
          "Cordas de nylon e um som quente e redondo, para o repertório clássico e para acompanhar.",
        price: [300, 600],
        kind: "product",
        motif: "guitar",
        traits: ["guitar", "guitarra", "classical", "clássica"],
      },
      {
        name: "Regulação de guitarra",
        description:
          "Revisão do braço, altura das cordas e oitavação, com cordas novas, para voltar a tocar com conforto.",
        price: [40, 70],
        kind: "service",
        motif: "setup",
        traits: ["guitar", "guitarra"],
      },
      {
        name: "Regulação de violino",
        description:
          "Cavalete, alma, cravelhas e pestana verificados e ajustados à mão, de acordo com o instrumento e o músico.",
        price: [55, 120],
        kind: "service",
        motif: "setup",
        traits: ["violin", "violino"],
      },
      {
        name: "Arco de violino em carbono",
        description:
          "Leve e firme, com crina natural, resistente para o estudo diário e para levar em viagem.",
        price: [110, 250],
        kind: "product",
        motif: "bow",
        traits: ["violin", "violino"],
      },
      {
        name: "Cavaquinho",
        description:
          "O pequeno cordofone da tradição portuguesa, de som vivo e brilhante, para tocar em roda ou a solo.",
        price: [80, 180],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele", "cavaquinho"],
      },
      {
        name: "Jogo de cordas para violino",
        description:
          "Um jogo completo de núcleo sintético, de som quente e definido, para o estudo e para a orquestra.",
        price: [30, 65],
        kind: "product",
        motif: "strings",
        traits: ["violin", "violino"],
      },
      {
        name: "Piano digital de teclas pesadas",
        description:
          "Teclado com toque de piano e saída para auscultadores, para estudar em casa sem incomodar ninguém.",
        price: [450, 900],
        kind: "product",
        motif: "keyboard",
        traits: ["piano", "piano"],
      },
    ],
    it: [
      {
        name: "Violino da studio completo",
        description:
          "Violino con archetto, colofonia e astuccio leggero, già regolato per suonare dalla prima lezione.",
        price: [180, 340],
        kind: "product",
        options: [{ name: "Misura", values: ["4/4", "3/4", "1/2"] }],
        motif: "violin",
        traits: ["violin", "violino", "beginner", "principiante"],
      },
      {
        name: "Archetto in carbonio per violino",
        description:
          "Leggero e rigido, con crine naturale, robusto per lo studio quotidiano e per i viaggi.",
        price: [110, 250],
        kind: "product",
        motif: "bow",
        traits: ["violin", "violino"],
      },
      {
        name: "Messa a punto del violino",
        description:
          "Ponticello, anima, piroli e capotasto controllati e regolati a mano, secondo lo strumento e chi lo suona.",
        price: [60, 120],
        kind: "service",
        motif: "setup",
        traits: ["violin", "violino"],
      },
      {
        name: "Chitarra classica con tavola in cedro massello",
        description:
          "Corde in nylon e un suono caldo e rotondo, per il repertorio classico e l’accompagnamento.",
        price: [300, 600],
        kind: "product",
        motif: "guitar",
        traits: ["guitar", "chitarra", "classical", "classica"],
      },
      {
        name: "Regolazione chitarra con cambio corde",
        description:
          "Controllo del manico, dell’action e dell’intonazione, con corde nuove montate, per tornare a suonare comodi.",
        price: [40, 70],
        kind: "service",
        motif: "setup",
        traits: ["guitar", "chitarra"],
      },
      {
        name: "Muta di corde per violino",
        description:
          "Una muta completa con anima sintetica, dal suono caldo e definito, per lo studio e l’orchestra.",
        price: [30, 65],
        kind: "product",
        options: [{ name: "Misura", values: ["4/4", "3/4"] }],
        motif: "strings",
        traits: ["violin", "violino"],
      },
      {
        name: "Ukulele da concerto",
        description:
          "Suono chiaro e allegro, con custodia imbottita, facile da portare e da imparare.",
        price: [65, 140],
        kind: "product",
        motif: "ukulele",
        traits: ["ukulele", "ukulele"],
      },
      {
        name: "Pianoforte digitale",
        description: "Tastiera pesata e uscita cuffie, per studiare a casa a qualsiasi ora.",
        price: [450, 900],
        kind: "product",
        motif: "keyboard",
        traits: ["piano", "pianoforte"],
      },
    ],
  },
  motifs: {
    violin:
      "M12 2v7 M10.5 3.5h3 M12 9c-3 0-5 1.5-4 4.5-2 1.5-2 6 4 8.5 6-2.5 6-7 4-8.5 1-3-1-4.5-4-4.5z M10 15v2.5 M14 15v2.5",
    bow: "M3 21L21 3 M5 21L21 5 M3 19l2 2 M19 3l2 2",
    guitar:
      "M19 2l3 3 M20.5 3.5l-7 7 M13.5 10.5c-1.5-1.5-4-1.5-5 0-1 1.5-3 1-4.5 2.5s-1 4.5 1 6.5 5 2.5 6.5 1 1-3.5 2.5-4.5 1.5-3.5 0-5z M9 15a1 1 0 1 0 .01 0",
    ukulele:
      "M17 3l2 2 M18 4l-5 5 M13 9c-2-2-6 0-5 3-3 1-3 5 0 7s6 1 7-2c3-1 4-5 1-7z M11.5 14a1.2 1.2 0 1 0 .01 0",
    strings: "M5 12a7 7 0 1 0 14 0 7 7 0 1 0-14 0z M8 12a4 4 0 1 0 8 0 4 4 0 1 0-8 0z M19 12h3",
    setup: "M9 3v7a3 3 0 0 0 6 0V3 M12 13v8 M10 21h4",
    keyboard:
      "M3 6h18v12H3z M7.5 18v-5 M12 18v-5 M16.5 18v-5 M6.5 6v7h2V6 M11 6v7h2V6 M15.5 6v7h2V6",
  },
};
