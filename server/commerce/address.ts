import { z } from "zod";

/** ISO 3166-1 alpha-2 codes of countries and territories that receive mail. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR " +
    "BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ " +
    "EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU " +
    "GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW " +
    "KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS " +
    "PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF " +
    "WS XK YE YT ZA ZM ZW"
  ).split(" "),
);

/** Postal code shapes we can check; other countries get a generic length/character check. */
const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "94107 or 94107-1234" },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: "K1A 0B1" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA" },
  DE: { pattern: /^\d{5}$/, example: "10115" },
  FR: { pattern: /^\d{5}$/, example: "75001" },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: "100-0001" },
  AU: { pattern: /^\d{4}$/, example: "2000" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: "1012 AB" },
};

/** Control characters (tabs, newlines, NUL...) and angle brackets have no place in an address. */
export function unprintable(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x3c || code === 0x3e) return true;
  }
  return false;
}

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => COUNTRY_CODES.has(code), {
    message: "Choose a country (a two-letter code such as US).",
    params: { said: "storefront.field.country" },
  });

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${max} characters for the ${label}.`)
    .refine((value) => !unprintable(value), {
      message: `The ${label} has characters we cannot print.`,
      params: { said: "storefront.field.unprintable" },
    });

/** A shipping address, checked field by field so forms can point at the wrong one. */
export const ZAddress = z
  .object({
    name: text("full name", 100),
    line1: text("street address", 200),
    line2: z
      .string()
      .trim()
      .max(200, "Use at most 200 characters for the second address line.")
      .refine((value) => !unprintable(value), {
        message: "This line has characters we cannot print.",
        params: { said: "storefront.field.unprintable" },
      })
      .optional()
      .default(""),
    city: text("city", 100),
    region: z
      .string()
      .trim()
      .toUpperCase()
      .max(64, "Use at most 64 characters for the state or region.")
      .regex(/^[A-Z0-9 .'-]*$/, "Use the state or region's letters or code, such as CA.")
      .optional()
      .default(""),
    postalCode: z.string().trim().max(16, "A postal code has at most 16 characters.").default(""),
    country: ZCountryCode,
    phone: z
      .string()
      .trim()
      .max(32, "A phone number has at most 32 characters.")
      .regex(/^[+\d ()./-]*$/, "Use digits, spaces and + ( ) - only.")
      .optional()
      .default(""),
  })
  .strict()
  .superRefine((address, issues) => {
    const rule = POSTAL_CODES[address.country];
    if (rule && !rule.pattern.test(address.postalCode)) {
      issues.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: `Enter a postal code such as ${rule.example}.`,
        // The shopper's words in the store's language (checkout-http's `issueWords`).
        params: { said: "storefront.field.postalCodeExample", example: rule.example },
      });
    } else if (
      !rule &&
      address.postalCode !== "" &&
      !/^[A-Za-z0-9 -]{2,16}$/.test(address.postalCode)
    ) {
      issues.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: "Use letters, digits, spaces and dashes in the postal code.",
      });
    }
    if (address.country === "US" && !/^[A-Z]{2}$/.test(address.region)) {
      issues.addIssue({
        code: "custom",
        path: ["region"],
        message: "Enter the state as its two-letter code, such as CA.",
        params: { said: "storefront.field.usState" },
      });
    }
  });
export type Address = z.infer<typeof ZAddress>;

/** Enough of an address to estimate shipping and tax from (the cart's estimator). */
export const ZDestination = z
  .object({
    country: ZCountryCode,
    region: z
      .string()
      .trim()
      .toUpperCase()
      .max(64)
      .regex(/^[A-Z0-9 .'-]*$/, "Use the state or region's letters or code, such as CA.")
      .optional()
      .default(""),
    postalCode: z.string().trim().max(16).optional().default(""),
  })
  .strict();
export type Destination = z.infer<typeof ZDestination>;

/** Country names, in a language: one implementation for the storefront and the server. */
export { countryName } from "../../domain/storefront-i18n/index.ts";
