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
  excludeOrderId?: string,
): Promise<Map<string, number>> {
  if (variantIds.length === 0) return new Map();
  const groups = await tx.inventoryReservation.groupBy({
    by: ["variantId"],
    where: {
      variantId: { in: [...variantIds] },
      releasedAt: null,
      expiresAt: { gt: now },
      ...(excludeOrderId ? { orderId: { not: excludeOrderId } } : {}),
    },
    _sum: { quantity: true },
  });
  return new Map(groups.map((g) => [g.variantId, g._sum.quantity ?? 0]));
}

/** How many units a shopper may still take: null when stock is not limited. */
export function sellable(variant: LockedVariant, held: number): number | null {
  if (!variant.trackStock || variant.allowBackorder) return null;
  return Math.max(0, variant.stock - held);
}
