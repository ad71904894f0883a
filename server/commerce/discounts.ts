import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { badRequest, DomainError, notFound, said } from "../errors.ts";
import type { PricingDiscount } from "./pricing.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";

type Client = Pick<PrismaClient, "discount" | "discountRedemption" | "checkout" | "$queryRaw">;

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

/** Providers whose addresses ignore dots in the part before the @, and the name they go by. */
const DOTLESS_PROVIDERS: Record<string, string> = {
  "gmail.com": "gmail.com",
  "googlemail.com": "gmail.com",
};

/**
 * An email as per-customer limits count it: one person behind ann+shop@x and ann@x, or behind
 * jo.smith@gmail.com and josmith@googlemail.com, is one customer. The migration that created
 * DiscountRedemption keyed earlier orders with the same rule in SQL.
 */
export function customerKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at <= 0) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  local = local.split("+")[0] || local;
  const dotless = DOTLESS_PROVIDERS[domain];
  if (dotless) {
    local = local.replaceAll(".", "");
    domain = dotless;
  }
  return `${local}@${domain}`;
}

/**
 * Checkouts whose payment is under way hold a use of their code until their hold lapses, so the
 * last use goes to one payer instead of being charged to several (the redemption itself happens
 * when the order is paid). Under way means what keeps a checkout's stock too
 * (`releaseEarlierCheckouts`): an attempt awaiting the provider's answer, or a hosted payment page
 * open. Merely opening checkout holds nothing: twenty shoppers who opened checkout at once would
 * otherwise lock each other out of a code limited to three; nor does a declined card, an attempt
 * answered without a charge, so the next payer (or the same shopper with another card) has the use.
 */
function paying(siteId: string, discountId: string, now: Date, excludeCheckoutId?: string) {
  return {
    siteId,
    discountId,
    status: { in: ["open" as const, "processing" as const] },
    OR: [{ paymentClaimedAt: { not: null } }, { paymentRef: { not: null } }],
    reservedUntil: { gt: now },
    ...(excludeCheckoutId ? { id: { not: excludeCheckoutId } } : {}),
  };
}

function usedUp(code: string) {
  return `The code ${code} has been used up.`;
}

function usedByCustomer(code: string, limit: number) {
  return limit === 1
    ? `You have already used the code ${code}.`
    : `You have used the code ${code} as often as it allows.`;
}

/**
 * Whether a code can be used now, by this customer: it exists and is active, its dates include
 * now, and its total and per-customer limits are not used up, counting both paid orders and
 * payments under way. With `lock` (when payment starts) the code's row is locked first and read
 * after, so concurrent payers are counted one after another.
 */
