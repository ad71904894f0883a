import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkThemeContrast,
  contrastRatio,
  readableTextOn,
  type Theme,
} from "../../../blocks/theme/index.ts";
import { defaultTheme } from "../../../blocks/theme/defaultTheme.ts";
import { offlineRestyle } from "../offline/restyle.ts";
import { MOOD_STYLES } from "../offline/styles.ts";
import type { RestyleData, RestyleOutput } from "../tasks.ts";
import { makeReadable } from "./apply.ts";
import { COLOUR_NAMES as COLOR_NAMES } from "../brief/style.ts";
import { parseStyleRequest } from "./request.ts";

function dataFor(instruction: string, theme: Theme = defaultTheme): RestyleData {
  return {
    scope: "site",
    instruction,
    industry: "general",
    theme: {
      colors: theme.colors,
      headingFont: theme.fonts.heading,
      bodyFont: theme.fonts.body,
      headingWeight: theme.fonts.headingWeight,
      radius: theme.radius,
      buttonShape: theme.buttonShape,
      buttonStyle: theme.buttonStyle,
    },
    blocks: [],
  };
}

/** The theme an answer makes, as the restyle action builds it. */
function themeOf(answer: RestyleOutput, base: Theme): Theme {
  const t = answer.theme!;
  return {
    ...base,
    colors: {
      ...t.colors,
      onPrimary: readableTextOn(t.colors.primary),
      onSecondary: readableTextOn(t.colors.secondary),
      onAccent: readableTextOn(t.colors.accent),
    },
    fonts: { heading: t.headingFont, body: t.bodyFont, headingWeight: t.headingWeight },
    buttonStyle: t.buttonStyle,
  };
}

describe("restyle requests", () => {
  it("reads colours with their roles and fonts to the nearest curated font", () => {
    expect(parseStyleRequest("navy, gold and Playfair")).toEqual({
      colors: [
        { word: "navy", hex: COLOR_NAMES.navy, role: "primary" },
        { word: "gold", hex: COLOR_NAMES.gold, role: "accent" },
      ],
      fonts: [{ asked: "Playfair", font: "Playfair Display", role: "heading" }],
      hints: [],
    });
    const request = parseStyleRequest(
      "a cream background with gold buttons, Garamond headings and Helvetica for body text",
    );
    expect(request.colors.map((c) => [c.word, c.role])).toEqual([
      ["cream", "background"],
      ["gold", "primary"],
    ]);
    expect(request.fonts.map((f) => [f.font, f.role])).toEqual([
      ["Libre Baskerville", "heading"],
      ["Inter", "body"],
    ]);
    expect(
      parseStyleRequest("boutons bleu marine, détails en or").colors.map((c) => c.role),
    ).toEqual(["primary", "accent"]);
  });

  it("applies navy, gold and Playfair, readable, and says so", () => {
    const answer = offlineRestyle(dataFor("navy, gold and Playfair"), 1);
    const theme = themeOf(answer, defaultTheme);
    expect(theme.colors.primary).toBe(COLOR_NAMES.navy);
    expect(theme.colors.accent).toBe(COLOR_NAMES.gold);
    expect(theme.fonts.heading).toBe("Playfair Display");
    expect(checkThemeContrast(theme)).toEqual([]);
    expect(answer.summary).toMatch(/^Navy buttons, gold accents, Playfair Display headings/);
  });

  it("darkens gold buttons on a white page and says it did", () => {
    const answer = offlineRestyle(dataFor("white background and gold buttons"), 1);
    const theme = themeOf(answer, defaultTheme);
    expect(theme.colors.background).toBe("#ffffff");
    expect(contrastRatio(theme.colors.primary, theme.colors.background)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(theme.colors.onPrimary, theme.colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(answer.summary).toMatch(/gold darkened for readable buttons/);
  });

  const ROLES = ["", " buttons", " accents", " background", " text", " details"];
  const request = fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(
            "yellow",
            "white",
            "gold",
            "cream",
            "navy",
            "mint",
            "pink",
            "black",
            "grey",
            "orange",
            "lavender",
            "#ffee00",
            "#7f7f7f",
          ),
          fc.constantFrom(...ROLES),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      fc.constantFrom("", "make it dark, ", "light and airy, ", "pastel, ", "warmer, "),
    )
    .map(([colors, lead]) => lead + colors.map(([c, r]) => c + r).join(", "));
  const start = fc.constantFrom(
    defaultTheme,
    ...Object.values(MOOD_STYLES).flatMap((style) =>
      style.palettes.slice(0, 2).map((p) => ({
        ...defaultTheme,
        colors: {
          ...p,
          onPrimary: readableTextOn(p.primary),
          onSecondary: readableTextOn(p.secondary),
          onAccent: readableTextOn(p.accent),
        },
      })),
    ),
  );

  it("keeps every text and button at 4.5:1 (buttons on the page 3:1) for any colours asked", () => {
    fc.assert(
      fc.property(request, start, fc.integer({ min: 0, max: 1000 }), (instruction, base, seed) => {
        const answer = offlineRestyle(dataFor(instruction, base), seed);
        const theme = themeOf(answer, base);
        expect(checkThemeContrast(theme), instruction).toEqual([]);
        // The action's own repair has nothing left to fix in the offline answer.
        expect(makeReadable(theme).fixes, instruction).toEqual([]);
      }),
      { numRuns: 400, seed: 8 },
    );
  });

  it("makes any model theme readable, or leaves it unoffered when it cannot be", () => {
    const hex = fc
      .tuple(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
      )
      .map(([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`);
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 7, maxLength: 7 }),
        ([primary, secondary, accent, background, text, muted, shade]) => {
          const colors = {
            primary: primary!,
            secondary: secondary!,
            accent: accent!,
            background: background!,
            surface: background!.slice(0, 5) + shade!.slice(5),
            text: text!,
            muted: muted!,
          };
          const theme: Theme = {
            ...defaultTheme,
            colors: {
              ...colors,
              onPrimary: readableTextOn(colors.primary),
              onSecondary: readableTextOn(colors.secondary),
              onAccent: readableTextOn(colors.accent),
            },
          };
          const { theme: fixed } = makeReadable(theme);
          expect(checkThemeContrast(fixed)).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 2 },
    );
  });
});
