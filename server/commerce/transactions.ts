import { audit, type AuditEntry } from "../audit.ts";
import type { Prisma } from "../db/client.ts";
import type { AppDeps } from "../deps.ts";

/** Interactive transactions wait for a connection (or PGlite's one) under load, never forever. */
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/** Who made a change, for the audit log. */
export type MerchantActor = { userId: string; ip: string | null };

/** What the audit log says a change was; who and where are added by `commitChange`. */
export type ChangeRecord = Pick<AuditEntry, "action" | "target" | "data">;

/**
 * One merchant change to a shop (a product, collection, zone, tax rate, code or setting): its
 * writes and its audit entry commit together or not at all and, for a change the storefront
 * shows (`catalog`), the site's cached catalog is dropped once it has committed, so the next
 * page and cart read it.
 */
export async function commitChange<T>(
  deps: Pick<AppDeps, "db" | "commerce">,
  siteId: string,
  actor: MerchantActor,
  options: { catalog: boolean; timeoutMs?: number },
  change: (tx: Prisma.TransactionClient) => Promise<{ value: T; record: ChangeRecord }>,
): Promise<T> {
  const value = await deps.db.prisma.$transaction(
    async (tx) => {
      const { value, record } = await change(tx);
      await audit(deps, { ...record, actorId: actor.userId, siteId, ip: actor.ip }, tx);
      return value;
    },
    { ...TX_OPTIONS, timeout: options.timeoutMs ?? TX_OPTIONS.timeout },
  );
  if (options.catalog) deps.commerce.catalogChanged(siteId);
  return value;
}
