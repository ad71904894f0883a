/**
 * The curated fonts a theme may use. Only these families can reach CSS, so a theme value can
 * never smuggle anything else into a `font-family` declaration. Files are the latin subsets that
 * ship in `node_modules/@fontsource/<package>/files/` (checked by fonts.test.ts).
 */
export type FontCategory = "serif" | "sans" | "display";
export type FontWeight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

export interface FontInfo {
  /** npm package that ships the files, e.g. "@fontsource/inter". */
  readonly package: string;
  readonly category: FontCategory;
  readonly weights: readonly FontWeight[];
  readonly hasItalic: boolean;
  /** System fonts to fall back on while the web font loads (or if it never does). */
  readonly fallback: string;
}

const SANS_FALLBACK = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const SERIF_FALLBACK = 'ui-serif, Georgia, Cambria, "Times New Roman", serif';

const ALL_WEIGHTS = [100, 200, 300, 400, 500, 600, 700, 800, 900] as const;

export const FONTS = {
  Inter: {
    package: "@fontsource/inter",
    category: "sans",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  "DM Sans": {
    package: "@fontsource/dm-sans",
    category: "sans",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  "Work Sans": {
    package: "@fontsource/work-sans",
    category: "sans",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  Montserrat: {
    package: "@fontsource/montserrat",
    category: "sans",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  Poppins: {
    package: "@fontsource/poppins",
    category: "sans",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  Karla: {
    package: "@fontsource/karla",
    category: "sans",
    weights: [200, 300, 400, 500, 600, 700, 800],
    hasItalic: true,
    fallback: SANS_FALLBACK,
  },
  "Space Grotesk": {
    package: "@fontsource/space-grotesk",
    category: "sans",
    weights: [300, 400, 500, 600, 700],
    hasItalic: false,
    fallback: SANS_FALLBACK,
  },
  Lora: {
    package: "@fontsource/lora",
    category: "serif",
    weights: [400, 500, 600, 700],
    hasItalic: true,
    fallback: SERIF_FALLBACK,
  },
  "Libre Baskerville": {
    package: "@fontsource/libre-baskerville",
    category: "serif",
    weights: [400, 500, 600, 700],
    hasItalic: true,
    fallback: SERIF_FALLBACK,
  },
  Fraunces: {
    package: "@fontsource/fraunces",
    category: "serif",
    weights: ALL_WEIGHTS,
    hasItalic: true,
    fallback: SERIF_FALLBACK,
  },
  "Playfair Display": {
    package: "@fontsource/playfair-display",
    category: "display",
    weights: [400, 500, 600, 700, 800, 900],
    hasItalic: true,
    fallback: SERIF_FALLBACK,
  },
  "DM Serif Display": {
    package: "@fontsource/dm-serif-display",
    category: "display",
    weights: [400],
    hasItalic: true,
    fallback: SERIF_FALLBACK,
  },
} as const satisfies Record<string, FontInfo>;

export type FontFamily = keyof typeof FONTS;

export const FONT_FAMILIES = Object.keys(FONTS) as [FontFamily, ...FontFamily[]];

export function isFontFamily(name: string): name is FontFamily {
  return Object.hasOwn(FONTS, name);
}

/** "Playfair Display" -> "playfair-display": the fontsource file-name stem. */
function fontSlug(family: FontFamily): string {
  return FONTS[family].package.replace("@fontsource/", "");
}

/**
 * The woff2 file name inside `node_modules/<package>/files/`, e.g. `inter-latin-400-normal.woff2`.
 * Asks for the nearest available weight, so a heading font with one weight still works.
 */
export function fontFile(
  family: FontFamily,
  weight: number,
  style: "normal" | "italic" = "normal",
): string {
  const actualStyle = style === "italic" && FONTS[family].hasItalic ? "italic" : "normal";
  return `${fontSlug(family)}-latin-${nearestWeight(family, weight)}-${actualStyle}.woff2`;
}

export function nearestWeight(family: FontFamily, wanted: number): FontWeight {
  const weights: readonly FontWeight[] = FONTS[family].weights;
  let best: FontWeight = weights[0] ?? 400;
  for (const w of weights) if (Math.abs(w - wanted) < Math.abs(best - wanted)) best = w;
  return best;
}

/** The CSS `font-family` value: the curated family (quoted) then its system fallbacks. */
export function fontStack(family: FontFamily): string {
  return `"${family}", ${FONTS[family].fallback}`;
}

export interface FontFace {
  family: FontFamily;
  weight: FontWeight;
  style: "normal" | "italic";
  package: string;
  /** File name inside `node_modules/<package>/files/`. */
  file: string;
}

/** Which font files a theme needs: body 400/700 (+ italic 400), heading at its weight. */
export function fontFacesFor(fonts: {
  heading: FontFamily;
  body: FontFamily;
  headingWeight?: number;
}): FontFace[] {
  const wanted: { family: FontFamily; weight: number; style: "normal" | "italic" }[] = [
    { family: fonts.body, weight: 400, style: "normal" },
    { family: fonts.body, weight: 700, style: "normal" },
    { family: fonts.body, weight: 400, style: "italic" },
    { family: fonts.heading, weight: fonts.headingWeight ?? 700, style: "normal" },
  ];
  const seen = new Map<string, FontFace>();
  for (const w of wanted) {
    const weight = nearestWeight(w.family, w.weight);
    const style = w.style === "italic" && FONTS[w.family].hasItalic ? "italic" : "normal";
    const file = fontFile(w.family, weight, style);
    if (!seen.has(file)) {
      seen.set(file, { family: w.family, weight, style, package: FONTS[w.family].package, file });
    }
  }
  return [...seen.values()];
}

/**
 * `@font-face` rules for a theme. `fontUrl` maps a face to the URL the renderer serves it from
 * (the renderer owns routes; blocks only names the files).
 */
export function fontFaceCss(
  fonts: { heading: FontFamily; body: FontFamily; headingWeight?: number },
  fontUrl: (face: FontFace) => string,
): string {
  return fontFacesFor(fonts)
    .map(
      (face) =>
        `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};` +
        `font-display:swap;src:url(${JSON.stringify(fontUrl(face))}) format("woff2")}`,
    )
    .join("\n");
}

const GENERIC_FALLBACKS: [pattern: RegExp, family: FontFamily][] = [
  [/grotesk|mono|geometric/i, "Space Grotesk"],
  [/display|didone|playfair|bodoni/i, "Playfair Display"],
  [/baskerville|garamond|caslon/i, "Libre Baskerville"],
  [/(^|[^-])serif|georgia|times|merriweather|lora/i, "Lora"],
];

/**
 * The curated family nearest to a free-form font name (old documents, imports, AI output):
 * an exact match ignoring case, else one of the same style, else Inter.
 */
export function closestFont(name: string): FontFamily {
  const wanted = name.trim().toLowerCase();
  const exact = FONT_FAMILIES.find((f) => f.toLowerCase() === wanted);
  if (exact) return exact;
  const prefix = FONT_FAMILIES.find((f) => wanted.startsWith(f.toLowerCase()));
  if (prefix) return prefix;
  if (/sans/.test(wanted)) return "Inter";
  return GENERIC_FALLBACKS.find(([pattern]) => pattern.test(wanted))?.[1] ?? "Inter";
}

/** Every woff2 file (latin subset) a curated family ships, relative to its package's files/. */
export function fontFiles(
  family: FontFamily,
): { weight: FontWeight; style: "normal" | "italic"; file: string }[] {
  const info: FontInfo = FONTS[family];
  const styles: ("normal" | "italic")[] = info.hasItalic ? ["normal", "italic"] : ["normal"];
  return info.weights.flatMap((weight) =>
    styles.map((style) => ({ weight, style, file: fontFile(family, weight, style) })),
  );
}
