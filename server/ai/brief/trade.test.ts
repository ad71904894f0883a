import { describe, expect, it } from "vitest";
import { recogniseTrade, scoreTrades, tradeWords } from "./trade.ts";

describe("the trade of a brief", () => {
  it.each([
    ["Uhrenatelier Keller in Zürich repariert mechanische Uhren.", "repairs"],
    ["Calzoleria Ferri a Torino: ripariamo scarpe e borse in pelle.", "repairs"],
    ["I make and repair violins and bows in Edinburgh.", "musical-instruments"],
    ["Boulangerie artisanale : baguettes et croissants.", "bakery"],
    ["Doy clases de guitarra en Guadalajara.", "lessons"],
    ["Halal butcher in Birmingham.", "butcher"],
  ])("reads %j as %s, with its verbs in any form", (brief, trade) => {
    expect(recogniseTrade(brief)).toBe(trade);
  });

  it("takes plurals of the six languages and keeps a hyphenated word whole", () => {
    expect(scoreTrades("Brote und Brötchen")[0]?.id).toBe("bakery");
    expect(scoreTrades("candele profumate")[0]?.id).toBe("candles");
    // "dog-friendly" says nothing of a pet shop.
    expect(scoreTrades("a dog-friendly café").some((t) => t.id === "pet-supplies")).toBe(false);
  });

  it("is general when no trade is clear, rather than a guess", () => {
    expect(recogniseTrade("I sell things.")).toBe("general");
    expect(recogniseTrade("A cat")).toBe("general");
  });
});

describe("what a business sells, in its words", () => {
  it.each([
    ["I sell candles", "candles"],
    ["Je vends des bougies parfumées.", "bougies parfumées"],
    ["Hartwell Violins: I make and repair violins and bows in Edinburgh.", "violins and bows"],
    [
      "Beekeeper in Devon selling raw honey and beeswax wraps from our own hives.",
      "raw honey and beeswax wraps",
    ],
  ])("reads %j as %j", (brief, words) => {
    expect(tradeWords(brief)).toBe(words);
  });

  it("is not what the business does not sell", () => {
    expect(tradeWords("Reparatur für alle Räder. Wir verkaufen keine Fahrräder.")).toBeNull();
    expect(tradeWords("I'm a luthier. I don't sell instruments.")).toBeNull();
  });

  it("is null for a vague brief", () => {
    expect(tradeWords("I sell things.")).toBeNull();
  });
});
