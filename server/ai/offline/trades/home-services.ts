import type { TradeEntry } from "./types.ts";

/**
 * Home services: cleaning, plumbing, electrics, decorating, gardening and odd jobs, each booked
 * as a visit or by the hour. The traits name the service, so a cleaning company's brief does not
 * get a plumber's call-out.
 */
export const HOME_SERVICES: TradeEntry = {
  id: "home-services",
  moods: ["fresh", "calm", "bold"],
  perishable: false,
  madeToOrder: false,
  words: {
    en: {
      business: "home services company",
      businessGender: "n",
      goods: "home services",
      goodsGender: "n",
      craft: "home maintenance",
      makers: "our team",
    },
    fr: {
      business: "entreprise de services à domicile",
      businessGender: "f",
      goods: "services à domicile",
      goodsGender: "m",
      craft: "entretien de la maison",
      makers: "notre équipe",
    },
    de: {
      business: "Hausservice",
      businessGender: "m",
      goods: "Dienstleistungen rund ums Haus",
      goodsGender: "f",
      craft: "Haus- und Wohnungspflege",
      makers: "unser Team",
    },
    es: {
      business: "empresa de servicios para el hogar",
      businessGender: "f",
      goods: "servicios para el hogar",
      goodsGender: "m",
      craft: "mantenimiento del hogar",
      makers: "nuestro equipo",
    },
    pt: {
      business: "empresa de serviços ao domicílio",
      businessGender: "f",
      goods: "serviços para a casa",
      goodsGender: "m",
      craft: "manutenção da casa",
      makers: "a nossa equipa",
    },
    it: {
      business: "impresa di servizi per la casa",
      businessGender: "f",
      goods: "servizi per la casa",
      goodsGender: "m",
      craft: "manutenzione della casa",
      makers: "il nostro team",
    },
  },
  samples: {
    en: [
      {
        name: "Regular home cleaning",
        description: "Kitchen, bathrooms, floors and dusting on a schedule that suits you.",
        price: [18, 25],
        kind: "service",
        options: [{ name: "Frequency", values: ["Weekly", "Fortnightly", "One-off"] }],
        motif: "cleaning",
        traits: ["cleaning"],
      },
      {
        name: "End-of-tenancy clean",
        description:
          "A top-to-bottom clean of an empty property, inside cupboards and appliances included, ready for the check-out.",
        price: [150, 300],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning"],
      },
      {
        name: "Plumbing call-out",
        description:
          "Leaks, dripping taps, blocked sinks and running toilets looked at, and fixed on the visit where parts allow.",
        price: [60, 90],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing"],
      },
      {
        name: "Electrical repairs and fittings",
        description: "Sockets, switches, light fittings and fault finding around the home.",
        price: [60, 95],
        kind: "service",
        motif: "electrics",
        traits: ["electrical"],
      },
      {
        name: "Interior painting and decorating",
        description:
          "Walls, ceilings and woodwork prepared and painted, with furniture and floors covered while the work goes on.",
        price: [150, 250],
        kind: "service",
        motif: "painting",
        traits: ["painting"],
      },
      {
        name: "Garden tidy-up",
        description:
          "Mowing, hedge trimming, weeding and green waste taken away, as a one-off or through the season.",
        price: [30, 45],
        kind: "service",
        motif: "garden",
        traits: ["garden"],
      },
      {
        name: "Handyman by the hour",
        description: "Shelves, curtain poles, flat-pack furniture and the small jobs on your list.",
        price: [35, 50],
        kind: "service",
        motif: "handyman",
        traits: ["handyman"],
      },
    ],
    fr: [
      {
        name: "Ménage à domicile",
        description: "Cuisine, salle de bains, sols et poussière, au rythme qui vous convient.",
        price: [20, 28],
        kind: "service",
        options: [
          { name: "Fréquence", values: ["Chaque semaine", "Tous les quinze jours", "Ponctuel"] },
        ],
        motif: "cleaning",
        traits: ["cleaning", "ménage"],
      },
      {
        name: "Grand ménage de fin de bail",
        description:
          "Un nettoyage complet du logement vide, placards et électroménager compris, avant l’état des lieux.",
        price: [150, 320],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning", "ménage"],
      },
      {
        name: "Dépannage plomberie",
        description:
          "Fuite, robinet qui goutte, évier bouché ou chasse d’eau qui coule, diagnostiqués puis réparés sur place quand les pièces le permettent.",
        price: [70, 100],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing", "plomberie"],
      },
      {
        name: "Petits travaux d’électricité",
        description:
          "Prises, interrupteurs, luminaires et recherche de panne, dans toute la maison.",
        price: [65, 95],
        kind: "service",
        motif: "electrics",
        traits: ["electrical", "électricité"],
      },
      {
        name: "Peinture intérieure",
        description:
          "Murs, plafonds et boiseries préparés puis peints, meubles et sols protégés pendant le chantier.",
        price: [180, 280],
        kind: "service",
        motif: "painting",
        traits: ["painting", "peinture"],
      },
      {
        name: "Entretien de jardin",
        description:
          "Tonte, taille de haies, désherbage et évacuation des déchets verts, ponctuellement ou toute la saison.",
        price: [30, 45],
        kind: "service",
        motif: "garden",
        traits: ["garden", "jardin"],
      },
      {
        name: "Montage de meubles et petits travaux",
        description: "Meubles en kit, étagères et tringles à rideaux montés et fixés, à l’heure.",
        price: [35, 50],
        kind: "service",
        motif: "handyman",
        traits: ["handyman", "bricolage"],
      },
    ],
    de: [
      {
        name: "Unterhaltsreinigung für Privathaushalte",
        description: "Küche, Bad, Böden und Staubwischen in dem Rhythmus, der zu Ihnen passt.",
        price: [22, 30],
        kind: "service",
        options: [{ name: "Turnus", values: ["Wöchentlich", "Alle zwei Wochen", "Einmalig"] }],
        motif: "cleaning",
        traits: ["cleaning", "Reinigung"],
      },
      {
        name: "Endreinigung bei Auszug",
        description:
          "Gründliche Reinigung der leeren Wohnung, Schränke und Küchengeräte inklusive, rechtzeitig vor der Übergabe.",
        price: [160, 330],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning", "Reinigung"],
      },
      {
        name: "Sanitär-Reparaturen",
        description:
          "Tropfende Wasserhähne, verstopfte Abflüsse und undichte Stellen werden vor Ort geprüft und nach Möglichkeit direkt behoben.",
        price: [70, 100],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing", "Sanitär"],
      },
      {
        name: "Elektroarbeiten im Haushalt",
        description:
          "Steckdosen, Schalter und Leuchten anschließen, Fehler suchen, rund um Haus und Wohnung.",
        price: [65, 95],
        kind: "service",
        motif: "electrics",
        traits: ["electrical", "Elektro"],
      },
      {
        name: "Malerarbeiten innen",
        description:
          "Wände, Decken und Holzflächen werden vorbereitet und gestrichen, Möbel und Böden sorgfältig abgedeckt.",
        price: [180, 280],
        kind: "service",
        motif: "painting",
        traits: ["painting", "Maler"],
      },
      {
        name: "Gartenpflege",
        description:
          "Rasen mähen, Hecken schneiden, Unkraut jäten und Grünschnitt abfahren, einmalig oder die ganze Saison.",
        price: [30, 45],
        kind: "service",
        motif: "garden",
        traits: ["garden", "Garten"],
      },
      {
        name: "Handwerkerstunde",
        description:
          "Regale, Gardinenstangen, Möbelaufbau und all die kleinen Aufgaben auf Ihrer Liste, stundenweise gebucht.",
        price: [40, 55],
        kind: "service",
        motif: "handyman",
        traits: ["handyman", "Handwerker"],
      },
    ],
    es: [
      {
        name: "Limpieza del hogar por horas",
        description: "Cocina, baños, suelos y polvo con la frecuencia que prefieras.",
        price: [12, 18],
        kind: "service",
        options: [{ name: "Frecuencia", values: ["Semanal", "Quincenal", "Puntual"] }],
        motif: "cleaning",
        traits: ["cleaning", "limpieza"],
      },
      {
        name: "Limpieza de final de obra",
        description:
          "Retirada de polvo y restos tras una reforma, con cristales, suelos y armarios incluidos.",
        price: [150, 350],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning", "limpieza"],
      },
      {
        name: "Fontanero a domicilio",
        description:
          "Fugas, grifos que gotean, atascos y cisternas revisados y reparados en la misma visita si las piezas lo permiten.",
        price: [50, 80],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing", "fontanería"],
      },
      {
        name: "Electricista a domicilio",
        description: "Enchufes, interruptores, lámparas y búsqueda de averías en toda la casa.",
        price: [50, 80],
        kind: "service",
        motif: "electrics",
        traits: ["electrical", "electricidad"],
      },
      {
        name: "Pintura de pisos",
        description:
          "Paredes, techos y carpintería preparados y pintados, con muebles y suelos protegidos durante el trabajo.",
        price: [200, 350],
        kind: "service",
        motif: "painting",
        traits: ["painting", "pintura"],
      },
      {
        name: "Mantenimiento de jardines",
        description:
          "Siega, poda de setos, desbroce y retirada de restos vegetales, de forma puntual o por temporada.",
        price: [25, 40],
        kind: "service",
        motif: "garden",
        traits: ["garden", "jardín"],
      },
      {
        name: "Montaje de muebles",
        description:
          "Muebles de kit, estanterías y barras de cortina montados y fijados, por horas.",
        price: [30, 45],
        kind: "service",
        motif: "handyman",
        traits: ["handyman", "bricolaje"],
      },
    ],
    pt: [
      {
        name: "Limpeza doméstica regular",
        description: "Cozinha, casas de banho, chão e pó, com a frequência que preferir.",
        price: [10, 15],
        kind: "service",
        options: [{ name: "Frequência", values: ["Semanal", "Quinzenal", "Pontual"] }],
        motif: "cleaning",
        traits: ["cleaning", "limpeza"],
      },
      {
        name: "Limpeza pós-obra",
        description:
          "Remoção de pó e resíduos depois de uma obra, com vidros, chão e armários incluídos.",
        price: [150, 350],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning", "limpeza"],
      },
      {
        name: "Canalizador ao domicílio",
        description:
          "Fugas, torneiras a pingar, entupimentos e autoclismos verificados e reparados na visita sempre que as peças o permitam.",
        price: [45, 70],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing", "canalização"],
      },
      {
        name: "Eletricista ao domicílio",
        description: "Tomadas, interruptores, candeeiros e deteção de avarias em toda a casa.",
        price: [45, 70],
        kind: "service",
        motif: "electrics",
        traits: ["electrical", "eletricidade"],
      },
      {
        name: "Pintura de interiores",
        description:
          "Paredes, tetos e madeiras preparados e pintados, com móveis e chão protegidos durante o trabalho.",
        price: [180, 300],
        kind: "service",
        motif: "painting",
        traits: ["painting", "pintura"],
      },
      {
        name: "Manutenção de jardins",
        description:
          "Corte de relva, poda de sebes, limpeza de ervas e recolha de resíduos verdes, pontualmente ou ao longo da época.",
        price: [25, 40],
        kind: "service",
        motif: "garden",
        traits: ["garden", "jardim"],
      },
      {
        name: "Pequenas reparações em casa",
        description:
          "Prateleiras, varões de cortinados, montagem de móveis e os pequenos trabalhos da sua lista, à hora.",
        price: [30, 45],
        kind: "service",
        motif: "handyman",
        traits: ["handyman", "reparações"],
      },
    ],
    it: [
      {
        name: "Pulizie domestiche",
        description: "Cucina, bagni, pavimenti e spolveratura con la frequenza che preferisci.",
        price: [15, 22],
        kind: "service",
        options: [{ name: "Frequenza", values: ["Settimanale", "Quindicinale", "Una tantum"] }],
        motif: "cleaning",
        traits: ["cleaning", "pulizie"],
      },
      {
        name: "Pulizie post ristrutturazione",
        description:
          "Rimozione di polvere e residui dopo i lavori, con vetri, pavimenti e armadi compresi.",
        price: [150, 350],
        kind: "service",
        motif: "cleaning",
        traits: ["cleaning", "pulizie"],
      },
      {
        name: "Idraulico a domicilio",
        description:
          "Perdite, rubinetti che gocciolano, scarichi intasati e cassette del bagno controllati e riparati durante l’intervento, quando i ricambi lo consentono.",
        price: [50, 80],
        kind: "service",
        motif: "plumbing",
        traits: ["plumbing", "idraulica"],
      },
      {
        name: "Elettricista a domicilio",
        description: "Prese, interruttori, lampadari e ricerca guasti in tutta la casa.",
        price: [50, 80],
        kind: "service",
        motif: "electrics",
        traits: ["electrical", "elettricità"],
      },
      {
        name: "Tinteggiatura interni",
        description:
          "Pareti, soffitti e infissi preparati e tinteggiati, con mobili e pavimenti protetti durante il lavoro.",
        price: [180, 300],
        kind: "service",
        motif: "painting",
        traits: ["painting", "tinteggiatura"],
      },
      {
        name: "Manutenzione del giardino",
        description:
          "Taglio dell’erba, potatura delle siepi, diserbo e smaltimento del verde, una tantum o per tutta la stagione.",
        price: [25, 40],
        kind: "service",
        motif: "garden",
        traits: ["garden", "giardino"],
      },
      {
        name: "Montaggio mobili e piccoli lavori",
        description: "Mobili in kit, mensole e bastoni per tende montati e fissati, a ore.",
        price: [30, 45],
        kind: "service",
        motif: "handyman",
        traits: ["handyman", "tuttofare"],
      },
    ],
  },
  motifs: {
    cleaning: "M9 8h5v3l2 2v8H7v-8l2-2z M10 8V5h4 M14 5h3 M17 3v4 M19.5 4h1.5 M19.5 6h1.5",
    plumbing:
      "M4 10h9a3 3 0 0 1 3 3v2 M4 7v6 M8 10V6 M6 6h4 M17.5 20a1.5 1.5 0 0 1-3 0c0-1 1.5-2.5 1.5-2.5s1.5 1.5 1.5 2.5z",
    electrics: "M13 2L5 14h6l-1 8 8-12h-6z",
    painting: "M4 4h13v5H4z M17 6.5h3v5h-8v3 M11 14.5h2v7h-2z",
    garden: "M12 21v-9 M12 12c0-4 3-7 8-7 0 5-3 8-8 7z M12 15c0-3-2-5-7-5 0 4 3 6 7 5z M7 21h10",
    handyman: "M4 20l9.5-9.5 M10 7.5l4-4 6.5 6.5-4 4z",
  },
};
