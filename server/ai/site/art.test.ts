import { describe, expect, it } from "vitest";
import { TRADE_ENTRIES } from "../offline/trades/index.ts";
import { artMotifFor, artUrl, isMotifPath, motifPath, parseArtFile, renderArt } from "./art.ts";

const colours = { background: "#f2ebe0", shape: "#3b2418", detail: "#a3461f" };

describe("generated illustrations", () => {
  it("round-trips a spec through its address and draws an SVG with no script", () => {
    const url = artUrl({
      motif: "coffee",
      background: "#F2EBE0",
      shape: "#3b2418",
      detail: "#a3461f",
      variant: 2,
      width: 1200,
      height: 900,
    });
    expect(url).toBe("/_pegasus/art/coffee-f2ebe0-3b2418-a3461f-2-1200x900.svg");
    const spec = parseArtFile(url.split("/").pop()!);
    expect(spec).toEqual({
      motif: "coffee",
      background: "#f2ebe0",
      shape: "#3b2418",
      detail: "#a3461f",
      variant: 2,
      width: 1200,
      height: 900,
    });
    const svg = renderArt(spec!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="900"/);
    expect(svg).not.toMatch(/<script|on[a-z]+=|href/i);
  });

  it("refuses addresses it did not make", () => {
    for (const file of [
      "coffee-f2ebe0-3b2418-a3461f-2-1200x900.svg.js",
      "evil-f2ebe0-3b2418-a3461f-2-1200x900.svg",
      "coffee-f2ebe0-3b2418-a3461f-2-99999x900.svg",
      "coffee-zzzzzz-3b2418-a3461f-2-1200x900.svg",
      "../coffee-f2ebe0-3b2418-a3461f-2-1200x900.svg",
    ]) {
      expect(parseArtFile(file), file).toBeNull();
    }
  });

  it("draws an item of a trade by its own motif, and still draws addresses made before items", () => {
    const url = artUrl({
      motif: "bakery",
      item: "croissant",
      ...colours,
      variant: 3,
      width: 800,
      height: 800,
    });
    expect(url).toBe("/_pegasus/art/bakery.croissant-f2ebe0-3b2418-a3461f-3-800x800.svg");
    const spec = parseArtFile(url.split("/").pop()!)!;
    expect(spec).toMatchObject({ motif: "bakery", item: "croissant", width: 800 });
    expect(renderArt(spec)).toContain(`d="${TRADE_ENTRIES.get("bakery")!.motifs.croissant}"`);

    const old = parseArtFile("bakery-f2ebe0-3b2418-a3461f-2-1200x900.svg")!;
    expect(old).toEqual({ motif: "bakery", ...colours, variant: 2, width: 1200, height: 900 });
    const first = Object.values(TRADE_ENTRIES.get("bakery")!.motifs)[0]!;
    expect(renderArt(old)).toContain(`d="${first}"`);
    // An item the trade does not draw falls back to its first motif; a trade without an entry
    // keeps its one drawing.
    expect(motifPath({ motif: "bakery", item: "anvil" })).toBe(first);
    expect(isMotifPath(motifPath({ motif: "general", item: "anvil" }))).toBe(true);
  });

  it("refuses an item that could not be a motif key", () => {
    for (const file of [
      "bakery.Croissant-f2ebe0-3b2418-a3461f-2-1200x900.svg",
      "bakery.-f2ebe0-3b2418-a3461f-2-1200x900.svg",
      "bakery.a..b-f2ebe0-3b2418-a3461f-2-1200x900.svg",
      'bakery.a"b-f2ebe0-3b2418-a3461f-2-1200x900.svg',
    ]) {
      expect(parseArtFile(file), file).toBeNull();
    }
  });

  it("renders every motif of every trade as an SVG of stroke-only path data", () => {
    for (const entry of TRADE_ENTRIES.values()) {
      for (const [item, path] of Object.entries(entry.motifs)) {
        const url = artUrl({
          motif: entry.id,
          item,
          ...colours,
          variant: 1,
          width: 600,
          height: 400,
        });
        const spec = parseArtFile(url.split("/").pop()!);
        expect(spec, url).toMatchObject({ motif: entry.id, item });
        const svg = renderArt(spec!);
        expect(svg, url).toContain(`<path d="${path}"/>`);
        expect(svg).toMatch(/^<svg [^>]*>.*<\/svg>$/s);
        expect(svg).not.toMatch(/<script|on[a-z]+=|href/i);
      }
    }
  });

  it("tells path data from anything else", () => {
    expect(isMotifPath("M4 14c0-4 3.6-7 8-7s8 3 8 7v3H4z M8 11l1.5 3")).toBe(true);
    expect(isMotifPath("M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z")).toBe(true);
    for (const bad of ["", "L1 2", "M1", "M1 2c1 2 3", 'M1 2"/><script>', "M1 2 a1 1 0 1 0 2"]) {
      expect(isMotifPath(bad), bad).toBe(false);
    }
  });

  it("gives products of different kinds different motifs, matched on the product's words", () => {
    expect(artMotifFor("bakery", "Croissants au beurre", "fr")).toBe("croissant");
    expect(artMotifFor("bakery", "Pain de campagne au levain", "fr")).toBe("loaf");
    expect(artMotifFor("bakery", "Laugenbrezel", "de")).toBe("pretzel");
    // A name of another language's catalogue, then the motif's own name, then the first motif.
    expect(artMotifFor("bakery", "Fougasse", "en")).toBe("flatbread");
    expect(artMotifFor("bakery", "Our baguette", "en")).toBe("baguette");
    expect(artMotifFor("bakery", "Gift voucher", "en")).toBe(
      Object.keys(TRADE_ENTRIES.get("bakery")!.motifs)[0],
    );
    expect(artMotifFor("general", "Anything", "en")).toBeUndefined();
    for (const entry of TRADE_ENTRIES.values()) {
      const samples = entry.samples.en;
      const drawn = new Set(samples.map((sample) => artMotifFor(entry.id, sample.name, "en")));
      expect(drawn.size, entry.id).toBeGreaterThan(1);
      for (const sample of samples) {
        expect(artMotifFor(entry.id, sample.name, "en"), sample.name).toBe(sample.motif);
      }
    }
  });
});
