import { OFFLINE_LANGUAGES } from "../../server/ai/brief/facts.ts";
import { BRIEF_FIXTURES } from "../../tests/ai/briefs/fixtures.ts";
import type { FidelityExpect } from "./measure.ts";

/**
 * The benchmark's own briefs, written as merchants would type them: a fidelity set across the six
 * offline languages (named products and prices, services, vague one-liners), and a sameness set of
 * three short briefs for each of five trades, so there are same-trade pairs to compare.
 */
export type FidelityBrief = { id: string; brief: string; name?: string; expect: FidelityExpect };

export const FIDELITY_BRIEFS: FidelityBrief[] = [
  {
    id: "en-bakery-bristol",
    brief:
      "Crumb & Co is a family bakery in Bristol. We bake a Sourdough Loaf (£4.50), Cinnamon Buns (£3) and a Seeded Rye every morning with organic flour. Collection from the shop only.",
    expect: {
      name: "Crumb & Co",
      place: "Bristol",
      currency: "GBP",
      language: "en",
      trade: "bakery",
      sells: "products",
      offerings: [
        { name: "Sourdough Loaf", price: 450 },
        { name: "Cinnamon Buns", price: 300 },
        { name: "Seeded Rye" },
      ],
      highlights: ["organic flour"],
    },
  },
  {
    id: "en-violin-maker",
    brief:
      "Hartwell Violins: I make and repair violins and bows in Edinburgh. Violin set-up from £80, bow rehair £55. Commissions take 6 months.",
    expect: {
      name: "Hartwell Violins",
      place: "Edinburgh",
      currency: "GBP",
      language: "en",
      trade: "musical-instruments",
      sells: "both",
      offerings: [
        { name: "Violin set-up", price: 8000 },
        { name: "Bow rehair", price: 5500 },
      ],
    },
  },
  {
    id: "en-accountant-services",
    brief:
      "Northside Books & Tax is an accounting practice in Cambridge, Massachusetts for freelancers. Tax return preparation from $250 and monthly bookkeeping at $180.",
    expect: {
      name: "Northside Books & Tax",
      place: "Cambridge, Massachusetts",
      currency: "USD",
      language: "en",
      trade: "professional-services",
      sells: "services",
      offerings: [
        { name: "Tax return preparation", price: 25000 },
        { name: "Monthly bookkeeping", price: 18000 },
      ],
      highlights: ["freelancers"],
    },
  },
  {
    id: "en-vague-candles",
    brief: "Hand-poured soy candles from North Carolina.",
    name: "Ember Lane",
    expect: {
      name: "Ember Lane",
      place: "North Carolina",
      currency: "USD",
      language: "en",
      trade: "candles",
    },
  },
  {
    id: "fr-boulangerie-lyon",
    brief:
      "Boulangerie Martin, à Lyon depuis 1987. Nous vendons le pain de campagne à 4,20 €, la baguette tradition à 1,30 € et la brioche au beurre à 6 €. Farine bio, retrait en boutique.",
    expect: {
      name: "Boulangerie Martin",
      place: "Lyon",
      currency: "EUR",
      language: "fr",
      trade: "bakery",
      sells: "products",
      offerings: [
        { name: "Pain de campagne", price: 420 },
        { name: "Baguette tradition", price: 130 },
        { name: "Brioche au beurre", price: 600 },
      ],
      highlights: ["farine bio"],
      numbers: true,
    },
  },
  {
    id: "fr-fleuriste",
    brief:
      "Atelier Pivoine est une fleuriste à Nantes : bouquets de saison, compositions pour mariages et livraison à vélo dans Nantes.",
    expect: {
      name: "Atelier Pivoine",
      place: "Nantes",
      currency: "EUR",
      language: "fr",
      trade: "florist",
    },
  },
  {
    id: "de-kaffee-roesterei",
    brief:
      "Röstwerk Hansen ist eine kleine Kaffeerösterei in Hamburg. Wir verkaufen Espresso Nordlicht für 12,90 € und Filterkaffee Elbe für 10,50 €, frisch geröstet jede Woche.",
    expect: {
      name: "Röstwerk Hansen",
      place: "Hamburg",
      currency: "EUR",
      language: "de",
      trade: "coffee",
      sells: "products",
      offerings: [
        { name: "Espresso Nordlicht", price: 1290 },
        { name: "Filterkaffee Elbe", price: 1050 },
      ],
    },
  },
  {
    id: "de-ch-uhrmacher",
    brief:
      "Uhrenatelier Keller in Zürich repariert mechanische Uhren. Revision ab 180 CHF, Batteriewechsel 25 CHF.",
    expect: {
      name: "Uhrenatelier Keller",
      place: "Zürich",
      currency: "CHF",
      language: "de",
      trade: "repairs",
      sells: "services",
      offerings: [
        { name: "Revision", price: 18000 },
        { name: "Batteriewechsel", price: 2500 },
      ],
    },
  },
  {
    id: "es-ceramica",
    brief:
      "Barro Vivo es un taller de cerámica en Sevilla. Vendemos tazas de gres a 18 € y platos hondos a 24 €, hechos a mano.",
    expect: {
      name: "Barro Vivo",
      place: "Sevilla",
      currency: "EUR",
      language: "es",
      trade: "ceramics",
      sells: "products",
      offerings: [
        { name: "Tazas de gres", price: 1800 },
        { name: "Platos hondos", price: 2400 },
      ],
    },
  },
  {
    id: "es-clases-guitarra",
    brief:
      "Academia Tarrega da clases de guitarra en Valencia: clase individual 30 €, curso de verano 200 €.",
    expect: {
      name: "Academia Tarrega",
      place: "Valencia",
      currency: "EUR",
      language: "es",
      trade: "lessons",
      sells: "services",
      offerings: [
        { name: "Clase individual", price: 3000 },
        { name: "Curso de verano", price: 20000 },
      ],
    },
  },
  {
    id: "pt-chocolate",
    brief:
      "Cacau do Porto é uma chocolataria artesanal no Porto. Vendemos tabletes de chocolate negro a 5 € e bombons de vinho do Porto a 14 €.",
    expect: {
      name: "Cacau do Porto",
      place: "Porto",
      currency: "EUR",
      language: "pt",
      trade: "chocolatier",
      sells: "products",
      offerings: [
        { name: "Tabletes de chocolate negro", price: 500 },
        { name: "Bombons de vinho do Porto", price: 1400 },
      ],
    },
  },
  {
    id: "pt-br-salao",
    brief:
      "Salão Flor de Lis é um salão de cabeleireiro em Curitiba. Corte feminino R$ 90 e escova R$ 50.",
    expect: {
      name: "Salão Flor de Lis",
      place: "Curitiba",
      currency: "BRL",
      language: "pt",
      trade: "hair-salon",
      sells: "services",
      offerings: [
        { name: "Corte feminino", price: 9000 },
        { name: "Escova", price: 5000 },
      ],
    },
  },
  {
    id: "it-enoteca",
    brief:
      "Enoteca Bellini è un negozio di vini a Verona. Vendiamo Amarone della Valpolicella a 45 € e Soave Classico a 12 €.",
    expect: {
      name: "Enoteca Bellini",
      place: "Verona",
      currency: "EUR",
      language: "it",
      trade: "wine",
      sells: "products",
      offerings: [
        { name: "Amarone della Valpolicella", price: 4500 },
        { name: "Soave Classico", price: 1200 },
      ],
    },
  },
  {
    id: "it-pelletteria",
    brief:
      "Pelletteria Rossi a Firenze: borse e cinture in cuoio fatte a mano, su misura in tre settimane.",
    expect: {
      name: "Pelletteria Rossi",
      place: "Firenze",
      currency: "EUR",
      language: "it",
      trade: "leather-goods",
    },
  },
];