export async function lookupDiscount(
  client: Client,
  siteId: string,
  rawCode: string,
  now: Date,
  options: { email?: string | null; excludeCheckoutId?: string; lock?: boolean } = {},
): Promise<DiscountLookup> {
  const parsed = ZDiscountCode.safeParse(rawCode);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]!.message };
  const code = parsed.data;
  if (options.lock)
    await client.$queryRaw`SELECT "id" FROM "Discount" WHERE "siteId" = ${siteId} AND "code" = ${code} FOR UPDATE`;
  const row = await client.discount.findUnique({ where: { siteId_code: { siteId, code } } });
  if (!row || !row.active) return { ok: false, problem: `The code ${code} does not exist.` };
  if (row.startsAt && row.startsAt > now)
    return { ok: false, problem: `The code ${code} is not valid yet.` };
  if (row.endsAt && row.endsAt <= now)
    return { ok: false, problem: `The code ${code} has expired.` };

  const holding = paying(siteId, row.id, now, options.excludeCheckoutId);
  if (row.usageLimit !== null) {
    const pending = await client.checkout.count({ where: holding });
    if (row.usedCount + pending >= row.usageLimit) return { ok: false, problem: usedUp(code) };
  }
  if (row.perCustomerLimit !== null && options.email) {
    const key = customerKey(options.email);
    const [redeemed, payers] = await Promise.all([
      client.discountRedemption.count({ where: { discountId: row.id, customerKey: key } }),
      client.checkout.findMany({ where: holding, select: { email: true } }),
    ]);
    const pending = payers.filter((o) => o.email && customerKey(o.email) === key).length;
    if (redeemed + pending >= row.perCustomerLimit)
      return { ok: false, problem: usedByCustomer(code, row.perCustomerLimit) };
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

type PayingOrder = { id: string; discountId: string | null; email: string | null };

/**
 * A step of marking an order paid, before its stock is taken: locks the order's code (the same
 * order of locks as starting payment: order, code, variants) and says whether this payment may
 * still use it. Only paid uses count here; dates are not re-checked, since the shopper was
 * charged the price shown when payment started. A code deleted meanwhile has nothing to limit.
 */
export async function checkDiscountUse(
  tx: Pick<PrismaClient, "$queryRaw" | "discountRedemption">,
  order: PayingOrder,
): Promise<{ ok: true } | { ok: false; problem: string }> {
  if (!order.discountId) return { ok: true };
  const [row] = await tx.$queryRaw<
    {
      code: string;
      usageLimit: number | null;
      perCustomerLimit: number | null;
      usedCount: number;
    }[]
  >`SELECT "code", "usageLimit", "perCustomerLimit", "usedCount" FROM "Discount" WHERE "id" = ${order.discountId} FOR UPDATE`;
  if (!row) return { ok: true };
  if (row.usageLimit !== null && row.usedCount >= row.usageLimit)
    return {
      ok: false,
      problem: `The code ${row.code} was used up while the payment was being made; the payment was refunded.`,
    };
  if (row.perCustomerLimit !== null && order.email) {
    const redeemed = await tx.discountRedemption.count({
      where: { discountId: order.discountId, customerKey: customerKey(order.email) },
    });
    if (redeemed >= row.perCustomerLimit)
      return {
        ok: false,
        problem: `The customer had already used the code ${row.code}; the payment was refunded.`,
      };
  }
  return { ok: true };
}

/**
 * A step of marking an order paid, after checkDiscountUse allowed it in the same transaction
 * (the code's row is still locked): records the use and counts it.
 */
export async function redeemDiscount(
  tx: Pick<PrismaClient, "$executeRaw" | "discountRedemption">,
  order: PayingOrder,
  now: Date,
): Promise<void> {
  if (!order.discountId) return;
  const counted = await tx.$executeRaw`
    UPDATE "Discount" SET "usedCount" = "usedCount" + 1, "updatedAt" = ${now}
    WHERE "id" = ${order.discountId}`;
  if (counted === 0) return;
  await tx.discountRedemption.create({
    data: {
      discountId: order.discountId,
      orderId: order.id,
      customerKey: customerKey(order.email ?? ""),
      createdAt: now,
    },
  });
}

/**
 * Refuses a code aimed at products or collections that are not this shop's (another site's, or
 * deleted), so a code never names what the merchant cannot see. Only the list its scope uses is
 * kept, so only that one is checked.
 */
export async function checkDiscountTargets(
  client: Pick<PrismaClient, "product" | "collection">,
  siteId: string,
  discount: { scope: string; productIds: readonly string[]; collectionIds: readonly string[] },
): Promise<void> {
  let missing = 0;
  if (discount.scope === "products") {
    const ids = [...new Set(discount.productIds)];
    missing = ids.length - (await client.product.count({ where: { id: { in: ids }, siteId } }));
  } else if (discount.scope === "collections") {
    const ids = [...new Set(discount.collectionIds)];
    missing = ids.length - (await client.collection.count({ where: { id: { in: ids }, siteId } }));
  }
  if (missing === 0) return;
  const kind = discount.scope;
  throw badRequest(
    said(
      "app.error.discountTargetsMissing",
      missing === 1
        ? `One of the chosen ${kind} is not in this shop. Choose the ${kind} again.`
        : `${missing} of the chosen ${kind} are not in this shop. Choose the ${kind} again.`,
      { count: missing, kind },
    ),
    kind === "products" ? "discount.productIds" : "discount.collectionIds",
  );
}

export const ZDiscountInput = z
  .object({
    code: ZDiscountCode,
    kind: z.enum(["percentage", "fixed_amount", "free_shipping"]),
    /** percentage: basis points (1000 = 10%); fixed_amount: minor units. */
    value: z.number().int().min(0).max(2_000_000_000).default(0),
    minSubtotal: z.number().int().min(0).max(2_000_000_000).default(0),
    usageLimit: z.number().int().min(1).max(10_000_000).nullable().default(null),
    perCustomerLimit: z.number().int().min(1).max(1000).nullable().default(null),
    startsAt: z.string().datetime({ offset: true }).nullable().default(null),
    endsAt: z.string().datetime({ offset: true }).nullable().default(null),
    scope: z.enum(["all", "products", "collections"]).default("all"),
    productIds: z.array(z.string().uuid()).max(500).default([]),
    collectionIds: z.array(z.string().uuid()).max(100).default([]),
    active: z.boolean().default(true),
  })
  .superRefine((d, issues) => {
    if (d.kind === "percentage" && (d.value < 1 || d.value > 10_000))
      issues.addIssue({
        code: "custom",
        path: ["value"],
        message: "A percentage is between 0.01% and 100%.",
      });
    if (d.kind === "fixed_amount" && d.value < 1)
      issues.addIssue({
        code: "custom",
        path: ["value"],
        message: "Enter the amount to take off.",
      });
    if (d.startsAt && d.endsAt && new Date(d.endsAt) <= new Date(d.startsAt))
      issues.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "The end must be after the start.",
      });
    if (d.scope === "products" && d.productIds.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["productIds"],
        message: "Choose the products the code is for.",
      });
    if (d.scope === "collections" && d.collectionIds.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["collectionIds"],
        message: "Choose the collections the code is for.",
      });
  });
