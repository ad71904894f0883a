import { z } from "zod";
import type { PrismaClient } from "../db/client.ts";
import type { PricingDiscount } from "./pricing.ts";

type Client = Pick<PrismaClient, "discount" | "order" | "$queryRaw">;

export const ZDiscountCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, "Enter a discount code.")
  .max(64, "A discount code has at most 64 characters.")
  .regex(/^[A-Z0-9_-]+$/, "A discount code has letters, digits, - and _ only.");

export type ApplicableDiscount = PricingDiscount & { id: string };

export type DiscountLookup =
  { ok: true; discount: ApplicableDiscount } | { ok: false; problem: string };

/**
 * Whether a code can be used now, by this customer: it exists and is active, its dates include
 * now, and its total and per-customer limits are not used up. Pending checkouts that still hold
 * the code count as uses, so two shoppers cannot both take the last one.
 */
export async function lookupDiscount(
  client: Client,
  siteId: string,
  rawCode: string,
  now: Date,
  options: { email?: string | null; excludeOrderId?: string; lock?: boolean } = {},
): Promise<DiscountLookup> {
  const parsed = ZDiscountCode.safeParse(rawCode);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]!.message };
  const code = parsed.data;
  const row = await client.discount.findUnique({ where: { siteId_code: { siteId, code } } });
  if (!row || !row.active) return { ok: false, problem: `The code ${code} does not exist.` };
  if (options.lock) {
    // Serialises the last uses of a limited code between concurrent checkouts.
    await client.$queryRaw`SELECT "id" FROM "Discount" WHERE "id" = ${row.id} FOR UPDATE`;
  }
  if (row.startsAt && row.startsAt > now)
    return { ok: false, problem: `The code ${code} is not valid yet.` };
  if (row.endsAt && row.endsAt <= now)
    return { ok: false, problem: `The code ${code} has expired.` };

  const holding = {
    siteId,
    discountId: row.id,
    status: "pending" as const,
    reservedUntil: { gt: now },
    ...(options.excludeOrderId ? { id: { not: options.excludeOrderId } } : {}),
  };
  if (row.usageLimit !== null) {
    const pending = await client.order.count({ where: holding });
    if (row.usedCount + pending >= row.usageLimit)
      return { ok: false, problem: `The code ${code} has been used up.` };
  }
  const email = options.email?.trim().toLowerCase();
  if (row.perCustomerLimit !== null && email) {
    const [paid, pending] = await Promise.all([
      client.order.count({
        where: { siteId, discountId: row.id, email, paidAt: { not: null } },
      }),
      client.order.count({ where: { ...holding, email } }),
    ]);
    if (paid + pending >= row.perCustomerLimit)
      return {
        ok: false,
        problem:
          row.perCustomerLimit === 1
            ? `You have already used the code ${code}.`
            : `You have used the code ${code} as often as it allows.`,
      };
  }
  return {
    ok: true,
    discount: {
      id: row.id,
      code: row.code,
      kind: row.kind,
      value: row.value,
      minSubtotal: row.minSubtotal,
      scope: row.scope,
      productIds: row.productIds,
      collectionIds: row.collectionIds,
    },
  };
}
