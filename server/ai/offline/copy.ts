/**
 * Text helpers the offline writer and the editor's actions share: cutting at a word, capitals,
 * American spelling for en-US stores, and mapping over every string of a plan.
 */

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