export type DiscountInput = z.infer<typeof ZDiscountInput>;

type Deps = Pick<AppDeps, "db" | "commerce">;

function discountView(d: Prisma.DiscountGetPayload<object>) {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    value: d.value,
    minSubtotal: d.minSubtotal,
    usageLimit: d.usageLimit,
    perCustomerLimit: d.perCustomerLimit,
    usedCount: d.usedCount,
    startsAt: d.startsAt?.toISOString() ?? null,
    endsAt: d.endsAt?.toISOString() ?? null,
    scope: d.scope,
    productIds: d.productIds,
    collectionIds: d.collectionIds,
    active: d.active,
  };
}

export type DiscountView = ReturnType<typeof discountView>;

/** A code's row: dates parsed, and only the targets its scope uses. */
function discountData(input: DiscountInput) {
  return {
    ...input,
    startsAt: input.startsAt ? new Date(input.startsAt) : null,
    endsAt: input.endsAt ? new Date(input.endsAt) : null,
    productIds: input.scope === "products" ? input.productIds : [],
    collectionIds: input.scope === "collections" ? input.collectionIds : [],
  };
}

/** A code is unique in its shop; the database says so, the merchant reads it by the field. */
function refuseTakenCode(code: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new DomainError(
        "CONFLICT",
        said("app.error.discountCodeExists", `The code ${code} already exists.`, { code }),
        {
          "discount.code": [said("app.error.discountCodeExistsField", "This code already exists.")],
        },
      );
    throw error;
  };
}

async function findDiscount(deps: Deps, siteId: string, discountId: string) {
  const d = await deps.db.prisma.discount.findFirst({ where: { id: discountId, siteId } });
  if (!d) throw notFound(said("app.error.noSuchDiscount", "No such discount."));
  return d;
}

export async function listDiscounts(deps: Deps, siteId: string): Promise<DiscountView[]> {
  const rows = await deps.db.prisma.discount.findMany({
    where: { siteId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(discountView);
}

// Codes change no page of the storefront (the cart checks them when applied): no catalog change.
export async function createDiscount(
  deps: Deps,
  siteId: string,
  input: DiscountInput,
  actor: MerchantActor,
): Promise<DiscountView> {
  await checkDiscountTargets(deps.db.prisma, siteId, input);
  const created = await commitChange(deps, siteId, actor, { catalog: false }, async (tx) => {
    const d = await tx.discount.create({ data: { ...discountData(input), siteId } });
    return {
      value: d,
      record: { action: "discount.created", target: d.id, data: { code: d.code } },
    };
  }).catch(refuseTakenCode(input.code));
  return discountView(created);
}

export async function updateDiscount(
  deps: Deps,
  siteId: string,
  discountId: string,
  input: DiscountInput,
  actor: MerchantActor,
): Promise<DiscountView> {
  await findDiscount(deps, siteId, discountId);
  await checkDiscountTargets(deps.db.prisma, siteId, input);
  const updated = await commitChange(deps, siteId, actor, { catalog: false }, async (tx) => {
    const d = await tx.discount.update({ where: { id: discountId }, data: discountData(input) });
    return { value: d, record: { action: "discount.updated", target: d.id } };
  }).catch(refuseTakenCode(input.code));
  return discountView(updated);
}

export async function deleteDiscount(
  deps: Deps,
  siteId: string,
  discountId: string,
  actor: MerchantActor,
): Promise<void> {
  await findDiscount(deps, siteId, discountId);
  await commitChange(deps, siteId, actor, { catalog: false }, async (tx) => {
    await tx.discount.delete({ where: { id: discountId } });
    return { value: null, record: { action: "discount.deleted", target: discountId } };
  });
}
