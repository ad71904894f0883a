import { randomBytes } from "node:crypto";
import { z } from "zod";
import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { ZAddress, type Address } from "./address.ts";
import { readImages } from "./catalog.ts";
import { collectionIdsByProduct } from "./cart.ts";
import { lookupDiscount, ZDiscountCode, type ApplicableDiscount } from "./discounts.ts";
import { badRequest, CommerceError, notFound, soldOut } from "./errors.ts";
import { heldQuantities, lockVariants, sellable } from "./inventory.ts";
import { sendOrderConfirmation } from "./mail.ts";
import { formatMoney } from "./money.ts";
import type { CardDetails, PaymentResult } from "./payments/port.ts";
import { MIN_SESSION_LIFETIME_MS } from "./payments/stripe.ts";
import { computeTotals, PricingError, type PricingLine, type Totals } from "./pricing.ts";
import { RESERVATION_MS } from "./service.ts";
import { shippingOptions, taxRateFor, type ShippingOption } from "./shipping.ts";
import { storeSettings } from "./store.ts";

type Tx = Prisma.TransactionClient;
type Deps = Pick<
  AppDeps,
  "db" | "siteDocuments" | "now" | "commerce" | "mailer" | "log" | "config"
>;

/** Interactive transactions wait for a connection (or PGlite's one) under load, never forever. */
export const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

const ZEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters.")
  .email("Enter an email address such as name@example.com.");

export const ZCheckoutInformation = z.object({ email: ZEmail, address: ZAddress }).strict();

const ZCard = z
  .object({
    number: z
      .string({ error: "Enter your card number." })
      .transform((value) => value.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^\d{12,19}$/, "Enter the 12 to 19 digits of your card number.")),
    expiry: z
      .string({ error: "Enter the expiry date." })
      .trim()
      .regex(/^(0[1-9]|1[0-2]) ?\/ ?(\d{2}|\d{4})$/, "Enter the expiry date as MM/YY."),
    cvc: z
      .string({ error: "Enter the security code." })
      .trim()
      .regex(/^\d{3,4}$/, "Enter the 3 or 4 digit security code."),
  })
  .strict();

export const ZCheckoutPayment = z
  .object({
    shippingRateId: z.string().max(64).optional(),
    card: ZCard.optional(),
  })
  .strict();

export function cardDetails(card: z.infer<typeof ZCard>): CardDetails {
  const [month, year] = card.expiry.split("/").map((part) => part.trim());
  const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
  return { number: card.number, expMonth: Number(month), expYear: fullYear, cvc: card.cvc };
}

export const ZCheckoutDiscount = z.object({ code: ZDiscountCode }).strict();

const orderInclude = { lines: { orderBy: { id: "asc" as const } } } as const;
export type OrderWithLines = Prisma.OrderGetPayload<{ include: typeof orderInclude }>;

function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Starts checkout from a cart: snapshots each line at the current price and holds its units for
 * 15 minutes. Runs with the variants locked, so of many shoppers racing for the last units exactly
 * as many as there are units get through; the others get a sold-out answer and nothing is held.
 */
