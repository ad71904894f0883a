import type { AppDeps } from "../deps.ts";
import type { PrismaClient } from "../db/client.ts";
import { isSupportedCurrency } from "./money.ts";

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
