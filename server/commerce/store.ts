import type { AppDeps } from "../deps.ts";
import type { PrismaClient } from "../db/client.ts";
import { DomainError, said } from "../errors.ts";
import { currencyExponent, isSupportedCurrency, SUPPORTED_CURRENCIES } from "../../domain/money.ts";
import {
  isStoreLanguage,
  STORE_LANGUAGES,
  storeLanguageOf,
  type StoreLanguage,
} from "../../domain/storefront-i18n/index.ts";

export { storefrontLocale } from "../../domain/storefront-i18n/languages.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

export type StoreSettingsView = {
  siteId: string;
  currency: string;
  taxesIncluded: boolean;
  /** The storefront's language; null: not chosen, the site document's language is used. */
  language: StoreLanguage | null;
  /** IANA zone in which order times are shown and discount windows read. */
  timeZone: string;
};

/** Every IANA zone this runtime knows, plus UTC (which `supportedValuesOf` leaves out). */
export const TIME_ZONES: readonly string[] = [
  "UTC",
  ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC"),
];
const timeZones = new Set(TIME_ZONES);
export const isTimeZone = (value: string) => timeZones.has(value);

type Client = Pick<PrismaClient, "storeSettings">;

/**
 * A site's shop settings, created on first use with the currency its site document names (when
 * we support it; USD otherwise), so a new store sells in the currency its pages show.
 */
export async function storeSettings(
  deps: Pick<AppDeps, "db" | "siteDocuments">,
  siteId: string,
  client: Client = deps.db.prisma,
): Promise<StoreSettingsView> {
  const found = await client.storeSettings.findUnique({ where: { siteId } });
  if (found) return pick(found);
  let currency = "USD";
  try {
    const { doc } = await deps.siteDocuments.draft(siteId);
    if (isSupportedCurrency(doc.settings.currency)) currency = doc.settings.currency;
  } catch {
    // A site without a document yet sells in USD until the merchant says otherwise.
  }
  const created = await client.storeSettings.upsert({
    where: { siteId },
    create: { siteId, currency },
    update: {},
  });
  return pick(created);
}

function pick(row: {
  siteId: string;
  currency: string;
  taxesIncluded: boolean;
  language: string | null;
  timeZone: string;
}): StoreSettingsView {
  return {
    siteId: row.siteId,
    currency: row.currency,
    taxesIncluded: row.taxesIncluded,
    language: isStoreLanguage(row.language) ? row.language : null,
    timeZone: isTimeZone(row.timeZone) ? row.timeZone : "UTC",
  };
}

/** The shop's checkout settings as the merchant sees them, with the payment provider in use. */
export async function checkoutSettings(
  deps: Pick<AppDeps, "db" | "siteDocuments" | "commerce">,
  siteId: string,
) {
  const [settings, orders] = await Promise.all([
    storeSettings(deps, siteId),
    deps.db.prisma.order.count({ where: { siteId } }),
  ]);
  const { payments } = deps.commerce;
  let docLocale = "en";
  try {
    docLocale = (await deps.siteDocuments.draft(siteId)).doc.settings.locale;
  } catch {
    // No document yet: English.
  }
  return {
    currency: settings.currency,
    exponent: currencyExponent(settings.currency),
    taxesIncluded: settings.taxesIncluded,
    currencies: SUPPORTED_CURRENCIES,
    /** The chosen language, or the one the storefront speaks today (the document's). */
    language: settings.language ?? storeLanguageOf(docLocale),
    languages: STORE_LANGUAGES,
    timeZone: settings.timeZone,
    timeZones: TIME_ZONES,
    /** The currency is fixed once the shop has orders. */
    currencyLocked: orders > 0,
    payments: {
      provider: payments.kind,
      /** The test gateway takes no real money; the merchant should know. */
      testMode: payments.kind === "test",
    },
  };
}

/**
 * Changes the shop's currency or tax display. Amounts are stored in minor units and are not
 * converted, so the currency can change only while no order is open or paid.
 */
export async function updateStoreSettings(
  deps: Pick<AppDeps, "db" | "siteDocuments" | "commerce">,
  siteId: string,
  input: {
    currency?: string;
    taxesIncluded?: boolean;
    language?: StoreLanguage;
    timeZone?: string;
  },
  actor: MerchantActor,
): Promise<StoreSettingsView> {
  const current = await storeSettings(deps, siteId);
  return commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    if (input.currency && input.currency !== current.currency) {
      // A checkout carries the currency too: its total was computed in it.
      const orders =
        (await tx.order.count({ where: { siteId } })) +
        (await tx.checkout.count({ where: { siteId } }));
      if (orders > 0)
        throw new DomainError(
          "CONFLICT",
          said("app.error.currencyLocked", "The currency cannot change once the shop has orders."),
          {
            currency: [
              said(
                "app.error.currencyLocked",
                "The currency cannot change once the shop has orders.",
              ),
            ],
          },
        );
    }
    const updated = await tx.storeSettings.update({
      where: { siteId },
      data: {
        ...(input.currency ? { currency: input.currency } : {}),
        ...(input.taxesIncluded !== undefined ? { taxesIncluded: input.taxesIncluded } : {}),
        ...(input.language ? { language: input.language } : {}),
        ...(input.timeZone ? { timeZone: input.timeZone } : {}),
      },
    });
    return { value: pick(updated), record: { action: "store.settings_changed", data: input } };
  });
}
