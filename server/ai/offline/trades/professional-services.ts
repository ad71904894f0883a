import type { TradeEntry } from "./types.ts";

/**
 * Professional services: bookkeeping, tax returns, business advice, translation, brand design and
 * websites, each in the forms and names of its market (Self Assessment, liasse fiscale, IRS, 730).
 * Every sample is a service with a "from" price; the traits name the discipline.
 */
export const PROFESSIONAL_SERVICES: TradeEntry = {
  id: "professional-services",
  moods: ["minimal", "elegant", "calm"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "consultancy",
      businessGender: "n",
      goods: "professional services",
      goodsGender: "n",
      craft: "advice",
      makers: "our advisers",
    },
    fr: {
      business: "cabinet",
      businessGender: "m",
      goods: "services aux professionnels",
      goodsGender: "m",
      craft: "conseil",
      makers: "nos conseillers",
    },
    de: {
      business: "Beratungsbüro",
      businessGender: "n",
      goods: "Dienstleistungen für Selbstständige und Unternehmen",
      goodsGender: "f",
      craft: "Beratung",
      makers: "unsere Beraterinnen und Berater",
    },
    es: {
      business: "despacho profesional",
      businessGender: "m",
      goods: "servicios profesionales",
      goodsGender: "m",
      craft: "asesoramiento",
      makers: "nuestros asesores",
    },
    pt: {
      business: "gabinete",
      businessGender: "m",
      goods: "serviços profissionais",
      goodsGender: "m",
      craft: "consultoria",
      makers: "os nossos consultores",
    },
    it: {
      business: "studio professionale",
      businessGender: "m",
      goods: "servizi professionali",
      goodsGender: "m",
      craft: "consulenza",
      makers: "i nostri consulenti",
    },
  },
  samples: {
    en: [
      {
        name: "Monthly bookkeeping",
        description:
          "Receipts, invoices and bank feeds reconciled every month, so your figures are up to date when you need them.",
        price: [120, 250],
        kind: "service",
        options: [{ name: "Transactions per month", values: ["Up to 100", ["Up to 300", 80]] }],
        motif: "ledger",
        traits: ["bookkeeping"],
      },
      {
        name: "Self Assessment tax return",
        description:
          "Your return prepared from your records and filed on your behalf, with a plain-English summary of what is due.",
        price: [150, 300],
        kind: "service",
        motif: "tax",
        traits: ["tax"],
      },
      {
        name: "Business strategy session",
        description:
          "A focused working session on one question, such as pricing or a new market, with written next steps.",
        price: [120, 200],
        kind: "service",
        motif: "consulting",
        traits: ["consulting"],
      },
      {
        name: "Document translation",
        description:
          "Contracts, letters and website copy translated by a native speaker of the target language.",
        price: [60, 120],
        kind: "service",
        options: [
          {
            name: "Language pair",
            values: ["French to English", "German to English", "Spanish to English"],
          },
        ],
        motif: "translation",
        traits: ["translation"],
      },
      {
        name: "Logo and brand identity",
        description:
          "A logo, colour palette and typefaces built around your business, delivered in the formats you need.",
        price: [400, 900],
        kind: "service",
        motif: "design",
        traits: ["design"],
      },
      {
        name: "Small business website",
        description:
          "A clear, easy-to-update website with your services, contact details and an enquiry form.",
        price: [900, 2000],
        kind: "service",
        motif: "web",
        traits: ["web"],
      },
    ],
    fr: [
      {
        name: "Tenue de comptabilité mensuelle",
        description:
          "Factures, justificatifs et relevés bancaires rapprochés chaque mois, pour des comptes à jour tout au long de l’année.",
        price: [120, 250],
        kind: "service",
        options: [
          { name: "Volume", values: ["Jusqu’à 100 écritures", ["Jusqu’à 300 écritures", 80]] },
        ],
        motif: "ledger",
        traits: ["bookkeeping", "comptabilité"],
      },
      {
        name: "Bilan annuel et liasse fiscale",
        description:
          "Clôture de l’exercice, bilan et liasse fiscale préparés à partir de votre comptabilité, avec un rendez-vous pour en parler.",
        price: [800, 1500],
        kind: "service",
        motif: "tax",
        traits: ["tax", "fiscalité"],
      },
      {
        name: "Accompagnement à la création d’entreprise",
        description:
          "Choix du statut, prévisionnel et formalités d’immatriculation, étape par étape avec vous.",
        price: [150, 300],
        kind: "service",
        motif: "consulting",
        traits: ["consulting", "conseil"],
      },
      {
        name: "Traduction de documents",
        description:
          "Contrats, courriers et textes de site traduits vers le français par un traducteur de langue maternelle française.",
        price: [50, 110],
        kind: "service",
        options: [{ name: "Langue source", values: ["Anglais", "Allemand", "Espagnol"] }],
        motif: "translation",
        traits: ["translation", "traduction"],
      },
      {
        name: "Création de logo et identité visuelle",
        description:
          "Un logo, une palette et des typographies pensés pour votre activité, livrés dans les formats utiles.",
        price: [400, 900],
        kind: "service",
        motif: "design",
        traits: ["design", "graphisme"],
      },
      {
        name: "Site vitrine pour TPE",
        description:
          "Un site clair et facile à mettre à jour, avec vos services, vos coordonnées et un formulaire de contact.",
        price: [900, 2000],
        kind: "service",
        motif: "web",
        traits: ["web", "site"],
      },
    ],
    de: [
      {
        name: "Laufende Buchhaltung",
        description:
          "Belege, Rechnungen und Kontoauszüge werden monatlich erfasst und abgestimmt, damit Ihre Zahlen auf dem aktuellen Stand sind.",
        price: [150, 300],
        kind: "service",
        options: [{ name: "Umfang", values: ["Bis 100 Buchungen", ["Bis 300 Buchungen", 80]] }],
        motif: "ledger",
        traits: ["bookkeeping", "Buchhaltung"],
      },
      {
        name: "Einkommensteuererklärung für Selbstständige",
        description:
          "Ihre Erklärung wird aus Ihren Unterlagen erstellt und übermittelt, mit einer verständlichen Übersicht zum Ergebnis.",
        price: [250, 500],
        kind: "service",
        motif: "tax",
        traits: ["tax", "Steuer"],
      },
      {
        name: "Gründungsberatung",
        description:
          "Rechtsform, Businessplan und Anmeldung, Schritt für Schritt gemeinsam mit Ihnen.",
        price: [150, 300],
        kind: "service",
        motif: "consulting",
        traits: ["consulting", "Beratung"],
      },
      {
        name: "Fachübersetzung",
        description:
          "Verträge, Briefe und Webtexte, übersetzt von Muttersprachlern der Zielsprache.",
        price: [50, 110],
        kind: "service",
        options: [
          {
            name: "Sprachpaar",
            values: ["Englisch–Deutsch", "Französisch–Deutsch", "Spanisch–Deutsch"],
          },
        ],
        motif: "translation",
        traits: ["translation", "Übersetzung"],
      },
      {
        name: "Logo und Corporate Design",
        description:
          "Logo, Farbwelt und Schriften, passend zu Ihrem Unternehmen entwickelt und in den nötigen Formaten geliefert.",
        price: [500, 1000],
        kind: "service",
        motif: "design",
        traits: ["design", "Design"],
      },
      {
        name: "Website für Selbstständige",
        description:
          "Eine klare, leicht zu pflegende Website mit Ihren Leistungen, Kontaktdaten und einem Anfrageformular.",
        price: [1000, 2200],
        kind: "service",
        motif: "web",
        traits: ["web", "Website"],
      },
    ],
    es: [
      {
        name: "Contabilidad mensual para autónomos",
        description:
          "Facturas, tiques y movimientos bancarios conciliados cada mes, con los libros al día para cada trimestre.",
        price: [60, 120],
        kind: "service",
        options: [{ name: "Volumen", values: ["Hasta 100 apuntes", ["Hasta 300 apuntes", 40]] }],
        motif: "ledger",
        traits: ["bookkeeping", "contabilidad"],
      },
      {
        name: "Declaración de la renta",
        description:
          "Tu declaración preparada a partir de tus datos y presentada en plazo, con un resumen claro del resultado.",
        price: [50, 120],
        kind: "service",
        motif: "tax",
        traits: ["tax", "impuestos"],
      },
      {
        name: "Asesoría para emprendedores",
        description: "Forma jurídica, plan de negocio y trámites de alta, paso a paso contigo.",
        price: [100, 250],
        kind: "service",
        motif: "consulting",
        traits: ["consulting", "asesoría"],
      },
      {
        name: "Traducción de documentos",
        description:
          "Contratos, cartas y textos web traducidos por nativos de la lengua de destino.",
        price: [40, 100],
        kind: "service",
        options: [
          { name: "Idiomas", values: ["Inglés–español", "Francés–español", "Alemán–español"] },
        ],
        motif: "translation",
        traits: ["translation", "traducción"],
      },
      {
        name: "Diseño de logotipo e identidad corporativa",
        description:
          "Logotipo, paleta de colores y tipografías pensados para tu negocio, entregados en los formatos que necesites.",
        price: [350, 800],
        kind: "service",
        motif: "design",
        traits: ["design", "diseño"],
      },
      {
        name: "Página web para pymes",
        description:
          "Una web clara y fácil de actualizar, con tus servicios, tus datos de contacto y un formulario de consulta.",
        price: [800, 1800],
        kind: "service",
        motif: "web",
        traits: ["web", "web"],
      },
    ],
    pt: [
      {
        name: "Contabilidade mensal para empresas",
        description:
          "Faturas, recibos e extratos bancários lançados e conciliados todos os meses, com as contas em dia.",
        price: [100, 200],
        kind: "service",
        options: [{ name: "Volume", values: ["Até 100 lançamentos", ["Até 300 lançamentos", 60]] }],
        motif: "ledger",
        traits: ["bookkeeping", "contabilidade"],
      },
      {
        name: "Entrega da declaração de IRS",
        description:
          "A sua declaração preparada a partir dos seus documentos e submetida dentro do prazo, com um resumo claro do resultado.",
        price: [40, 100],
        kind: "service",
        motif: "tax",
        traits: ["tax", "irs"],
      },
      {
        name: "Consultoria para criação de empresa",
        description: "Forma jurídica, plano de negócio e registo, passo a passo consigo.",
        price: [100, 250],
        kind: "service",
        motif: "consulting",
        traits: ["consulting", "consultoria"],
      },
      {
        name: "Tradução de documentos",
        description:
          "Contratos, cartas e textos de sites traduzidos por falantes nativos da língua de chegada.",
        price: [40, 100],
        kind: "service",
        options: [
          {
            name: "Línguas",
            values: ["Inglês–português", "Francês–português", "Espanhol–português"],
          },
        ],
        motif: "translation",
        traits: ["translation", "tradução"],
      },
      {
        name: "Criação de logótipo e identidade visual",
        description:
          "Logótipo, paleta de cores e tipos de letra pensados para o seu negócio, entregues nos formatos de que precisa.",
        price: [350, 800],
        kind: "service",
        motif: "design",
        traits: ["design", "design"],
      },
      {
        name: "Site para pequenas empresas",
        description:
          "Um site claro e fácil de atualizar, com os seus serviços, contactos e um formulário de pedido de informação.",
        price: [800, 1800],
        kind: "service",
        motif: "web",
        traits: ["web", "site"],
      },
    ],
    it: [
      {
        name: "Tenuta della contabilità",
        description:
          "Fatture, scontrini ed estratti conto registrati e riconciliati ogni mese, per avere i conti in ordine.",
        price: [100, 220],
        kind: "service",
        options: [
          {
            name: "Volume",
            values: ["Fino a 100 registrazioni", ["Fino a 300 registrazioni", 60]],
          },
        ],
        motif: "ledger",
        traits: ["bookkeeping", "contabilità"],
      },
      {
        name: "Dichiarazione dei redditi (730)",
        description:
          "La tua dichiarazione preparata a partire dai tuoi documenti e inviata nei termini, con un riepilogo chiaro dell’esito.",
        price: [50, 120],
        kind: "service",
        motif: "tax",
        traits: ["tax", "fisco"],
      },
      {
        name: "Consulenza per avviare un’impresa",
        description:
          "Forma giuridica, business plan e pratiche di apertura, passo dopo passo insieme a te.",
        price: [100, 250],
        kind: "service",
        motif: "consulting",
        traits: ["consulting", "consulenza"],
      },
      {
        name: "Traduzione di documenti",
        description:
          "Contratti, lettere e testi web tradotti da madrelingua della lingua di arrivo.",
        price: [40, 100],
        kind: "service",
        options: [
          { name: "Lingue", values: ["Inglese–italiano", "Francese–italiano", "Tedesco–italiano"] },
        ],
        motif: "translation",
        traits: ["translation", "traduzione"],
      },
      {
        name: "Logo e immagine coordinata",
        description:
          "Logo, palette di colori e caratteri pensati per la tua attività, consegnati nei formati che ti servono.",
        price: [350, 800],
        kind: "service",
        motif: "design",
        traits: ["design", "grafica"],
      },
      {
        name: "Sito web per piccole imprese",
        description:
          "Un sito chiaro e facile da aggiornare, con i tuoi servizi, i contatti e un modulo di richiesta.",
        price: [800, 1800],
        kind: "service",
        motif: "web",
        traits: ["web", "sito"],
      },
    ],
  },
  motifs: {
    ledger: "M5 3h13v18H5z M9 3v18 M12 8h4 M12 12h4 M12 16h4",
    tax: "M6 2h12v20H6z M8 5h8v4H8z M9 13h.01 M12 13h.01 M15 13h.01 M9 17h.01 M12 17h.01 M15 17h.01",
    consulting: "M4 4v16h16 M8 16v-4 M12 16V9 M16 16V6",
    translation: "M3 5h10v8H7l-3 3v-3H3z M6 8h4 M14 10h7v8h-1v3l-3-3h-3z M16 14h3",
    design: "M12 3l6 7-6 11-6-11z M12 3v9 M12 12a1.5 1.5 0 1 0 .01 0",
    web: "M3 5h18v14H3z M3 9h18 M6 7h.01 M8.5 7h.01 M7 13h6 M7 16h10",
  },
};
