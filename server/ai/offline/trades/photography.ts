import type { TradeEntry } from "./types.ts";

/**
 * Photography: sessions (family, weddings, headshots, products) and what a studio sells from them
 * (prints, albums, gift vouchers), so services and products sit side by side.
 */
export const PHOTOGRAPHY: TradeEntry = {
  id: "photography",
  moods: ["elegant", "minimal", "warm"],
  perishable: false,
  madeToOrder: true,
  words: {
    en: {
      business: "photography studio",
      businessGender: "n",
      goods: "photo sessions and prints",
      goodsGender: "n",
      craft: "photography",
      makers: "our photographers",
    },
    fr: {
      business: "studio photo",
      businessGender: "m",
      goods: "séances photo et tirages",
      goodsGender: "f",
      craft: "photographie",
      makers: "nos photographes",
    },
    de: {
      business: "Fotostudio",
      businessGender: "n",
      goods: "Fotoshootings und Abzüge",
      goodsGender: "n",
      craft: "Fotografie",
      makers: "unsere Fotografinnen und Fotografen",
    },
    es: {
      business: "estudio de fotografía",
      businessGender: "m",
      goods: "sesiones de fotos y copias",
      goodsGender: "f",
      craft: "fotografía",
      makers: "nuestros fotógrafos",
    },
    pt: {
      business: "estúdio de fotografia",
      businessGender: "m",
      goods: "sessões fotográficas e impressões",
      goodsGender: "f",
      craft: "fotografia",
      makers: "os nossos fotógrafos",
    },
    it: {
      business: "studio fotografico",
      businessGender: "m",
      goods: "servizi fotografici e stampe",
      goodsGender: "m",
      craft: "fotografia",
      makers: "i nostri fotografi",
    },
  },
  samples: {
    en: [
      {
        name: "Family portrait session",
        description:
          "An unhurried session at home or outdoors, followed by a gallery of edited images to choose from.",
        price: [180, 300],
        kind: "service",
        options: [{ name: "Location", values: ["At home", "Outdoors", "In the studio"] }],
        motif: "portrait",
        traits: ["family"],
      },
      {
        name: "Wedding photography",
        description:
          "From the preparations to the first dance, quietly photographed, with an online gallery of edited pictures.",
        price: [1200, 2500],
        kind: "service",
        options: [{ name: "Coverage", values: ["Ceremony and reception", ["Full day", 500]] }],
        motif: "wedding",
        traits: ["wedding"],
      },
      {
        name: "Professional headshots",
        description:
          "A short studio session for your profile, website or press, with a selection of edited portraits.",
        price: [90, 160],
        kind: "service",
        motif: "portrait",
        traits: ["headshot"],
      },
      {
        name: "Product photography for online shops",
        description:
          "Clean, consistent shots of your products on a plain background, ready to upload.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product"],
      },
      {
        name: "Fine art print",
        description:
          "A photograph printed on heavyweight matte paper with a white border, ready to frame.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Size", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Lay-flat photo album",
        description:
          "Your chosen photographs laid out in an album that opens flat, with a linen cover.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Portrait session gift voucher",
        description:
          "A portrait session to give, booked on a date that suits the person receiving it.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
    fr: [
      {
        name: "Séance photo en famille",
        description:
          "Une séance sans précipitation, à la maison ou en extérieur, suivie d’une galerie de photos retouchées à choisir.",
        price: [180, 300],
        kind: "service",
        options: [{ name: "Lieu", values: ["À domicile", "En extérieur", "En studio"] }],
        motif: "portrait",
        traits: ["family", "famille"],
      },
      {
        name: "Reportage de mariage",
        description:
          "Des préparatifs à la soirée, un reportage discret et une galerie en ligne de photos retouchées.",
        price: [1200, 2500],
        kind: "service",
        options: [
          { name: "Formule", values: ["Cérémonie et vin d’honneur", ["Journée complète", 500]] },
        ],
        motif: "wedding",
        traits: ["wedding", "mariage"],
      },
      {
        name: "Portrait professionnel",
        description:
          "Une courte séance en studio pour votre profil, votre site ou la presse, avec une sélection de portraits retouchés.",
        price: [90, 160],
        kind: "service",
        motif: "portrait",
        traits: ["headshot", "portrait"],
      },
      {
        name: "Photos de produits pour e-commerce",
        description:
          "Des prises de vue nettes et homogènes sur fond neutre, prêtes à mettre en ligne.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product", "produit"],
      },
      {
        name: "Tirage d’art",
        description:
          "Une photographie tirée sur papier mat épais avec une marge blanche, prête à encadrer.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Format", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Album photo à plat",
        description:
          "Vos photos choisies mises en page dans un album qui s’ouvre à plat, couverture en lin.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Carte cadeau séance photo",
        description: "Une séance portrait à offrir, à réserver à la date qui convient.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
    de: [
      {
        name: "Familienshooting",
        description:
          "Ein entspanntes Shooting zu Hause oder draußen, danach eine Galerie bearbeiteter Bilder zur Auswahl.",
        price: [180, 300],
        kind: "service",
        options: [{ name: "Ort", values: ["Zu Hause", "Draußen", "Im Studio"] }],
        motif: "portrait",
        traits: ["family", "Familie"],
      },
      {
        name: "Hochzeitsreportage",
        description:
          "Vom Ankleiden bis zur Feier unaufdringlich begleitet, mit einer Online-Galerie bearbeiteter Fotos.",
        price: [1200, 2500],
        kind: "service",
        options: [{ name: "Umfang", values: ["Trauung und Empfang", ["Ganzer Tag", 500]] }],
        motif: "wedding",
        traits: ["wedding", "Hochzeit"],
      },
      {
        name: "Bewerbungsfotos und Business-Porträts",
        description:
          "Ein kurzes Studio-Shooting für Bewerbung, Website oder Presse, mit einer Auswahl bearbeiteter Porträts.",
        price: [80, 150],
        kind: "service",
        motif: "portrait",
        traits: ["headshot", "Porträt"],
      },
      {
        name: "Produktfotografie für Onlineshops",
        description:
          "Klare, einheitliche Aufnahmen Ihrer Produkte vor neutralem Hintergrund, bereit zum Hochladen.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product", "Produkt"],
      },
      {
        name: "Fine-Art-Print",
        description:
          "Eine Fotografie auf schwerem, mattem Papier mit weißem Rand, fertig zum Rahmen.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Format", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Fotobuch mit Layflat-Bindung",
        description:
          "Ihre ausgewählten Fotos, gestaltet in einem flach aufschlagenden Buch mit Leineneinband.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Gutschein für ein Porträtshooting",
        description: "Ein Shooting zum Verschenken, an einem passenden Termin einzulösen.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
    es: [
      {
        name: "Sesión de fotos en familia",
        description:
          "Una sesión sin prisas en casa o al aire libre, con una galería de fotos editadas para elegir.",
        price: [150, 280],
        kind: "service",
        options: [{ name: "Lugar", values: ["En casa", "Al aire libre", "En estudio"] }],
        motif: "portrait",
        traits: ["family", "familia"],
      },
      {
        name: "Reportaje de boda",
        description:
          "De los preparativos al baile, un reportaje discreto y una galería online con las fotos editadas.",
        price: [1000, 2500],
        kind: "service",
        options: [{ name: "Cobertura", values: ["Ceremonia y banquete", ["Día completo", 400]] }],
        motif: "wedding",
        traits: ["wedding", "boda"],
      },
      {
        name: "Retrato profesional",
        description:
          "Una sesión breve en estudio para tu perfil, tu web o la prensa, con una selección de retratos editados.",
        price: [80, 150],
        kind: "service",
        motif: "portrait",
        traits: ["headshot", "retrato"],
      },
      {
        name: "Fotografía de producto para tiendas online",
        description:
          "Fotos limpias y homogéneas de tus productos sobre fondo neutro, listas para subir.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product", "producto"],
      },
      {
        name: "Copia fine art",
        description:
          "Una fotografía impresa en papel mate de alto gramaje, con margen blanco, lista para enmarcar.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Tamaño", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Álbum de fotos de apertura plana",
        description:
          "Tus fotos seleccionadas en un álbum que se abre por completo, con tapa de lino.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Tarjeta regalo de sesión de fotos",
        description: "Una sesión de retrato para regalar, a reservar en la fecha que convenga.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
    pt: [
      {
        name: "Sessão fotográfica de família",
        description:
          "Uma sessão sem pressas, em casa ou ao ar livre, com uma galeria de fotografias editadas para escolher.",
        price: [150, 280],
        kind: "service",
        options: [{ name: "Local", values: ["Em casa", "Ao ar livre", "Em estúdio"] }],
        motif: "portrait",
        traits: ["family", "família"],
      },
      {
        name: "Reportagem de casamento",
        description:
          "Dos preparativos à festa, uma reportagem discreta e uma galeria online com as fotografias editadas.",
        price: [1000, 2500],
        kind: "service",
        options: [
          { name: "Cobertura", values: ["Cerimónia e copo-d’água", ["Dia completo", 400]] },
        ],
        motif: "wedding",
        traits: ["wedding", "casamento"],
      },
      {
        name: "Retrato profissional",
        description:
          "Uma sessão curta em estúdio para o seu perfil, site ou imprensa, com uma seleção de retratos editados.",
        price: [80, 150],
        kind: "service",
        motif: "portrait",
        traits: ["headshot", "retrato"],
      },
      {
        name: "Fotografia de produto para lojas online",
        description:
          "Fotografias limpas e uniformes dos seus produtos sobre fundo neutro, prontas a publicar.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product", "produto"],
      },
      {
        name: "Impressão fine art",
        description:
          "Uma fotografia impressa em papel mate de alta gramagem, com margem branca, pronta a emoldurar.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Tamanho", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Álbum fotográfico",
        description:
          "As fotografias escolhidas paginadas num álbum de abertura plana, com capa em linho.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Vale-oferta para sessão fotográfica",
        description: "Uma sessão de retrato para oferecer, a marcar na data que der jeito.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
    it: [
      {
        name: "Servizio fotografico di famiglia",
        description:
          "Una sessione senza fretta, a casa o all’aperto, con una galleria di foto ritoccate tra cui scegliere.",
        price: [150, 280],
        kind: "service",
        options: [{ name: "Luogo", values: ["A casa", "All’aperto", "In studio"] }],
        motif: "portrait",
        traits: ["family", "famiglia"],
      },
      {
        name: "Servizio fotografico di matrimonio",
        description:
          "Dai preparativi alla festa, un reportage discreto e una galleria online con le foto ritoccate.",
        price: [1200, 2800],
        kind: "service",
        options: [
          { name: "Copertura", values: ["Cerimonia e ricevimento", ["Giornata intera", 500]] },
        ],
        motif: "wedding",
        traits: ["wedding", "matrimonio"],
      },
      {
        name: "Ritratto professionale",
        description:
          "Una breve sessione in studio per il profilo, il sito o la stampa, con una selezione di ritratti ritoccati.",
        price: [80, 150],
        kind: "service",
        motif: "portrait",
        traits: ["headshot", "ritratto"],
      },
      {
        name: "Foto prodotto per e-commerce",
        description:
          "Scatti puliti e coerenti dei tuoi prodotti su fondo neutro, pronti da caricare.",
        price: [150, 300],
        kind: "service",
        motif: "camera",
        traits: ["product", "prodotto"],
      },
      {
        name: "Stampa fine art",
        description:
          "Una fotografia stampata su carta opaca di alta grammatura, con margine bianco, pronta da incorniciare.",
        price: [35, 120],
        kind: "product",
        options: [{ name: "Formato", values: ["A4", ["A3", 30], ["A2", 70]] }],
        motif: "print",
        traits: [],
      },
      {
        name: "Album fotografico con apertura a piatto",
        description:
          "Le foto scelte impaginate in un album che si apre completamente, con copertina in lino.",
        price: [150, 350],
        kind: "product",
        motif: "album",
        traits: [],
      },
      {
        name: "Buono regalo per un servizio fotografico",
        description: "Una sessione di ritratto da regalare, da prenotare nella data più comoda.",
        price: [100, 300],
        kind: "product",
        motif: "camera",
        traits: [],
      },
    ],
  },
  motifs: {
    camera: "M3 8h4l2-3h6l2 3h4v11H3z M12 10a3.5 3.5 0 1 0 .01 0",
    portrait: "M12 4a3.5 3.5 0 1 0 .01 0 M5 20c0-4 3-7 7-7s7 3 7 7",
    wedding: "M9 9a5 5 0 1 0 .01 0 M15 9a5 5 0 1 0 .01 0 M13.5 6.5h3L15 8.5z",
    print: "M4 5h16v14H4z M7 8h10v8H7z M7 16l3-4 2 2 2-3 3 5",
    album: "M3 6c3-1 6-1 9 1 3-2 6-2 9-1v13c-3-1-6-1-9 1-3-2-6-2-9-1z M12 7v14",
  },
};
