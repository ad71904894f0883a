import { describe, expect, it } from "vitest";
import { findOfferings, findOptions, parsePrice } from "./offerings.ts";

const read = (brief: string, currency = "EUR", language = "en", place: string | null = null) =>
  findOfferings(brief, { currency, language, sells: "products", place }).map((o) => [
    o.name,
    o.price,
  ]);

describe("offerings a brief names", () => {
  it("reads prices as typed in each number format, in minor units of the currency", () => {
    expect(parsePrice("4,50", "EUR")).toBe(450);
    expect(parsePrice("1.200", "EUR")).toBe(120000);
    expect(parsePrice("1,200", "USD")).toBe(120000);
    expect(parsePrice("1'250.50", "CHF")).toBe(125050);
    expect(parsePrice("5.-", "CHF")).toBe(500);
    expect(parsePrice("3,500", "JPY")).toBe(3500);
  });

  it("names each priced offering with the words before its price", () => {
    expect(
      read("Nos pains : pain de campagne 4,50 €, baguette tradition à 1,20 €, et fougasse 3,80 €."),
    ).toEqual([
      ["pain de campagne", 450],
      ["baguette tradition", 120],
      ["fougasse", 380],
    ]);
  });

  it("keeps the items a list goes on with after its last price, without a price", () => {
    expect(
      read(
        "We bake a Sourdough Loaf (£4.50), Cinnamon Buns (£3) and a Seeded Rye every morning.",
        "GBP",
      ),
    ).toEqual([
      ["Sourdough Loaf", 450],
      ["Cinnamon Buns", 300],
      ["Seeded Rye", null],
    ]);
    expect(read("Wir backen Dinkelbrot (4,80 €) und ein Roggenbrot jeden Morgen.")).toEqual([
      ["Dinkelbrot", 480],
      ["Roggenbrot", null],
    ]);
  });

  it("keeps a list introduced as the offerings, in any of the six languages", () => {
    expect(read("Our breads: Country Sourdough, Seeded Rye and Spelt Loaf.")).toEqual([
      ["Country Sourdough", null],
      ["Seeded Rye", null],
      ["Spelt Loaf", null],
    ]);
    expect(read("Nos fromages : reblochon fermier, tomme de Savoie et beaufort d'alpage.")).toEqual(
      [
        ["reblochon fermier", null],
        ["tomme de Savoie", null],
        ["beaufort d'alpage", null],
      ],
    );
  });

  it("takes no statement, delivery or colour list for an offering", () => {
    expect(read("Haircut $40, beard trim $25, walk-ins welcome and parking.", "USD")).toEqual([
      ["Haircut", 4000],
      ["beard trim", 2500],
    ]);
    expect(read("Croissant 1,10 €, pain au chocolat 1,30 € et livraison gratuite.")).toHaveLength(
      2,
    );
    expect(read("Nos couleurs : bleu, rouge et blanc.")).toEqual([]);
    expect(read("I sell candles.")).toEqual([]);
  });

  it("leaves where the business is out of an offering's name", () => {
    expect(read("Clases de francés en Bilbao, 25 € la hora.", "EUR", "es", "Bilbao")).toEqual([
      ["Clases de francés", 2500],
    ]);
  });

  it("says which are services, from their words or the unit of their price", () => {
    const offerings = findOfferings(
      "Revision ab 180 CHF, Batteriewechsel 25 CHF, Uhrarmband 40 CHF.",
      {
        currency: "CHF",
        language: "de",
        sells: "products",
      },
    );
    expect(offerings.map((o) => [o.name, o.kind, o.priceFrom])).toEqual([
      ["Revision", "service", true],
      ["Batteriewechsel", "service", false],
      ["Uhrarmband", "product", false],
    ]);
  });

  it("reads options as the brief gives them, named in its language", () => {
    expect(findOptions("Logo tee in sizes S, M, L, XL", "en")).toEqual([
      { name: "Size", values: ["S", "M", "L", "XL"] },
    ]);
    expect(findOptions("Ballotin de 250 g ou 500 g", "fr")).toEqual([
      { name: "Format", values: ["250 g", "500 g"] },
    ]);
  });
});
