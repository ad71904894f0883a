import type { FontFamily } from "../../../blocks/theme/index.ts";
import type { DeliveryFacts, Sells } from "../../../server/ai/brief/facts.ts";
import type { IndustryId } from "../../../domain/ai-vocabulary.ts";

/**
 * Briefs written for the tests, as new merchants type them, each with the facts a reader must
 * find in it. Shared by the brief reader's tests (tests/ai/understand.test.ts), the offline writer
 * and the AI fidelity benchmark: a fact listed here should reach the store.
 *
 * `expect` lists only what the brief says; a field left out is not checked. Strings of
 * `tradeWords`, `avoid` and `highlights` are expected to appear (case-insensitive) inside what was
 * read; offerings are matched by name (case-insensitive) with their price in minor units of the
 * store's currency.
 */
export type ExpectedOffering = {
  name: string;
  /** Minor units; null when the brief names it without a price. */
  price: number | null;
  priceFrom?: boolean;
  kind?: "product" | "service";
  /** Each option's values, in order ([["S", "M", "L"]]). */
  options?: string[][];
};

export type BriefExpectation = {
  language?: string;
  name?: string | null;
  place?: string | null;
  country?: string | null;
  locale?: string;
  currency?: string;
  trade?: IndustryId;
  /** Words expected inside `trade.words` (what it sells in the brief's words). */
  tradeWords?: string;
  sells?: Sells;
  offerings?: ExpectedOffering[];
  delivery?: Partial<DeliveryFacts>;
  /** Brand colours with their role; [] means the brief asks for none (colour words in products). */
  colors?: { word: string; role: "primary" | "accent" | "background" | "text" | null }[];
  fonts?: { font: FontFamily }[];
  themeHints?: ("dark" | "light" | "cream" | "pastel")[];
  avoid?: string[];
  highlights?: string[];
};

export type BriefFixture = {
  id: string;
  brief: string;
  /** The name typed in the wizard's own field, when the merchant did. */
  name?: string;
  expect: BriefExpectation;
};