export async function startCheckout(
  deps: Deps,
  siteId: string,
  cartId: string | undefined,
): Promise<{ orderId: string; token: string }> {
  const client = deps.db.prisma;
  const cart =
    cartId && z.string().uuid().safeParse(cartId).success
      ? await client.cart.findFirst({
          where: { id: cartId, siteId },
          include: {
            lines: {
              orderBy: { createdAt: "asc" },
              include: { variant: { include: { product: true } } },
            },
          },
        })
      : null;
  const lines = (cart?.lines ?? []).filter((l) => l.variant.product.status === "active");
  if (!cart || lines.length === 0) throw badRequest("Your cart is empty.");
  const settings = await storeSettings(deps, siteId);
  const now = deps.now();
  const discount = cart.discountCode
    ? await lookupDiscount(client, siteId, cart.discountCode, now)
    : null;
  const collections =
    discount?.ok && discount.discount.scope === "collections"
      ? await collectionIdsByProduct(
          client,
          siteId,
          lines.map((l) => ({ ...l.variant.product, priceMin: l.variant.price })),
        )
      : new Map<string, string[]>();

  return client.$transaction(async (tx) => {
    const variants = await lockVariants(
      tx,
      lines.map((l) => l.variantId),
    );
    const held = await heldQuantities(tx, [...variants.keys()], now);
    for (const line of lines) {
      const variant = variants.get(line.variantId);
      if (!variant) throw soldOut(`${line.variant.product.title} is no longer available.`);
      const left = sellable(variant, held.get(variant.id) ?? 0);
      if (left !== null && line.quantity > left)
        throw soldOut(
          left === 0
            ? `Sorry, ${describe(line.variant.product.title, line.variant.title)} is sold out.`
            : `Sorry, only ${left} of ${describe(line.variant.product.title, line.variant.title)} left.`,
        );
    }
    const pricing = lines.map((l) => ({
      key: l.id,
      productId: l.variant.productId,
      collectionIds: collections.get(l.variant.productId) ?? [],
      unitPrice: variants.get(l.variantId)!.price,
      quantity: l.quantity,
      weightGrams: l.variant.weightGrams,
    }));
    const totals = priceOrThrow({
      lines: pricing,
      taxesIncluded: settings.taxesIncluded,
      discount: discount?.ok ? discount.discount : null,
    });
    const reservedUntil = new Date(now.getTime() + RESERVATION_MS);
    const order = await tx.order.create({
      data: {
        siteId,
        token: newToken(),
        cartId: cart.id,
        currency: settings.currency,
        taxesIncluded: settings.taxesIncluded,
        subtotal: totals.subtotal,
        discountTotal: totals.discountTotal,
        total: totals.total,
        discountId: discount?.ok ? discount.discount.id : null,
        discountCode: discount?.ok ? discount.discount.code : null,
        reservedUntil,
        lines: {
          create: lines.map((l) => ({
            productId: l.variant.productId,
            variantId: l.variantId,
            title: l.variant.product.title,
            variantTitle: l.variant.title === "Default Title" ? "" : l.variant.title,
            sku: l.variant.sku,
            handle: l.variant.product.handle,
            image:
              (readImages(l.variant.product.images)[0] as Prisma.InputJsonObject | undefined) ??
              Prisma.DbNull,
            unitPrice: variants.get(l.variantId)!.price,
            quantity: l.quantity,
            weightGrams: l.variant.weightGrams,
          })),
        },
      },
    });
    await tx.inventoryReservation.createMany({
      data: lines
        .filter((l) => sellable(variants.get(l.variantId)!, 0) !== null)
        .map((l) => ({
          orderId: order.id,
          variantId: l.variantId,
          quantity: l.quantity,
          expiresAt: reservedUntil,
        })),
    });
    return { orderId: order.id, token: order.token };
  }, TX_OPTIONS);
}

function describe(title: string, variantTitle: string): string {
  return variantTitle && variantTitle !== "Default Title" ? `${title} (${variantTitle})` : title;
}

function priceOrThrow(input: Parameters<typeof computeTotals>[0]): Totals {
  try {
    return computeTotals(input);
  } catch (error) {
    if (error instanceof PricingError) throw badRequest(error.message);
    throw error;
  }
}

export async function orderByToken(
  client: Pick<PrismaClient, "order">,
  siteId: string,
  token: string,
): Promise<OrderWithLines | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  return client.order.findFirst({ where: { siteId, token }, include: orderInclude });
}

async function openCheckout(client: Pick<PrismaClient, "order">, siteId: string, token: string) {
  const order = await orderByToken(client, siteId, token);
  if (!order) throw notFound("This checkout does not exist. Start again from your cart.");
  if (order.status !== "pending")
    throw new CommerceError(
      "CONFLICT",
      order.paidAt
        ? "This order is already paid."
        : "This checkout was cancelled. Start again from your cart.",
    );
  return order;
}

export type CheckoutPricing = {
  totals: Totals;
  /** Null until the shopper gave an address; empty when the shop does not ship there. */
  shippingOptions: ShippingOption[] | null;
  shippingRate: ShippingOption | null;
  discount: ApplicableDiscount | null;
  /** The code the shopper entered, kept (with the problem shown) even when it gives nothing. */
  discountCode: string | null;
  discountProblem: string | null;
};

