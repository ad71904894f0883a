/** Mirrors the server's rule (server/routers/sites/sites.schema.ts): 3–48 of a–z, 0–9, single dashes. */
export const SLUG_MAX_LENGTH = 48;

/**
 * An address suggested from a site's name: "Café Olé & Co." -> "cafe-ole-co". Accents are
 * dropped, everything else that is not a letter or digit becomes a dash.
 */
export function suggestSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

/**
 * Cleans what the merchant types into the address field, keystroke by keystroke: lower case,
 * spaces to dashes, nothing the server would refuse. Dashes are left alone while typing.
 */
export function cleanSlugInput(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/[^a-z0-9-]/g, "")
    .slice(0, SLUG_MAX_LENGTH);
}