export const BRIEF_FIXTURES: BriefFixture[] = [
  {
    id: "fr-bakery-lyon",
    brief:
      "Une boulangerie à Lyon, dans la Croix-Rousse. Nos pains : pain de campagne 4,50 €, baguette tradition à 1,20 €, et fougasse aux olives 3,80 €. Farine bio, cuits chaque matin. Retrait en boutique uniquement, nous n'expédions pas.",
    expect: {
      language: "fr",
      place: "Lyon",
      country: "FR",
      locale: "fr-FR",
      currency: "EUR",
      trade: "bakery",
      sells: "products",
      offerings: [
        { name: "pain de campagne", price: 450 },
        { name: "baguette tradition", price: 120 },
        { name: "fougasse aux olives", price: 380 },
      ],
      delivery: { shipping: false, localPickup: true, perishable: true },
      highlights: ["Farine bio"],
    },
  },
  {
    id: "fr-chez-paul",
    brief:
      "Chez Paul, boulangerie-pâtisserie familiale à Bordeaux depuis 1987. Croissant 1,10 €, pain au chocolat 1,30 €, tarte aux fraises à partir de 18 €. Couleurs : boutons bleu marine et fond crème. Ne pas parler de bio.",
    expect: {
      language: "fr",
      name: "Chez Paul",
      place: "Bordeaux",
      currency: "EUR",
      trade: "bakery",
      offerings: [
        { name: "Croissant", price: 110 },
        { name: "pain au chocolat", price: 130 },
        { name: "tarte aux fraises", price: 1800, priceFrom: true },
      ],
      colors: [
        { word: "bleu marine", role: "primary" },
        { word: "crème", role: "background" },
      ],
      avoid: ["bio"],
      highlights: ["depuis 1987"],
    },
  },
  {
    id: "fr-fleuriste-nantes",
    brief:
      "Nous sommes La Fleur Sauvage, fleuriste à Nantes. Bouquets de saison à partir de 35 €, compositions pour mariages sur mesure. Livraison à domicile dans Nantes et alentours, retrait en boutique possible. Un site clair, police Playfair pour les titres.",
    expect: {
      language: "fr",
      name: "La Fleur Sauvage",
      place: "Nantes",
      trade: "florist",
      offerings: [{ name: "Bouquets de saison", price: 3500, priceFrom: true }],
      delivery: { localDelivery: true, localPickup: true, perishable: true, madeToOrder: true },
      fonts: [{ font: "Playfair Display" }],
      themeHints: ["light"],
    },
  },
  {
    id: "fr-cours-piano-geneve",
    brief:
      "Je donne des cours de piano à Genève pour enfants et adultes. Cours individuel à partir de 60 CHF l'heure, stage d'été 250 CHF.",
    expect: {
      language: "fr",
      place: "Genève",
      country: "CH",
      locale: "fr-CH",
      currency: "CHF",
      trade: "lessons",
      sells: "services",
      offerings: [
        { name: "Cours individuel", price: 6000, priceFrom: true, kind: "service" },
        { name: "stage d'été", price: 25000, kind: "service" },
      ],
    },
  },
  {
    id: "fr-be-chocolatier",
    brief:
      "Chocolaterie artisanale à Bruxelles : pralines, tablettes de chocolat noir et ballotins. Ballotin de 250 g ou 500 g, à partir de 14 €. Expédition partout en Belgique.",
    expect: {
      language: "fr",
      place: "Bruxelles",
      country: "BE",
      locale: "fr-BE",
      currency: "EUR",
      trade: "chocolatier",
      offerings: [
        { name: "Ballotin", price: 1400, priceFrom: true, options: [["250 g", "500 g"]] },
      ],
      delivery: { shipping: true },
      colors: [],
    },
  },
  {
    id: "de-baeckerei-zuerich",
    brief:
      "Wir sind die Bäckerei Müller in Zürich. Wir backen täglich frisch: Bauernbrot CHF 6.50, Zopf CHF 5.-, Nussgipfel CHF 3.20. Abholung im Laden, kein Versand.",
    expect: {
      language: "de",
      name: "Bäckerei Müller",
      place: "Zürich",
      country: "CH",
      locale: "de-CH",
      currency: "CHF",
      trade: "bakery",
      offerings: [
        { name: "Bauernbrot", price: 650 },
        { name: "Zopf", price: 500 },
        { name: "Nussgipfel", price: 320 },
      ],
      delivery: { localPickup: true, shipping: false, perishable: true },
    },
  },
  {
    id: "de-schreiner-muenchen",
    brief:
      "Schreinerei Holzwerk aus München: Möbel auf Bestellung aus Eiche und Nussbaum. Esstische ab 1.800 €, Lieferzeit innerhalb von 6 Wochen. Bitte nicht von billig sprechen. Dunkles Design mit goldenen Akzenten.",
    expect: {
      language: "de",
      place: "München",
      country: "DE",
      currency: "EUR",
      trade: "furniture-decor",
      offerings: [{ name: "Esstische", price: 180000, priceFrom: true }],
      delivery: { madeToOrder: true, leadTime: "6 Wochen" },
      avoid: ["billig"],
      themeHints: ["dark"],
    },
  },
  {
    id: "de-reparatur-wien",
    brief:
      "Fahrradwerkstatt in Wien: Reparatur und Service für alle Räder. Inspektion ab 49 €, Schlauchwechsel 15 €. Wir verkaufen keine Fahrräder.",
    expect: {
      language: "de",
      place: "Wien",
      country: "AT",
      locale: "de-AT",
      currency: "EUR",
      trade: "bicycles",
      offerings: [
        { name: "Inspektion", price: 4900, priceFrom: true },
        { name: "Schlauchwechsel", price: 1500 },
      ],
    },
  },
  {
    id: "es-panaderia-sevilla",
    brief:
      "Somos La Espiga, una panadería de masa madre en Sevilla. Pan de centeno 4,20 €, hogaza de trigo 5 €, y magdalenas 1,50 €. Recogida en tienda y entrega a domicilio en Sevilla.",
    expect: {
      language: "es",
      name: "La Espiga",
      place: "Sevilla",
      country: "ES",
      locale: "es-ES",
      currency: "EUR",
      trade: "bakery",
      offerings: [
        { name: "Pan de centeno", price: 420 },
        { name: "hogaza de trigo", price: 500 },
        { name: "magdalenas", price: 150 },
      ],
      delivery: { localPickup: true, localDelivery: true, perishable: true },
    },
  },
  {
    id: "es-clases-guitarra-mexico",
    brief:
      "Doy clases de guitarra en Guadalajara, México. Clase individual desde $350 por hora, paquete de 8 clases $2,500. No menciones precios bajos.",
    expect: {
      language: "es",
      place: "Guadalajara",
      country: "MX",
      locale: "es-MX",
      currency: "MXN",
      trade: "lessons",
      sells: "services",
      offerings: [
        { name: "Clase individual", price: 35000, priceFrom: true, kind: "service" },
        { name: "paquete de 8 clases", price: 250000, kind: "service" },
      ],
      avoid: ["precios bajos"],
    },
  },
  {
    id: "es-cop-bicicletas",
    brief:
      "Taller de bicicletas en Medellín, Colombia. Mantenimiento general desde $45.000, cambio de llantas $30.000. También vendemos cascos y luces.",
    expect: {
      language: "es",
      place: "Medellín",
      country: "CO",
      locale: "es-CO",
      currency: "COP",
      trade: "bicycles",
      offerings: [
        { name: "Mantenimiento general", price: 4500000, priceFrom: true },
        { name: "cambio de llantas", price: 3000000 },
      ],
      tradeWords: "cascos y luces",
    },
  },
  {
    id: "pt-padaria-lisboa",
    brief:
      "Uma padaria de bairro em Lisboa, negócio familiar desde 1962. Pão de Mafra 2,80 €, broa de milho 3,50 €, pastel de nata 1,20 €. Não fazemos envios, só levantamento na loja.",
    expect: {
      language: "pt",
      place: "Lisboa",
      country: "PT",
      locale: "pt-PT",
      currency: "EUR",
      trade: "bakery",
      offerings: [
        { name: "Pão de Mafra", price: 280 },
        { name: "broa de milho", price: 350 },
        { name: "pastel de nata", price: 120 },
      ],
      delivery: { shipping: false, localPickup: true },
      highlights: ["desde 1962"],
    },
  },
  {
    id: "pt-br-cafe-sao-paulo",
    brief:
      "Torrefação de café especial em São Paulo. Café em grão 250 g ou 1 kg, a partir de R$ 45,90. Enviamos para todo o Brasil.",
    expect: {
      language: "pt",
      place: "São Paulo",
      country: "BR",
      locale: "pt-BR",
      currency: "BRL",
      trade: "coffee",
      offerings: [
        { name: "Café em grão", price: 4590, priceFrom: true, options: [["250 g", "1 kg"]] },
      ],
      delivery: { shipping: true },
    },
  },
  {
    id: "pt-aulas-porto",
    brief: "Dou aulas de inglês no Porto para adolescentes. Aula individual 25 € por hora.",
    expect: {
      language: "pt",
      place: "Porto",
      country: "PT",
      trade: "lessons",
      sells: "services",
      offerings: [{ name: "Aula individual", price: 2500, kind: "service" }],
    },
  },
  {
    id: "it-panetteria-bologna",
    brief:
      "Siamo il Forno Bruni, una panetteria a Bologna dal 1950. Pane casereccio 3,50 €, focaccia 2 €, crescentine 1,80 €. Ritiro in negozio.",
    expect: {
      language: "it",
      name: "Forno Bruni",
      place: "Bologna",
      country: "IT",
      locale: "it-IT",
      currency: "EUR",
      trade: "bakery",
      offerings: [
        { name: "Pane casereccio", price: 350 },
        { name: "focaccia", price: 200 },
        { name: "crescentine", price: 180 },
      ],
      delivery: { localPickup: true },
      highlights: ["dal 1950"],
    },
  },
  {
    id: "it-liutaio-cremona",
    brief:
      "Liutaio a Cremona: costruisco violini e viole su commissione e faccio riparazioni. Violino da studio a partire da 2.500 €, ricrinatura archetto 70 €. Tempi di consegna entro 6 mesi.",
    expect: {
      language: "it",
      place: "Cremona",
      trade: "musical-instruments",
      sells: "both",
      offerings: [
        { name: "Violino da studio", price: 250000, priceFrom: true },
        { name: "ricrinatura archetto", price: 7000 },
      ],
      delivery: { madeToOrder: true },
    },
  },
  {
    id: "it-candele-milano",
    brief:
      "Candele di soia fatte a mano a Milano. Candela alla lavanda 18 €, diffusore per ambienti 25 €. Colori pastello per il sito, niente nero. Non dire economico.",
    expect: {
      language: "it",
      place: "Milano",
      trade: "candles",
      offerings: [
        { name: "Candela alla lavanda", price: 1800 },
        { name: "diffusore per ambienti", price: 2500 },
      ],
      themeHints: ["pastel"],
      avoid: ["economico"],
      highlights: ["fatte a mano"],
    },
  },
  {
    id: "en-us-jewellery-cambridge",
    brief:
      "Hart & Vine is a jewelry studio in Cambridge, Massachusetts. Handmade engagement rings from $1,200 and sterling silver earrings at $85. Custom pieces take 3 to 4 weeks. Navy buttons, gold accents and a cream background; headings in a serif like Garamond.",
    expect: {
      language: "en",
      name: "Hart & Vine",
      place: "Cambridge, Massachusetts",
      country: "US",
      locale: "en-US",
      currency: "USD",
      trade: "jewellery",
      offerings: [
        { name: "Handmade engagement rings", price: 120000, priceFrom: true },
        { name: "sterling silver earrings", price: 8500 },
      ],
      delivery: { madeToOrder: true, leadTime: "3 to 4 weeks" },
      colors: [
        { word: "Navy", role: "primary" },
        { word: "gold", role: "accent" },
        { word: "cream", role: "background" },
      ],
      fonts: [{ font: "Libre Baskerville" }],
    },
  },
  {
    id: "en-gb-violin-repair",
    brief:
      "I'm a luthier in Bristol: violin repairs, bow rehairs and set-ups for students and professionals. Violin set-up (from £120), bow rehair £65. I don't sell instruments.",
    expect: {
      language: "en",
      place: "Bristol",
      country: "GB",
      currency: "GBP",
      trade: "musical-instruments",
      offerings: [
        { name: "Violin set-up", price: 12000, priceFrom: true, kind: "service" },
        { name: "bow rehair", price: 6500, kind: "service" },
      ],
    },
  },
  {
    id: "en-tutor",
    brief:
      "Private maths and physics tutor in Leeds for GCSE and A-level students. One-to-one sessions £40 per hour, online or in person.",
    expect: {
      language: "en",
      place: "Leeds",
      country: "GB",
      currency: "GBP",
      trade: "lessons",
      sells: "services",
      offerings: [{ name: "One-to-one sessions", price: 4000, kind: "service" }],
    },
  },
  {
    id: "en-plumber",
    brief:
      "Reliable plumber covering Manchester and Salford. Boiler servicing from £80, emergency call-out £95. No mention of cheap.",
    expect: {
      language: "en",
      place: "Manchester",
      country: "GB",
      trade: "home-services",
      sells: "services",
      offerings: [
        { name: "Boiler servicing", price: 8000, priceFrom: true, kind: "service" },
        { name: "emergency call-out", price: 9500, kind: "service" },
      ],
      avoid: ["cheap"],
    },
  },
  {
    id: "en-accountant",
    brief:
      "Bookkeeping and tax returns for freelancers and small businesses in Toronto. Monthly bookkeeping from $250, personal tax return $180. Calm, professional tone.",
    expect: {
      language: "en",
      place: "Toronto",
      country: "CA",
      locale: "en-CA",
      currency: "CAD",
      trade: "professional-services",
      sells: "services",
      offerings: [
        { name: "Monthly bookkeeping", price: 25000, priceFrom: true, kind: "service" },
        { name: "personal tax return", price: 18000, kind: "service" },
      ],
    },
  },
  {
    id: "en-candles-one-liner",
    brief: "I sell candles",
    expect: {
      language: "en",
      place: null,
      currency: "USD",
      trade: "candles",
      tradeWords: "candles",
      sells: "products",
      colors: [],
    },
  },
  {
    id: "en-things-one-liner",
    brief: "I sell things.",
    expect: { language: "en", trade: "general", name: null, place: null },
  },
  {
    id: "fr-one-liner",
    brief: "Je vends des bougies parfumées.",
    expect: { language: "fr", trade: "candles", tradeWords: "bougies parfumées", currency: "EUR" },
  },
  {
    id: "en-beekeeper",
    brief: "Beekeeper in Devon selling raw honey and beeswax wraps from our own hives.",
    expect: {
      language: "en",
      place: "Devon",
      country: "GB",
      currency: "GBP",
      trade: "grocery",
      tradeWords: "raw honey and beeswax wraps",
    },
  },
  {
    id: "en-halal-butcher",
    brief:
      "Halal butcher in Birmingham. Lamb chops £12 per kg, chicken thighs £6.50 per kg. Fresh every morning, local delivery in Birmingham.",
    expect: {
      language: "en",
      place: "Birmingham",
      trade: "butcher",
      offerings: [
        { name: "Lamb chops", price: 1200 },
        { name: "chicken thighs", price: 650 },
      ],
      delivery: { localDelivery: true, perishable: true },
    },
  },
  {
    id: "en-coffee-blue-mountain",
    brief:
      "Bright Bean Coffee roasts single-origin beans in Portland, Oregon. Blue Mountain coffee $38 per bag, house espresso blend $16. We ship across the US.",
    expect: {
      language: "en",
      name: "Bright Bean Coffee",
      place: "Portland, Oregon",
      country: "US",
      trade: "coffee",
      offerings: [
        { name: "Blue Mountain coffee", price: 3800 },
        { name: "house espresso blend", price: 1600 },
      ],
      delivery: { shipping: true },
      colors: [],
    },
  },
  {
    id: "en-red-velvet",
    brief:
      "Crumb & Co. is a cake shop in Brighton. Red velvet cake £28, lemon drizzle £22. Pastel colours with soft pink buttons.",
    expect: {
      language: "en",
      name: "Crumb & Co.",
      place: "Brighton",
      trade: "bakery",
      offerings: [
        { name: "Red velvet cake", price: 2800 },
        { name: "lemon drizzle", price: 2200 },
      ],
      colors: [{ word: "pink", role: "primary" }],
      themeHints: ["pastel"],
    },
  },
  {
    id: "en-emoji-surf",
    brief:
      "Sol ☀️ Surf is a surf school in Ericeira, Portugal. Beginner lessons €45, board rental €20 per day. Fun and friendly, for beginners and families.",
    expect: {
      language: "en",
      name: "Sol ☀️ Surf",
      place: "Ericeira",
      country: "PT",
      currency: "EUR",
      trade: "lessons",
      offerings: [
        { name: "Beginner lessons", price: 4500, kind: "service" },
        { name: "board rental", price: 2000 },
      ],
    },
  },
  {
    id: "en-jpy-wagashi",
    brief:
      "We make wagashi, traditional Japanese sweets, in Kyoto. Seasonal wagashi box ¥3,500, matcha set ¥1,200. We ship within Japan.",
    expect: {
      language: "en",
      place: "Kyoto",
      country: "JP",
      locale: "en-JP",
      currency: "JPY",
      trade: "chocolatier",
      offerings: [
        { name: "Seasonal wagashi box", price: 3500 },
        { name: "matcha set", price: 1200 },
      ],
      delivery: { shipping: true },
    },
  },
  {
    id: "en-inr-yoga",
    brief:
      "Yoga and meditation classes in Bengaluru. Drop-in class ₹600, monthly pass ₹4,500. Calm and gentle, no mention of weight loss.",
    expect: {
      language: "en",
      place: "Bengaluru",
      country: "IN",
      locale: "en-IN",
      currency: "INR",
      trade: "wellness",
      sells: "services",
      offerings: [
        { name: "Drop-in class", price: 60000 },
        { name: "monthly pass", price: 450000 },
      ],
      avoid: ["weight loss"],
    },
  },
  {
    id: "en-sek-ceramics",
    brief:
      "Hand-thrown stoneware from my studio in Gothenburg, Sweden. Mugs 350 kr, bowls from 420 kr. Minimal look, white background, black text, font like Helvetica.",
    expect: {
      language: "en",
      place: "Gothenburg",
      country: "SE",
      currency: "SEK",
      trade: "ceramics",
      offerings: [
        { name: "Mugs", price: 35000 },
        { name: "bowls", price: 42000, priceFrom: true },
      ],
      colors: [
        { word: "white", role: "background" },
        { word: "black", role: "text" },
      ],
      fonts: [{ font: "Inter" }],
    },
  },
  {
    id: "en-nc-tea",
    brief:
      "Leaf & Kettle is a loose leaf tea shop in Asheville, North Carolina. Green tea and oolong from small farms, sampler tin $24. Dark theme please.",
    expect: {
      language: "en",
      name: "Leaf & Kettle",
      place: "Asheville, North Carolina",
      country: "US",
      trade: "tea",
      offerings: [{ name: "sampler tin", price: 2400 }],
      themeHints: ["dark"],
      colors: [],
    },
  },
  {
    id: "en-tshirts-sizes",
    brief:
      "Streetwear label from Melbourne. Logo tee in sizes S, M, L, XL at $45, hoodie $90. Bold, black and orange colours.",
    expect: {
      language: "en",
      place: "Melbourne",
      country: "AU",
      currency: "AUD",
      trade: "fashion",
      offerings: [
        { name: "Logo tee", price: 4500, options: [["S", "M", "L", "XL"]] },
        { name: "hoodie", price: 9000 },
      ],
      colors: [
        { word: "black", role: null },
        { word: "orange", role: null },
      ],
    },
  },
  {
    id: "en-dog-grooming",
    brief: "Dog grooming and dog walking in Dublin. Full groom from €55, 1-hour walk €15.",
    expect: {
      language: "en",
      place: "Dublin",
      country: "IE",
      locale: "en-IE",
      currency: "EUR",
      trade: "pet-services",
      sells: "services",
      offerings: [
        { name: "Full groom", price: 5500, priceFrom: true },
        { name: "1-hour walk", price: 1500 },
      ],
    },
  },
  {
    id: "en-photographer",
    brief:
      "Wedding and portrait photographer in Edinburgh. Portrait session from £150; prints and albums available. Light, airy website with Lora font.",
    expect: {
      language: "en",
      place: "Edinburgh",
      trade: "photography",
      sells: "both",
      offerings: [{ name: "Portrait session", price: 15000, priceFrom: true, kind: "service" }],
      fonts: [{ font: "Lora" }],
      themeHints: ["light"],
    },
  },
  {
    id: "en-records",
    brief: "Second spin records: a vinyl record shop in Austin, Texas, selling new and used LPs.",
    expect: { language: "en", place: "Austin, Texas", country: "US", trade: "records" },
  },
  {
    id: "en-board-games",
    brief:
      "Dice & Dragons sells board games, miniatures and paints in Calgary. Game nights every Friday.",
    expect: {
      language: "en",
      name: "Dice & Dragons",
      place: "Calgary",
      country: "CA",
      currency: "CAD",
      trade: "games-hobbies",
      tradeWords: "board games, miniatures and paints",
    },
  },
  {
    id: "en-hair-salon",
    brief:
      "Barbershop in Brooklyn. Haircut $40, beard trim $25, hot towel shave $45. Walk-ins welcome.",
    expect: {
      language: "en",
      place: "Brooklyn",
      country: "US",
      trade: "hair-salon",
      sells: "services",
      offerings: [
        { name: "Haircut", price: 4000, kind: "service" },
        { name: "beard trim", price: 2500 },
        { name: "hot towel shave", price: 4500 },
      ],
    },
  },
  {
    id: "en-plants",
    brief:
      "Houseplant shop in Cape Town. Monstera in 12 cm or 17 cm pots from R180. Local delivery in Cape Town, and click & collect.",
    expect: {
      language: "en",
      place: "Cape Town",
      country: "ZA",
      currency: "ZAR",
      trade: "plants-garden",
      delivery: { localDelivery: true, localPickup: true },
    },
  },
  {
    id: "en-vintage-named",
    name: "Second Wind Vintage",
    brief:
      "Pre-loved clothing and vintage denim, hand-picked. Nothing about fast fashion. Earthy tones, terracotta buttons.",
    expect: {
      name: "Second Wind Vintage",
      trade: "vintage",
      colors: [{ word: "terracotta", role: "primary" }],
      avoid: ["fast fashion"],
    },
  },
  {
    id: "fr-place-first",
    brief:
      "Lyon, une librairie de quartier sur les pentes de la Croix-Rousse : romans d'occasion dès 3 €, bandes dessinées 12 €. Retrait en boutique.",
    expect: {
      language: "fr",
      name: null,
      place: "Lyon",
      country: "FR",
      currency: "EUR",
      trade: "books",
      offerings: [
        { name: "romans d'occasion", price: 300, priceFrom: true },
        { name: "bandes dessinées", price: 1200 },
      ],
      delivery: { localPickup: true },
    },
  },
  {
    id: "en-place-first",
    brief:
      "Bristol, a small vinyl record shop on Gloucester Road. Used LPs from £8, new pressings £25.",
    expect: {
      language: "en",
      name: null,
      place: "Bristol",
      country: "GB",
      currency: "GBP",
      trade: "records",
      offerings: [
        { name: "Used LPs", price: 800, priceFrom: true },
        { name: "new pressings", price: 2500 },
      ],
    },
  },
  {
    id: "en-unpriced-breads",
    brief:
      "Rise Bakery, a sourdough bakery in Leeds. Our breads: Country Sourdough, Seeded Rye and Spelt Loaf.",
    expect: {
      language: "en",
      name: "Rise Bakery",
      place: "Leeds",
      trade: "bakery",
      offerings: [
        { name: "Country Sourdough", price: null, kind: "product" },
        { name: "Seeded Rye", price: null, kind: "product" },
        { name: "Spelt Loaf", price: null, kind: "product" },
      ],
    },
  },
  {
    id: "fr-unpriced-fromages",
    brief:
      "Fromagerie Lefèvre, fromager affineur à Annecy. Nos fromages : reblochon fermier, tomme de Savoie et beaufort d'alpage. Livraison à domicile dans Annecy.",
    expect: {
      language: "fr",
      name: "Fromagerie Lefèvre",
      place: "Annecy",
      trade: "cheesemonger",
      offerings: [
        { name: "reblochon fermier", price: null },
        { name: "tomme de Savoie", price: null },
        { name: "beaufort d'alpage", price: null },
      ],
      delivery: { localDelivery: true },
    },
  },
  {
    id: "de-unpriced-after-prices",
    brief:
      "Bäckerei Sommer in Freiburg. Wir backen Laugenbrezel (1,20 €), Dinkelbrot (4,80 €) und ein Roggenbrot jeden Morgen.",
    expect: {
      language: "de",
      name: "Bäckerei Sommer",
      place: "Freiburg",
      country: "DE",
      trade: "bakery",
      offerings: [
        { name: "Laugenbrezel", price: 120 },
        { name: "Dinkelbrot", price: 480 },
        { name: "Roggenbrot", price: null },
      ],
    },
  },
  {
    id: "it-calzolaio-servizi",
    brief:
      "Calzoleria Ferri a Torino: ripariamo scarpe e borse in pelle. Risuolatura da 35 €, cambio tacchi 15 €. Non vendiamo scarpe nuove.",
    expect: {
      language: "it",
      name: "Calzoleria Ferri",
      place: "Torino",
      country: "IT",
      currency: "EUR",
      trade: "repairs",
      sells: "services",
      offerings: [
        { name: "Risuolatura", price: 3500, priceFrom: true, kind: "service" },
        { name: "cambio tacchi", price: 1500, kind: "service" },
      ],
    },
  },
  {
    id: "es-short-frances",
    brief: "Clases de francés en Bilbao, 25 € la hora.",
    expect: {
      language: "es",
      locale: "es-ES",
      place: "Bilbao",
      currency: "EUR",
      trade: "lessons",
      sells: "services",
      offerings: [{ name: "Clases de francés", price: 2500, kind: "service" }],
    },
  },
  {
    id: "pt-short-frances",
    brief: "Aulas de francês em Coimbra, 20 € a hora.",
    expect: {
      language: "pt",
      locale: "pt-PT",
      place: "Coimbra",
      currency: "EUR",
      trade: "lessons",
      offerings: [{ name: "Aulas de francês", price: 2000, kind: "service" }],
    },
  },
  {
    id: "it-short-croissant",
    brief: "Croissant e brioche artigianali a Torino.",
    expect: { language: "it", locale: "it-IT", place: "Torino", currency: "EUR", trade: "bakery" },
  },
  {
    id: "nl-bikes",
    brief: "Wij verkopen en repareren fietsen in Utrecht.",
    expect: { language: "nl", place: "Utrecht", country: "NL", locale: "nl-NL", currency: "EUR" },
  },
  {
    id: "pl-candles",
    brief: "Sprzedajemy ręcznie robione świece sojowe w Krakowie.",
    expect: { language: "pl", currency: "PLN" },
  },
  {
    id: "ja-wagashi",
    brief: "京都で和菓子を作っています。季節の詰め合わせは3500円です。",
    expect: { language: "ja", currency: "JPY" },
  },
  {
    id: "sv-ceramics",
    brief: "Vi säljer handgjord keramik från vår ateljé i Stockholm.",
    expect: { language: "sv", place: "Stockholm", country: "SE", currency: "SEK" },
  },
];