/** An order's totals from its snapshot prices, its address, shipping choice and code. */
export async function priceCheckout(
  client: Tx | PrismaClient,
  order: OrderWithLines,
  now: Date,
  choice: {
    shippingRateId?: string | null;
    discountCode?: string | null;
    lockDiscount?: boolean;
  } = {},
): Promise<CheckoutPricing> {
  const money = (minor: number) => formatMoney(minor, order.currency);
  const code = choice.discountCode === undefined ? order.discountCode : choice.discountCode;
  let discount: ApplicableDiscount | null = null;
  let discountProblem: string | null = null;
  if (code) {
    const lookup = await lookupDiscount(client, order.siteId, code, now, {
      email: order.email,
      excludeOrderId: order.id,
      lock: choice.lockDiscount,
    });
    if (lookup.ok) discount = lookup.discount;
    else discountProblem = lookup.problem;
  }
  const productIds = [
    ...new Set(order.lines.map((l) => l.productId).filter((id): id is string => !!id)),
  ];
  const products =
    discount?.scope === "collections"
      ? await client.product.findMany({
          where: { id: { in: productIds } },
          include: { variants: { select: { price: true } } },
        })
      : [];
  const collections = await collectionIdsByProduct(
    client,
    order.siteId,
    products.map((p) => ({ ...p, priceMin: Math.min(...p.variants.map((v) => v.price)) })),
  );
  const lines: PricingLine[] = order.lines.map((l) => ({
    key: l.id,
    productId: l.productId ?? "",
    collectionIds: collections.get(l.productId ?? "") ?? [],
    unitPrice: l.unitPrice,
    quantity: l.quantity,
    weightGrams: l.weightGrams,
  }));
  const base = priceOrThrow({
    lines,
    taxesIncluded: order.taxesIncluded,
    discount,
    formatMoney: money,
  });
  if (base.discountProblem) {
    discountProblem = base.discountProblem;
    discount = null;
  }
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  if (!address.success)
    return {
      totals: base,
      shippingOptions: null,
      shippingRate: null,
      discount,
      discountCode: code ?? null,
      discountProblem,
    };
  const options =
    (await shippingOptions(
      client,
      order.siteId,
      address.data.country,
      base.weightGrams,
      base.subtotal - base.discountTotal,
    )) ?? [];
  const wanted = choice.shippingRateId === undefined ? order.shippingRateId : choice.shippingRateId;
  const rate = options.find((o) => o.id === wanted) ?? options[0] ?? null;
  const taxRate = await taxRateFor(client, order.siteId, address.data.country, address.data.region);
  const totals = priceOrThrow({
    lines,
    taxesIncluded: order.taxesIncluded,
    discount,
    shippingRate: rate?.rate ?? null,
    taxRate,
    formatMoney: money,
  });
  return {
    totals,
    shippingOptions: options,
    shippingRate: rate,
    discount,
    discountCode: code ?? null,
    discountProblem,
  };
}

function totalsData(pricing: CheckoutPricing) {
  return {
    subtotal: pricing.totals.subtotal,
    discountTotal: pricing.totals.discountTotal,
    shippingTotal: pricing.totals.shippingTotal,
    taxTotal: pricing.totals.taxTotal,
    total: pricing.totals.total,
    shippingRateId: pricing.shippingRate?.id ?? null,
    shippingRateName: pricing.shippingRate?.name ?? null,
    discountId: pricing.discount?.id ?? null,
    discountCode: pricing.discount?.code ?? pricing.discountCode,
  };
}

async function savePricing(
  client: Tx | PrismaClient,
  order: OrderWithLines,
  pricing: CheckoutPricing,
) {
  await client.order.update({ where: { id: order.id }, data: totalsData(pricing) });
  for (const line of pricing.totals.lines)
    await client.orderLine.update({
      where: { id: line.key },
      data: { discount: line.discount, tax: line.tax },
    });
}

