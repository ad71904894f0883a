import type { AppDeps } from "../deps.ts";
import type { PrismaClient } from "../db/client.ts";
import { DomainError } from "../errors.ts";
import { currencyExponent, isSupportedCurrency, SUPPORTED_CURRENCIES } from "../../domain/money.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

export type StoreSettingsView = {
  siteId: string;
  currency: string;
  taxesIncluded: boolean;
};

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
}): StoreSettingsView {
  return { siteId: row.siteId, currency: row.currency, taxesIncluded: row.taxesIncluded };
}

/** The shop's checkout settings as the merchant sees them, with the payment provider in use. */
export async function checkoutSettings(
  deps: Pick<AppDeps, "db" | "siteDocuments" | "commerce">,
  siteId: string,
) {
  const settings = await storeSettings(deps, siteId);
  const { payments } = deps.commerce;
  return {
    currency: settings.currency,
    exponent: currencyExponent(settings.currency),
    taxesIncluded: settings.taxesIncluded,
    currencies: SUPPORTED_CURRENCIES,
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
  input: { currency?: string; taxesIncluded?: boolean },
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
        throw new DomainError("CONFLICT", "The currency cannot change once the shop has orders.", {
          currency: ["The currency cannot change once the shop has orders."],
        });
    }
    const updated = await tx.storeSettings.update({
      where: { siteId },
      data: {
        ...(input.currency ? { currency: input.currency } : {}),
        ...(input.taxesIncluded !== undefined ? { taxesIncluded: input.taxesIncluded } : {}),
      },
    });
    return { value: pick(updated), record: { action: "store.settings_changed", data: input } };
  });
}
