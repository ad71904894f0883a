import { Prisma, type PrismaClient } from "../db/client.ts";

export type LockedVariant = {
  id: string;
  productId: string;
  price: number;
  stock: number;
  trackStock: boolean;
  allowBackorder: boolean;
};

type Tx = Pick<PrismaClient, "$queryRaw" | "inventoryReservation">;

/**
 * Locks variant rows for the rest of the transaction (SELECT ... FOR UPDATE), in id order so two
 * checkouts that share variants always lock them in the same order and never deadlock. On PGlite,
 * which has one connection, a transaction already runs alone; the lock is then simply granted.
 */
export async function lockVariants(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, LockedVariant>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return new Map();
  const rows = await tx.$queryRaw<LockedVariant[]>`
    SELECT "id", "productId", "price", "stock", "trackStock", "allowBackorder"
    FROM "ProductVariant"
    WHERE "id" IN (${Prisma.join(unique)})
    ORDER BY "id"
    FOR UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Units of each variant held by other shoppers' live reservations. */
export async function heldQuantities(
  tx: Tx,
  variantIds: readonly string[],
  now: Date,
  excludeCheckoutId?: string,
): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const groups = await tx.inventoryReservation.groupBy({
    by: ["variantId"],
    where: {
      variantId: { in: [...variantIds] },
      releasedAt: null,
      expiresAt: { gt: now },
      ...(excludeCheckoutId ? { checkoutId: { not: excludeCheckoutId } } : {}),
    },
    _sum: { quantity: true },
  });
  return new Map(groups.map((g) => [g.variantId, g._sum.quantity ?? 0]));
}

/**
 * SQL for the units of a variant held by live reservations, leaving out those of the cart's own
 * open checkouts that have not started a payment: a shopper never competes with themselves, and
 * starting checkout again gives those units back (`releaseEarlierCheckouts`).
 */
export function heldSql(variantId: Prisma.Sql, cartId: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT SUM(r."quantity") FROM "InventoryReservation" r
    WHERE r."variantId" = ${variantId} AND r."releasedAt" IS NULL AND r."expiresAt" > ${now}
      AND NOT EXISTS (
        SELECT 1 FROM "Checkout" ck
        WHERE ck."id" = r."checkoutId" AND ck."cartId" = ${cartId}
          AND ck."status" = 'open' AND ck."paymentRef" IS NULL AND ck."paymentClaimedAt" IS NULL)
  ), 0)::int`;
}

/**
 * A cart has one checkout that holds stock: its newest. Starting another gives back the units of
 * the earlier ones that never opened a payment (a closed tab, a redirect the browser refused),
 * so attempts that went nowhere cannot pile up and lock the shopper, and others, out. They stay
 * open: paying one later takes its hold again, if the units are still there.
 */
export async function releaseEarlierCheckouts(
  tx: Pick<PrismaClient, "checkout" | "inventoryReservation">,
  siteId: string,
  cartId: string,
  now: Date,
): Promise<void> {
  const earlier = await tx.checkout.findMany({
    // A checkout whose payment is in flight (claimed, not yet answered) keeps its hold.
    where: { siteId, cartId, status: "open", paymentRef: null, paymentClaimedAt: null },
    select: { id: true },
  });
  if (earlier.length === 0) return;
  await tx.inventoryReservation.updateMany({
    where: { checkoutId: { in: earlier.map((c) => c.id) }, releasedAt: null },
    data: { releasedAt: now },
  });
}

/**
 * Gives back every unit a checkout holds: it ended (expired, cancelled, sold out), or it was paid
 * and the units it held are now stock taken.
 */
export async function releaseHold(
  client: Pick<PrismaClient, "inventoryReservation">,
  checkoutId: string,
  now: Date,
): Promise<void> {
  await client.inventoryReservation.updateMany({
    where: { checkoutId, releasedAt: null },
    data: { releasedAt: now },
  });
}

/** How many units a shopper may still take: null when stock is not limited. */
export function sellable(variant: LockedVariant, held: number): number | null {
  if (!variant.trackStock || variant.allowBackorder) return null;
  return Math.max(0, variant.stock - held);
}
