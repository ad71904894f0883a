import { describe, expect, it } from "vitest";
import { artUrl, parseArtFile, renderArt } from "./art.ts";

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
});
