import { describe, expect, it } from "vitest";
import {
  findColours,
  findFonts,
  findThemeHints,
  readColours,
  readFonts,
  readThemeHints,
} from "./style.ts";

const colours = (brief: string, name: string | null = null) =>
  findColours(brief, name).map((c) => [c.word, c.role]);

describe("the look a brief asks for", () => {
  it("gives each colour the role the words around it give", () => {
    expect(colours("Navy buttons, gold accents and a cream background.")).toEqual([
      ["Navy", "primary"],
      ["gold", "accent"],
      ["cream", "background"],
    ]);
    expect(colours("Couleurs : boutons bleu marine et fond crème.")).toEqual([
      ["bleu marine", "primary"],
      ["crème", "background"],
    ]);
    expect(colours("Bold, black and orange colours.")).toEqual([
      ["black", null],
      ["orange", null],
    ]);
  });

  it("takes no colour that names a product or the business", () => {
    expect(colours("Blue Mountain coffee $38 per bag.")).toEqual([]);
    expect(colours("Red velvet cake £28, lemon drizzle £22.")).toEqual([]);
    expect(colours("Our blue candles sell fast.")).toEqual([]);
    expect(colours("Le Chat Noir, a black and white theme.", "Le Chat Noir")).toEqual([
      ["black", null],
      ["white", null],
    ]);
  });

  it("reads dark, light, cream and pastel only where the brief speaks of the look", () => {
    expect(findThemeHints("Dark theme please.")).toEqual(["dark"]);
    expect(findThemeHints("Colori pastello per il sito.")).toEqual(["pastel"]);
    expect(findThemeHints("Dark chocolate truffles, a dark look.")).toEqual(["dark"]);
    expect(findThemeHints("Dark chocolate truffles.")).toEqual([]);
    expect(findThemeHints("Minimal look, white background, black text.")).toEqual(["light"]);
  });

  it("maps fonts to the nearest curated family, headings first", () => {
    expect(findFonts("Headings in a serif like Garamond.")).toEqual([
      { asked: "serif like Garamond", font: "Libre Baskerville" },
    ]);
    expect(findFonts("Helvetica for body text and Playfair for headings.")).toEqual([
      { asked: "Playfair", font: "Playfair Display" },
      { asked: "Helvetica", font: "Inter" },
    ]);
    // "Georgia" is a place unless the brief speaks of type.
    expect(findFonts("A bakery in Atlanta, Georgia.")).toEqual([]);
  });
});

describe("the look a restyle request asks for", () => {
  const about = { aboutStyle: true };

  it("counts every colour word, with its shade, but a product's", () => {
    expect(readColours("dark green buttons and vert foncé details", about)).toEqual([
      { word: "dark green", hex: expect.stringMatching(/^#/), role: "primary" },
      { word: "vert foncé", hex: expect.stringMatching(/^#/), role: "accent" },
    ]);
    expect(readColours("a red wine colour", about)).toEqual([]);
    expect(readColours("navy footer panels", about).map((c) => c.role)).toEqual(["secondary"]);
    // "or" is gold only as a colour is named.
    expect(readColours("navy or teal", about).map((c) => c.word)).toEqual(["navy", "teal"]);
    expect(readColours("détails en or", about).map((c) => c.word)).toEqual(["or"]);
  });

  it("takes black and white as colours unless they are the whole look's", () => {
    expect(readThemeHints("make it dark", about)).toEqual(["dark"]);
    expect(readThemeHints("black text on a white background", about)).toEqual(["light"]);
    expect(readThemeHints("fond noir, texte blanc", about)).toEqual(["dark"]);
    expect(readThemeHints("boutons vert foncé", about)).toEqual([]);
  });

  it("reads fonts for headings or body, a bare name being for headings", () => {
    expect(readFonts("Inter for body text and Playfair headings", about)).toEqual([
      { asked: "Inter", font: "Inter", role: "body" },
      { asked: "Playfair", font: "Playfair Display", role: "heading" },
    ]);
    expect(readFonts("Montserrat", about)).toEqual([
      { asked: "Montserrat", font: "Montserrat", role: "heading" },
    ]);
  });
});