/** Three short briefs for each of five trades: what the sameness measure compares. */
export const SAMENESS_BRIEFS: { trade: string; name: string; brief: string }[] = [
  ["bakery", "Rise & Shine", "Rise & Shine bakes sourdough and pastries in Leeds."],
  [
    "bakery",
    "The Flour Pot",
    "The Flour Pot is a neighbourhood bakery in Brighton selling bread and cakes.",
  ],
  ["bakery", "Oven Door", "Oven Door: a small Glasgow bakery making rye loaves and buns."],
  ["florist", "Petal Post", "Petal Post is a florist in Oxford delivering seasonal bouquets."],
  ["florist", "Bloom Room", "Bloom Room arranges wedding flowers and bouquets in Cardiff."],
  ["florist", "Stem & Leaf", "Stem & Leaf, a flower shop in York with dried flower wreaths."],
  ["coffee", "Bean There", "Bean There roasts speciality coffee beans in Seattle."],
  ["coffee", "Dark Matter Roasters", "Dark Matter Roasters sells espresso blends from Chicago."],
  [
    "coffee",
    "Morning Ritual",
    "Morning Ritual is a coffee roaster in Austin selling single origin beans.",
  ],
  ["jewellery", "Silver Thread", "Silver Thread makes sterling silver rings in Bath."],
  ["jewellery", "Gilded Fern", "Gilded Fern sells handmade gold earrings from Dublin."],
  ["jewellery", "Moonstone Studio", "Moonstone Studio crafts gemstone necklaces in Manchester."],
  ["ceramics", "Kiln House", "Kiln House is a pottery studio in Bath making stoneware mugs."],
  ["ceramics", "Clay & Co", "Clay & Co throws porcelain bowls and plates in Norwich."],
  ["ceramics", "Wheel Works", "Wheel Works sells hand-thrown vases from Exeter."],
].map(([trade, name, brief]) => ({ trade: trade!, name: name!, brief: brief! }));

/**
 * The tests' fixture briefs (tests/ai/briefs/fixtures.ts) in the six offline languages, read as
 * the benchmark reads its own: the same facts are asked of the store.
 */
export const FIXTURE_BRIEFS: FidelityBrief[] = BRIEF_FIXTURES.filter((f) =>
  (OFFLINE_LANGUAGES as readonly string[]).includes(f.expect.language ?? "en"),
).map((f) => ({
  id: `fixture-${f.id}`,
  brief: f.brief,
  ...(f.name ? { name: f.name } : {}),
  expect: {
    ...(f.expect.name ? { name: f.expect.name } : {}),
    ...(f.expect.place ? { place: f.expect.place } : {}),
    ...(f.expect.currency ? { currency: f.expect.currency } : {}),
    ...(f.expect.language ? { language: f.expect.language } : {}),
    ...(f.expect.trade ? { trade: f.expect.trade } : {}),
    ...(f.expect.sells ? { sells: f.expect.sells } : {}),
    ...(f.expect.offerings ? { offerings: f.expect.offerings } : {}),
    ...(f.expect.highlights ? { highlights: f.expect.highlights } : {}),
  },
}));