/** Step one: who and where. Refuses a country the shop does not ship to. */
export async function saveInformation(
  deps: Deps,
  siteId: string,
  token: string,
  input: { email: string; address: Address },
): Promise<void> {
  const client = deps.db.prisma;
  const order = await openCheckout(client, siteId, token);
  const updated = { ...order, email: input.email, shippingAddress: input.address };
  const pricing = await priceCheckout(client, updated, deps.now());
  if (pricing.shippingOptions?.length === 0)
    throw new CommerceError("BAD_REQUEST", "We do not ship to this country yet.", {
      "address.country": ["We do not ship to this country yet."],
    });
  await client.order.update({
    where: { id: order.id },
    data: { email: input.email, customerName: input.address.name, shippingAddress: input.address },
  });
  await savePricing(client, updated, pricing);
}

/** Applies (or with null, removes) a discount code on the checkout. */
export async function applyCheckoutDiscount(
  deps: Deps,
  siteId: string,
  token: string,
  code: string | null,
): Promise<void> {
  const client = deps.db.prisma;
  const order = await openCheckout(client, siteId, token);
  const pricing = await priceCheckout(client, order, deps.now(), { discountCode: code });
  if (code && pricing.discountProblem) throw badRequest(pricing.discountProblem, "code");
  await savePricing(client, order, pricing);
}

export type PayOutcome = { status: "paid"; token: string } | { status: "redirect"; url: string };

/**
 * Takes the payment. First, in one transaction with the order locked: the totals are recomputed
 * from the server's data, the code's limits re-checked and the stock hold renewed (re-reserved
 * if it expired, which may now be sold out). Then the provider is asked, outside any transaction,
 * with an idempotency key per attempt. A paid answer marks the order paid at once.
 */
export async function payCheckout(
  deps: Deps,
  site: { id: string; name: string },
  token: string,
  input: { shippingRateId?: string; card?: CardDetails },
  urls: { returnUrl: string; cancelUrl: string },
): Promise<PayOutcome> {
  const client = deps.db.prisma;
  const existing = await orderByToken(client, site.id, token);
  if (existing?.paidAt) return { status: "paid", token };
  const order = await openCheckout(client, site.id, token);
  if (!order.email || !ZAddress.safeParse(order.shippingAddress ?? undefined).success)
    throw badRequest("Enter your email and shipping address first.");
  const provider = deps.commerce.payments;
  if (provider.collectsCard && !input.card)
    throw new CommerceError("BAD_REQUEST", "Enter your card details.", {
      "card.number": ["Enter your card number."],
    });
  const now = deps.now();

  const prepared = await client.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status" FROM "Order" WHERE "id" = ${order.id} FOR UPDATE`;
    if (locked?.status !== "pending")
      throw new CommerceError("CONFLICT", "This checkout is no longer open.");
    const fresh = (await tx.order.findUnique({ where: { id: order.id }, include: orderInclude }))!;
    const pricing = await priceCheckout(tx, fresh, now, {
      shippingRateId: input.shippingRateId ?? fresh.shippingRateId,
      lockDiscount: true,
    });
    if (!pricing.shippingRate) throw badRequest("Choose a shipping method.", "shippingRateId");
    if (fresh.discountCode && pricing.discountProblem)
      throw new CommerceError("CONFLICT", `${pricing.discountProblem} Remove it to continue.`, {
        code: [pricing.discountProblem],
      });
    await renewReservation(tx, fresh, now);
    await savePricing(tx, fresh, pricing);
    const attempt = fresh.paymentAttempts + 1;
    await tx.order.update({
      where: { id: fresh.id },
      data: {
        paymentAttempts: attempt,
        paymentProvider: pricing.totals.total === 0 ? "none" : provider.kind,
        reservedUntil: new Date(now.getTime() + RESERVATION_MS),
      },
    });
    return {
      total: pricing.totals.total,
      attempt,
      email: fresh.email!,
      itemCount: fresh.lines.reduce((s, l) => s + l.quantity, 0),
      payableUntil: new Date(now.getTime() + MIN_SESSION_LIFETIME_MS),
    };
  }, TX_OPTIONS);

  if (prepared.total === 0) {
    await markPaid(deps, order.id, {
      provider: "none",
      paymentRef: `free_${order.id}`,
      refundRef: "",
      amount: 0,
      currency: order.currency,
    });
    return { status: "paid", token };
  }

  let result: PaymentResult;
  try {
    result = await provider.startPayment({
      orderId: order.id,
      siteId: site.id,
      amount: prepared.total,
      currency: order.currency,
      email: prepared.email,
      description: `${site.name}: ${prepared.itemCount} ${prepared.itemCount === 1 ? "item" : "items"}`,
      idempotencyKey: `checkout-${order.id}-${prepared.attempt}`,
      returnUrl: urls.returnUrl,
      cancelUrl: urls.cancelUrl,
      expiresAt: prepared.payableUntil,
      card: input.card,
    });
  } catch (error) {
    deps.log.error({ err: error, orderId: order.id }, "payment provider failed");
    throw new CommerceError(
      "SERVICE_UNAVAILABLE",
      "We could not reach the payment provider. Nothing was charged; please try again.",
    );
  }
  if (result.status === "declined") {
    await audit(deps, {
      action: "order.payment_declined",
      siteId: site.id,
      target: order.id,
      data: { message: result.message },
    });
    throw new CommerceError("BAD_REQUEST", result.message, { "card.number": [result.message] });
  }
  if (result.status === "redirect") {
    await client.order.update({ where: { id: order.id }, data: { paymentRef: result.paymentRef } });
    return { status: "redirect", url: result.url };
  }
  await markPaid(deps, order.id, {
    provider: provider.kind,
    paymentRef: result.paymentRef,
    refundRef: result.refundRef,
    amount: result.amount,
    currency: result.currency,
  });
  return { status: "paid", token };
}

