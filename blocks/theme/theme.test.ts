import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertReadableTheme,
  checkThemeContrast,
  closestFont,
  contrastRatio,
  defaultTheme,
  ensureReadableTheme,
  fontFaceCss,
  fontFacesFor,
  fontFile,
  fontFiles,
  FONT_FAMILIES,
  FONTS,
  parseTheme,
  themeCss,
  themeCssVariables,
  ThemeContrastError,
  ZTheme,
  type Theme,
} from ".";

const nodeModules = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("is symmetric", () => {
    fc.assert(fc.property(hex, hex, (a, b) => contrastRatio(a, b) === contrastRatio(b, a)));
  });
});

describe("the default theme", () => {
  it("is valid and passes every contrast check", () => {
    expect(ZTheme.parse(defaultTheme)).toEqual(defaultTheme);
    expect(checkThemeContrast(defaultTheme)).toEqual([]);
  });
});

describe("checkThemeContrast", () => {
  it("names the pair, the ratio and the minimum when text is too pale", () => {
    const theme: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors, text: "#aaaaaa" } };
    const problems = checkThemeContrast(theme);
    expect(problems.map((p) => `${p.foreground}/${p.background}`)).toEqual([
      "text/background",
      "text/surface",
    ]);
    expect(problems[0]!.ratio).toBeLessThan(4.5);
    expect(problems[0]!.message).toMatch(
      /page text: text #aaaaaa on background #fcfbf8 has contrast 2\.\d\d:1, needs 4\.5:1/,
    );
  });

  it("holds outline buttons to text contrast for the primary colour", () => {
    const theme: Theme = {
      ...defaultTheme,
      buttonStyle: "outline",
      colors: { ...defaultTheme.colors, primary: "#4f9a6f", onPrimary: "#000000" },
    };
    expect(checkThemeContrast({ ...theme, buttonStyle: "solid" })).toEqual([]);
    expect(checkThemeContrast(theme).map((p) => p.foreground)).toEqual(["primary"]);
  });
});

