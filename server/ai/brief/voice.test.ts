import { describe, expect, it } from "vitest";
import { findAudience, findAvoid, findHighlights, findMood, findTone } from "./voice.ts";

describe("how the store should sound", () => {
  it("reads tone and mood from their words in six languages, friendly by default", () => {
    expect(findTone("Calm, professional tone.")).toBe("calm");
    expect(findTone("Un ton chaleureux, de quartier.")).toBe("warm");
    expect(findTone("Luxuriös und edel.")).toBe("refined");
    expect(findTone("I sell candles")).toBe("friendly");
    expect(findMood("Minimal look.")).toBe("minimal");
    expect(findMood("I sell candles")).toBeNull();
  });

  it("reads the audience the brief names", () => {
    expect(findAudience("Piano lessons for beginners and families.")).toBe("beginners");
    expect(findAudience("Cours de piano pour enfants et adultes.")).toBe("enfants");
    expect(findAudience("I sell candles")).toBeNull();
  });

  it("reads what the store must not say, as the brief puts it", () => {
    expect(findAvoid("No mention of cheap. Don't say 'vegan'.")).toEqual(["cheap", "vegan"]);
    expect(findAvoid("Ne pas parler de bio.")).toEqual(["bio"]);
    expect(findAvoid("Bitte nicht von billig sprechen.")).toEqual(["billig"]);
    expect(findAvoid("No menciones precios bajos.")).toEqual(["precios bajos"]);
    expect(findAvoid("Non dire economico.")).toEqual(["economico"]);
  });

  it("keeps short facts in the brief's words, in its order, each once", () => {
    expect(
      findHighlights("Family-run bakery since 1987, organic flour and sourdough, organic flour."),
    ).toEqual(["Family-run", "since 1987", "organic flour"]);
    expect(findHighlights("Uma padaria de bairro, negócio familiar desde 1962.")).toEqual([
      "negócio familiar",
      "desde 1962",
    ]);
    expect(findHighlights("I sell candles")).toEqual([]);
  });
});