/** Holds the order's units again (for another 15 minutes), re-checking stock if the hold lapsed. */
async function renewReservation(tx: Tx, order: OrderWithLines, now: Date) {
  const quantities = new Map<string, number>();
  for (const line of order.lines)
    if (line.variantId)
      quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
  const variants = await lockVariants(tx, [...quantities.keys()]);
  const held = await heldQuantities(tx, [...quantities.keys()], now, order.id);
  const until = new Date(now.getTime() + RESERVATION_MS);
  for (const line of order.lines) {
    const variant = line.variantId ? variants.get(line.variantId) : undefined;
    if (!variant)
      throw soldOut(`Sorry, ${describe(line.title, line.variantTitle)} is no longer available.`);
    const left = sellable(variant, held.get(variant.id) ?? 0);
    if (left !== null && quantities.get(variant.id)! > left)
      throw soldOut(
        left === 0
          ? `Sorry, ${describe(line.title, line.variantTitle)} sold out while you were checking out.`
          : `Sorry, only ${left} of ${describe(line.title, line.variantTitle)} left.`,
      );
  }
  await tx.inventoryReservation.updateMany({
    where: { orderId: order.id, releasedAt: null },
    data: { releasedAt: now },
  });
  await tx.inventoryReservation.createMany({
    data: [...quantities]
      .filter(([variantId]) => sellable(variants.get(variantId)!, 0) !== null)
      .map(([variantId, quantity]) => ({
        orderId: order.id,
        variantId,
        quantity,
        expiresAt: until,
      })),
  });
}

export type PaymentConfirmation = {
  provider: string;
  paymentRef: string;
  /** What refunds go against (Stripe PaymentIntent, test charge). */
  refundRef: string;
  amount: number;
  currency: string;
};

export type MarkPaidResult = {
  /** False when the order was already past pending (a duplicate or late confirmation). */
  changed: boolean;
  status: string;
  /** The payment arrived for units that were gone (the hold lapsed): it was refunded. */
  refunded?: boolean;
};

export class PaymentMismatchError extends Error {
  override name = "PaymentMismatchError";
}

/**
 * Marks a pending order paid, in one transaction with the order locked: the stock is decremented
 * (never below zero), the hold released, the code's use counted, the number given and the cart
 * emptied. Idempotent: the gateway answer, the success redirect and the webhook may all call it,
 * in any order and at the same time; only the first changes anything, and nothing moves an order
 * backwards. A payment for an order that can no longer be filled is refunded.
 */
