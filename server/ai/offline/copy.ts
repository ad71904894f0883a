import type { Random } from "./random.ts";

/**
 * Filling the knowledge base's text patterns. A pattern whose variable has no value is never
 * used (so "{place}" never reaches a page); {in_place} is the one optional variable and simply
 * disappears with its space when there is no place.
 */
export type CopyVars = Record<string, string | null | undefined>;

export function fill(template: string, vars: CopyVars): string | null {
  let missing = false;
  const out = template.replace(/\{([a-z_]+)\}/g, (_, key: string) => {
    if (key === "in_place") return vars.place ? `in ${vars.place}` : "";
    const value = vars[key];
    if (value === undefined || value === null || value === "") {
      missing = true;
      return "";
    }
    return value;
  });
  if (missing) return null;
  return tidy(out);
}

/** Collapses the gaps a dropped optional variable leaves ("roasted  in" / "bake ."). */
export function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([.,;:!?])/g, "$1")
    .trim();
}

/**
 * One of `templates`, filled, at most `max` characters. Patterns that need a missing variable or
 * come out too long are skipped; when none fits, the shortest filled one is cut at a word.
 */
export function pickText(
  random: Random,
  templates: readonly string[],
  vars: CopyVars,
  max: number,
): string {
  const filled = templates.map((t) => fill(t, vars)).filter((t): t is string => t !== null);
  const fitting = filled.filter((t) => t.length <= max && t.length > 0);
  if (fitting.length > 0) return random.pick(fitting);
  const shortest = [...filled].sort((a, b) => a.length - b.length)[0];
  if (shortest) return clampText(shortest, max);
  throw new Error(`no usable text among ${templates.length} patterns`);
}

/** Cuts at the last word boundary within `max`, dropping a dangling connector word. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  let out = (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).trim();
  out = out.replace(/[\s,;:–-]+(and|or|with|of|the|a|an|to|for|in|from)?$/i, "").trim();
  return out.replace(/[,;:–-]+$/, "");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function titleCase(text: string): string {
  return text
    .split(" ")
    .map((word, i) =>
      i > 0 && /^(and|or|of|the|a|an|for|in|on|to)$/.test(word) ? word : capitalise(word),
    )
    .join(" ");
}

const US_SPELLINGS: Record<string, string> = {
  colour: "color",
  colours: "colors",
  colourful: "colorful",
  colourway: "colorway",
  favourite: "favorite",
  favourites: "favorites",
  flavour: "flavor",
  flavours: "flavors",
  jewellery: "jewelry",
  jeweller: "jeweler",
  centre: "center",
  centrepiece: "centerpiece",
  grey: "gray",
  neighbourhood: "neighborhood",
  neighbours: "neighbors",
  organise: "organize",
  organiser: "organizer",
  cosy: "cozy",
  cosier: "cozier",
  travelling: "traveling",
  catalogue: "catalog",
  moisturiser: "moisturizer",
  litres: "liters",
  litre: "liter",
  metres: "meters",
  centimetres: "centimeters",
  programmes: "programs",
  licence: "license",
  humour: "humor",
  behaviour: "behavior",
  labour: "labor",
  practise: "practice",
  mould: "mold",
  moulded: "molded",
  tonne: "ton",
};

/** British spellings to American ones, for stores whose locale is en-US. Keeps capitals. */
export function americanise(text: string): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word) => {
    const us = US_SPELLINGS[word.toLowerCase()];
    if (!us) return word;
    if (word === word.toUpperCase() && word.length > 1) return us.toUpperCase();
    return word[0] === word[0]!.toUpperCase() ? capitalise(us) : us;
  });
}

/** Applies `fn` to every string inside a JSON value. */
export function mapStrings<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === "string") return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)])) as T;
  }
  return value;
}
