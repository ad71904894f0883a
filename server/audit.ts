import type { AppDeps } from "./deps.ts";
import type { Prisma } from "./db/client.ts";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  siteId?: string | null;
  target?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Appends to the audit log. Callers pass a transaction client when the entry must commit with the change. */
export async function audit(
  deps: Pick<AppDeps, "db">,
  entry: AuditEntry,
  client: Pick<AppDeps["db"]["prisma"], "auditLog"> = deps.db.prisma,
): Promise<void> {
  await client.auditLog.create({ data: entry });
}