export async function markPaid(
  deps: Deps,
  orderId: string,
  payment: PaymentConfirmation,
  source = "gateway",
): Promise<MarkPaidResult> {
  const client = deps.db.prisma;
  const now = deps.now();
  const outcome = await client
    .$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ status: string; paidAt: Date | null }[]>`
      SELECT "status", "paidAt" FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
      if (!locked) throw notFound("No such order.");
      const order = (await tx.order.findUnique({ where: { id: orderId }, include: orderInclude }))!;
      if (locked.status !== "pending") {
        // Money for an order that was cancelled unpaid (expired, abandoned) goes back, once: the
        // first confirmation claims the refund by recording the payment on the locked order.
        const unwanted =
          locked.status === "cancelled" &&
          !locked.paidAt &&
          payment.amount > 0 &&
          order.paymentIntentRef !== payment.refundRef;
        if (unwanted)
          await tx.order.update({
            where: { id: order.id },
            data: { paymentRef: payment.paymentRef, paymentIntentRef: payment.refundRef },
          });
        return {
          changed: false,
          status: locked.status,
          refundUnwanted: unwanted,
          order,
          soldOut: false,
          emptied: [] as string[],
        };
      }
      if (payment.amount !== order.total || payment.currency !== order.currency)
        throw new PaymentMismatchError(
          `Payment of ${payment.amount} ${payment.currency} does not match order total ${order.total} ${order.currency}.`,
        );
      if (order.discountId)
        await tx.$executeRaw`UPDATE "Discount" SET "usedCount" = "usedCount" + 1, "updatedAt" = ${now} WHERE "id" = ${order.discountId}`;
      const quantities = new Map<string, number>();
      for (const line of order.lines)
        if (line.variantId)
          quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
      const variants = await lockVariants(tx, [...quantities.keys()]);
      const short = [...quantities].filter(([id, quantity]) => {
        const v = variants.get(id);
        return v !== undefined && v.trackStock && !v.allowBackorder && v.stock < quantity;
      });
      if (short.length > 0) {
        await tx.order.update({
          where: { id: order.id },
          data: {
            status: "cancelled",
            cancelledAt: now,
            cancelReason: "Sold out while the payment was being made; the payment was refunded.",
            paymentProvider: payment.provider,
            paymentRef: payment.paymentRef,
            paymentIntentRef: payment.refundRef,
          },
        });
        await tx.inventoryReservation.updateMany({
          where: { orderId: order.id, releasedAt: null },
          data: { releasedAt: now },
        });
        await audit(
          deps,
          {
            action: "order.cancelled",
            siteId: order.siteId,
            target: order.id,
            data: { reason: "sold out while paying", source },
          },
          tx,
        );
        return {
          changed: true,
          status: "cancelled",
          refundUnwanted: true,
          order,
          soldOut: true,
          emptied: [] as string[],
        };
      }
      const emptied: string[] = [];
      for (const [id, quantity] of quantities) {
        const v = variants.get(id);
        if (!v?.trackStock) continue;
        await tx.$executeRaw`UPDATE "ProductVariant" SET "stock" = "stock" - ${quantity}, "updatedAt" = ${now} WHERE "id" = ${id}`;
        if (v.stock - quantity <= 0 && !v.allowBackorder) emptied.push(id);
      }
      await tx.inventoryReservation.updateMany({
        where: { orderId: order.id, releasedAt: null },
        data: { releasedAt: now },
      });
      const [counter] = await tx.$queryRaw<{ number: number }[]>`
      INSERT INTO "StoreSettings" ("siteId", "currency", "nextOrderNumber", "updatedAt")
      VALUES (${order.siteId}, ${order.currency}, 1002, ${now})
      ON CONFLICT ("siteId") DO UPDATE SET "nextOrderNumber" = "StoreSettings"."nextOrderNumber" + 1
      RETURNING "nextOrderNumber" - 1 AS "number"`;
      await tx.order.update({
        where: { id: order.id },
        data: {
          status: "paid",
          paidAt: now,
          number: counter!.number,
          paymentProvider: payment.provider,
          paymentRef: payment.paymentRef,
          paymentIntentRef: payment.refundRef || null,
        },
      });
      if (order.cartId) await tx.cartLine.deleteMany({ where: { cartId: order.cartId } });
      if (order.cartId)
        await tx.cart.updateMany({ where: { id: order.cartId }, data: { discountCode: null } });
      await audit(
        deps,
        {
          action: "order.paid",
          siteId: order.siteId,
          target: order.id,
          data: {
            number: counter!.number,
            amount: payment.amount,
            currency: payment.currency,
            provider: payment.provider,
            source,
          },
        },
        tx,
      );
      return {
        changed: true,
        status: "paid",
        refundUnwanted: false,
        order: { ...order, number: counter!.number, paidAt: now },
        soldOut: false,
        emptied,
      };
    }, TX_OPTIONS)
    .catch(async (error: unknown) => {
      // Recorded after the rollback, so the merchant sees it in the order's history.
      if (error instanceof PaymentMismatchError) {
        const order = await client.order.findUnique({ where: { id: orderId } });
        await audit(deps, {
          action: "order.payment_mismatch",
          siteId: order?.siteId ?? null,
          target: orderId,
          data: {
            expected: order?.total ?? null,
            currency: order?.currency ?? null,
            got: payment.amount,
            gotCurrency: payment.currency,
            source,
          },
        });
      }
      throw error;
    });

  if (outcome.emptied.length > 0) deps.commerce.catalogChanged(outcome.order.siteId);
  if (outcome.refundUnwanted)
    await refundUnwantedPayment(deps, outcome.order, payment, outcome.soldOut);
  if (outcome.changed && outcome.status === "paid") {
    await sendOrderConfirmation(deps, outcome.order.id).catch((error: unknown) =>
      deps.log.error({ err: error, orderId }, "order confirmation mail failed"),
    );
  }
  return {
    changed: outcome.changed,
    status: outcome.status,
    ...(outcome.refundUnwanted ? { refunded: true } : {}),
  };
}

/** Gives back a payment we cannot fill, once (the refund's idempotency key is the payment's). */
async function refundUnwantedPayment(
  deps: Deps,
  order: OrderWithLines,
  payment: PaymentConfirmation,
  soldOut: boolean,
) {
  if (!payment.refundRef || payment.amount <= 0) return;
  try {
    const { refundId } = await deps.commerce.payments.refund({
      refundRef: payment.refundRef,
      amount: payment.amount,
      currency: payment.currency,
      idempotencyKey: `unwanted-${payment.paymentRef}`,
      reason: soldOut ? "sold out while paying" : "checkout was cancelled before payment",
    });
    await deps.db.prisma.refund.create({
      data: {
        orderId: order.id,
        amount: payment.amount,
        reason: soldOut ? "Sold out while paying" : "Paid after the checkout was cancelled",
        status: "succeeded",
        providerRef: refundId,
      },
    });
    await audit(deps, {
      action: "order.payment_refunded_automatically",
      siteId: order.siteId,
      target: order.id,
      data: { amount: payment.amount, refundId },
    });
  } catch (error) {
    deps.log.error({ err: error, orderId: order.id }, "automatic refund failed");
    await audit(deps, {
      action: "order.automatic_refund_failed",
      siteId: order.siteId,
      target: order.id,
      data: { amount: payment.amount },
    });
  }
}

/** The success redirect from a hosted payment page: ask the provider, then mark paid. */
export async function confirmReturn(
  deps: Deps,
  siteId: string,
  token: string,
  paymentRef: string,
): Promise<"paid" | "pending" | "cancelled"> {
  const order = await orderByToken(deps.db.prisma, siteId, token);
  if (!order) throw notFound("This order does not exist.");
  if (order.paidAt) return "paid";
  if (order.paymentRef !== paymentRef) throw badRequest("This payment is not for this order.");
  const lookup = await deps.commerce.payments.lookupPayment(paymentRef);
  if (lookup.status !== "paid" || (lookup.orderId && lookup.orderId !== order.id))
    return order.status === "cancelled" ? "cancelled" : "pending";
  const result = await markPaid(
    deps,
    order.id,
    {
      provider: deps.commerce.payments.kind,
      paymentRef,
      refundRef: lookup.refundRef,
      amount: lookup.amount,
      currency: lookup.currency,
    },
    "redirect",
  );
  return result.status === "paid" || (!result.changed && result.status !== "cancelled")
    ? "paid"
    : "cancelled";
}