describe("ensureReadableTheme", () => {
  it("switches an on-colour to white or near-black and reports it", () => {
    const theme: Theme = {
      ...defaultTheme,
      colors: { ...defaultTheme.colors, primary: "#e0580f", onPrimary: "#ffffff" },
    };
    const { theme: fixed, corrections } = ensureReadableTheme(theme);
    expect(fixed.colors.onPrimary).toBe("#111111");
    expect(corrections).toEqual([
      expect.objectContaining({ token: "onPrimary", from: "#ffffff", to: "#111111" }),
    ]);
    expect(fixed.colors.primary).toBe("#e0580f");
  });

  it("leaves a readable theme untouched", () => {
    expect(ensureReadableTheme(defaultTheme)).toEqual({ theme: defaultTheme, corrections: [] });
  });

  it("never changes the background colours", () => {
    const theme: Theme = {
      ...defaultTheme,
      colors: { ...defaultTheme.colors, text: "#eeeeee", muted: "#dddddd" },
    };
    const { theme: fixed } = ensureReadableTheme(theme);
    expect(fixed.colors.background).toBe(theme.colors.background);
    expect(fixed.colors.surface).toBe(theme.colors.surface);
  });

  it("makes any combination of colours pass, when the backgrounds allow it", () => {
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 10, maxLength: 10 }),
        fc.constantFrom("solid", "outline"),
        (c, style) => {
          const [
            primary,
            onPrimary,
            secondary,
            onSecondary,
            accent,
            onAccent,
            background,
            text,
            muted,
          ] = c as string[];
          const theme: Theme = {
            ...defaultTheme,
            buttonStyle: style as Theme["buttonStyle"],
            // Surfaces close to the background, as real themes have them.
            colors: {
              primary: primary!,
              onPrimary: onPrimary!,
              secondary: secondary!,
              onSecondary: onSecondary!,
              accent: accent!,
              onAccent: onAccent!,
              background: background!,
              surface: background!,
              text: text!,
              muted: muted!,
            },
          };
          const { theme: fixed } = ensureReadableTheme(theme);
          expect(checkThemeContrast(fixed)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("refusing unreadable themes", () => {
  const pale: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors, muted: "#c8c4bd" } };

  it("assertReadableTheme throws ThemeContrastError listing the problems", () => {
    expect(() => assertReadableTheme(pale)).toThrow(ThemeContrastError);
    try {
      assertReadableTheme(pale);
    } catch (error) {
      expect((error as ThemeContrastError).problems.map((p) => p.foreground)).toEqual([
        "muted",
        "muted",
      ]);
      expect((error as Error).message).toContain("secondary text");
    }
  });

  it("parseTheme refuses on request and corrects by default", () => {
    const refused = parseTheme(pale, { contrast: "refuse" });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems).toHaveLength(2);
    const corrected = parseTheme(pale);
    expect(corrected.ok && corrected.corrections.map((c) => c.token)).toEqual(["muted"]);
  });

  it("parseTheme explains invalid values", () => {
    const result = parseTheme({
      ...defaultTheme,
      colors: { ...defaultTheme.colors, primary: "red" },
      fonts: { heading: "Comic Sans", body: "Inter" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain("colour is written #rrggbb");
      expect(result.error).toContain("curated fonts");
    }
  });
});

describe("themeCssVariables", () => {
  it("gives every colour, font, radius and space a --pg- variable", () => {
    const vars = themeCssVariables(defaultTheme);
    expect(vars["--pg-color-primary"]).toBe("#1f4d3a");
    expect(vars["--pg-color-on-primary"]).toBe("#ffffff");
    expect(vars["--pg-font-heading"]).toBe(
      '"Fraunces", ui-serif, Georgia, Cambria, "Times New Roman", serif',
    );
    expect(vars["--pg-radius"]).toBe("8px");
    expect(vars["--pg-radius-button"]).toBe("8px");
    expect(vars["--pg-space-md"]).toBe("24px");
    expect(vars["--pg-space-none"]).toBe("0px");
    expect(themeCssVariables({ ...defaultTheme, buttonShape: "pill" })["--pg-radius-button"]).toBe(
      "999px",
    );
  });

  it("refuses values that could break out of a declaration", () => {
    const hostile = [
      { ...defaultTheme, colors: { ...defaultTheme.colors, primary: "red;}body{display:none" } },
      { ...defaultTheme, fonts: { ...defaultTheme.fonts, heading: 'Inter";}</style><script>' } },
      { ...defaultTheme, radius: Number.POSITIVE_INFINITY },
      { ...defaultTheme, spacing: 1e9 },
    ];
    for (const theme of hostile) expect(() => themeCssVariables(theme as Theme)).toThrow();
  });

  it("themeCss prints one :root rule with only safe characters", () => {
    const css = themeCss(defaultTheme);
    expect(css.startsWith(":root{--pg-color-primary:#1f4d3a;")).toBe(true);
    expect(css).not.toMatch(/[<>]/);
  });
});

describe("fonts", () => {
  it("every curated font file exists in node_modules", () => {
    for (const family of FONT_FAMILIES) {
      const files = fontFiles(family);
      expect(files.length).toBeGreaterThan(0);
      for (const { file } of files) {
        const path = `${nodeModules}${FONTS[family].package}/files/${file}`;
        expect(existsSync(path), path).toBe(true);
      }
    }
  });

  it("asks for the nearest weight a family has", () => {
    expect(fontFile("DM Serif Display", 700)).toBe("dm-serif-display-latin-400-normal.woff2");
    expect(fontFile("Inter", 650)).toBe("inter-latin-600-normal.woff2");
    expect(fontFile("Space Grotesk", 400, "italic")).toBe("space-grotesk-latin-400-normal.woff2");
  });

  it("lists each needed face once and prints @font-face rules", () => {
    const faces = fontFacesFor({ heading: "Inter", body: "Inter", headingWeight: 700 });
    expect(faces.map((f) => f.file)).toEqual([
      "inter-latin-400-normal.woff2",
      "inter-latin-700-normal.woff2",
      "inter-latin-400-italic.woff2",
    ]);
    const css = fontFaceCss({ heading: "Lora", body: "Inter" }, (f) => `/fonts/${f.file}`);
    expect(css).toContain(
      '@font-face{font-family:"Lora";font-style:normal;font-weight:700;font-display:swap;src:url("/fonts/lora-latin-700-normal.woff2") format("woff2")}',
    );
  });

  it("maps free-form names to the closest curated family", () => {
    expect(closestFont("playfair display")).toBe("Playfair Display");
    expect(closestFont("Helvetica Neue")).toBe("Inter");
    expect(closestFont("Georgia")).toBe("Lora");
    expect(closestFont("EB Garamond")).toBe("Libre Baskerville");
    expect(closestFont("Open Sans")).toBe("Inter");
  });
});
