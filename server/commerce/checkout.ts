import { randomBytes } from "node:crypto";
import { z } from "zod";
import { audit } from "../audit.ts";
import type { AppDeps } from "../deps.ts";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { ZAddress, type Address } from "./address.ts";
import { readImages } from "./catalog.ts";
import { collectionIdsByProduct } from "./cart.ts";
import {
  checkDiscountUse,
  lookupDiscount,
  redeemDiscount,
  ZDiscountCode,
  type ApplicableDiscount,
} from "./discounts.ts";
import { badRequest, DomainError, notFound, said } from "../errors.ts";
import { soldOut, SoldOutError } from "./errors.ts";
import {
  heldQuantities,
  lockVariants,
  releaseEarlierCheckouts,
  releaseHold,
  sellable,
  type LockedVariant,
} from "./inventory.ts";
import { sendOrderConfirmation } from "./mail.ts";
import { assertStoreTakesPayments, paymentRequestExtras } from "./payment-accounts.ts";
import { recordOrderEvent } from "./order-events.ts";
import { formatMinor } from "../../domain/money.ts";
import {
  PAYMENT_PAGE_LIFETIME_MS,
  PaymentProviderError,
  type CardDetails,
  type PaymentLookup,
  type PaymentProvider,
  type PaymentResult,
} from "./payments/port.ts";
import {
  PAYMENT_METHODS,
  providerForMethod,
  providerOfKind,
  providerOfOrder,
  type PaymentMethod,
} from "./payment-methods.ts";
import { computeTotals, PricingError, type PricingLine, type Totals } from "./pricing.ts";
import { RESERVATION_MS } from "./service.ts";
import { shippingOptions, taxRateFor, type ShippingOption } from "./shipping.ts";
import { storeSettings } from "./store.ts";
import { TX_OPTIONS } from "./transactions.ts";

type Tx = Prisma.TransactionClient;
type Deps = Pick<
  AppDeps,
  "db" | "siteDocuments" | "now" | "commerce" | "mailer" | "log" | "config"
>;

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
    method: z.enum(PAYMENT_METHODS, { error: "Choose how to pay." }).optional(),
  })
  .strict();

export function cardDetails(card: z.infer<typeof ZCard>): CardDetails {
  const [month, year] = card.expiry.split("/").map((part) => part.trim());
  const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
  return { number: card.number, expMonth: Number(month), expYear: fullYear, cvc: card.cvc };
}

export const ZCheckoutDiscount = z.object({ code: ZDiscountCode }).strict();

const linesInclude = { lines: { orderBy: { id: "asc" as const } } } as const;
export type CheckoutWithLines = Prisma.CheckoutGetPayload<{ include: typeof linesInclude }>;
export type OrderWithLines = Prisma.OrderGetPayload<{ include: typeof linesInclude }>;

function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Starts checkout from a cart: snapshots each line at the current price and holds its units for
 * 15 minutes. Runs with the variants locked, so of many shoppers racing for the last units exactly
 * as many as there are units get through; the others get a sold-out answer and nothing is held.
 * A code the cart carries that can no longer be used (used up, expired) is left out, as Shopify
 * does, and the checkout page says why (`discountNotice`), so the higher total is never a surprise.
 */
export async function startCheckout(
  deps: Deps,
  siteId: string,
  cartId: string | undefined,
): Promise<{ checkoutId: string; orderId: string; token: string }> {
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
  if (!cart || lines.length === 0)
    throw badRequest(said("storefront.error.cartEmpty", "Your cart is empty."));
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
    await releaseEarlierCheckouts(tx, siteId, cart.id, now);
    const held = await heldQuantities(tx, [...variants.keys()], now);
    for (const line of lines) {
      const variant = variants.get(line.variantId);
      if (!variant) {
        const product = line.variant.product.title;
        throw soldOut(
          said("storefront.error.sorryGone", `${product} is no longer available.`, { product }),
        );
      }
      const left = sellable(variant, held.get(variant.id) ?? 0);
      if (left !== null && line.quantity > left)
        throw soldOutOf(describe(line.variant.product.title, line.variant.title), left);
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
    const checkout = await tx.checkout.create({
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
        discountNotice: discount && !discount.ok ? codeLeftOut(discount.problem) : null,
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
          checkoutId: checkout.id,
          variantId: l.variantId,
          quantity: l.quantity,
          expiresAt: reservedUntil,
        })),
    });
    // `orderId`: the order this checkout becomes once paid keeps its id (decision 0014).
    return { checkoutId: checkout.id, orderId: checkout.id, token: checkout.token };
  }, TX_OPTIONS);
}

function codeLeftOut(problem: string): string {
  return `${problem} It was removed from this checkout, so the total is without it.`;
}

/** Not enough units of `product` for the checkout: none left, or only `left`. */
function soldOutOf(product: string, left: number, when?: "while checking out") {
  return soldOut(
    left === 0
      ? when
        ? said(
            "storefront.error.soldOutWhileChecking",
            `Sorry, ${product} sold out while you were checking out.`,
            { product },
          )
        : said("storefront.error.sorrySoldOut", `Sorry, ${product} is sold out.`, { product })
      : said("storefront.error.sorryOnlyLeft", `Sorry, only ${left} of ${product} left.`, {
          count: left,
          product,
        }),
  );
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

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/** The checkout behind a shopper's checkout or confirmation address. */
export async function checkoutByToken(
  client: Pick<PrismaClient, "checkout">,
  siteId: string,
  token: string,
): Promise<CheckoutWithLines | null> {
  if (!TOKEN.test(token)) return null;
  return client.checkout.findFirst({ where: { siteId, token }, include: linesInclude });
}

/** The order a checkout became (it keeps the checkout's token), if it became one. */
export async function orderByToken(
  client: Pick<PrismaClient, "order">,
  siteId: string,
  token: string,
): Promise<OrderWithLines | null> {
  if (!TOKEN.test(token)) return null;
  return client.order.findFirst({ where: { siteId, token }, include: linesInclude });
}

async function openCheckout(client: Pick<PrismaClient, "checkout">, siteId: string, token: string) {
  return openOrThrow(await checkoutByToken(client, siteId, token));
}

/** The checkout if it is open; otherwise why the shopper cannot go on with it. */
function openOrThrow(order: CheckoutWithLines | null): CheckoutWithLines {
  if (!order) throw notFound("This checkout does not exist. Start again from your cart.");
  if (order.status === "completed")
    throw new DomainError("CONFLICT", "This order is already paid.");
  if (order.status === "expired" || order.status === "cancelled")
    throw new DomainError("CONFLICT", "This checkout was cancelled. Start again from your cart.");
  // A delayed method (SEPA, ACH) is being settled: a second Pay could take the money twice, and a
  // new address or code would change a total the bank is already paying.
  if (order.status === "processing")
    throw new DomainError(
      "CONFLICT",
      "Your bank is processing your payment for this order. We will email you once it is through.",
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

/** A checkout's totals from its snapshot prices, its address, shipping choice and code. */
export async function priceCheckout(
  client: Tx | PrismaClient,
  order: CheckoutWithLines,
  now: Date,
  choice: {
    shippingRateId?: string | null;
    discountCode?: string | null;
    lockDiscount?: boolean;
  } = {},
): Promise<CheckoutPricing> {
  const money = (minor: number) => formatMinor(minor, order.currency, "en-US");
  const code = choice.discountCode === undefined ? order.discountCode : choice.discountCode;
  let discount: ApplicableDiscount | null = null;
  let discountProblem: string | null = null;
  if (code) {
    const lookup = await lookupDiscount(client, order.siteId, code, now, {
      email: order.email,
      excludeCheckoutId: order.id,
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
  order: CheckoutWithLines,
  pricing: CheckoutPricing,
  more: Prisma.CheckoutUpdateInput = {},
) {
  await client.checkout.update({
    where: { id: order.id },
    data: { ...totalsData(pricing), ...more },
  });
  for (const line of pricing.totals.lines)
    await client.checkoutLine.update({
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
  refuseWhilePaying(deps, order);
  const updated = { ...order, email: input.email, shippingAddress: input.address };
  const pricing = await priceCheckout(client, updated, deps.now());
  if (pricing.shippingOptions?.length === 0)
    throw new DomainError(
      "BAD_REQUEST",
      said("storefront.error.noShipping", "We do not ship to this country yet."),
      {
        "address.country": [
          said("storefront.error.noShipping", "We do not ship to this country yet."),
        ],
      },
    );
  await client.checkout.update({
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
  refuseWhilePaying(deps, order);
  const pricing = await priceCheckout(client, order, deps.now(), { discountCode: code });
  if (code && pricing.discountProblem) throw badRequest(pricing.discountProblem, "code");
  // The shopper has chosen the code (or none) here: the word about the cart's one has done its job.
  await savePricing(client, order, pricing, { discountNotice: null });
}

export type PayOutcome = { status: "paid"; token: string } | { status: "redirect"; url: string };

/**
 * Takes the payment, one charge per checkout however often Pay is pressed. First, in one
 * transaction with the order locked: the totals are recomputed from the server's data, the code's
 * limits re-checked, the stock hold renewed (re-reserved if it expired, which may now be sold out)
 * and the payment attempt claimed. A Pay that finds an attempt in flight joins it instead: it
 * sends the provider the very same request under the same idempotency key
 * (`checkout-<order>-<attempt>`), so the provider answers with the same charge or page, also
 * after a crash between the charge and recording it. Then, outside any transaction, a page an
 * earlier attempt opened is closed, the provider is asked, and its answer recorded.
 */
export async function payCheckout(
  deps: Deps,
  site: { id: string; name: string },
  token: string,
  input: { shippingRateId?: string; card?: CardDetails; method?: PaymentMethod },
  urls: { returnUrl: string; cancelUrl: string },
): Promise<PayOutcome> {
  const client = deps.db.prisma;
  const existing = await checkoutByToken(client, site.id, token);
  if (existing?.status === "completed") return { status: "paid", token };
  const order = openOrThrow(existing);
  if (!order.email || !ZAddress.safeParse(order.shippingAddress ?? undefined).success)
    throw badRequest(
      said("storefront.error.enterAddressFirst", "Enter your email and shipping address first."),
    );
  const provider = await providerForMethod(deps, site.id, input.method);
  // A store's own Stripe account must be able to take charges; PayPal has its own connection.
  if (provider.kind !== "paypal") await assertStoreTakesPayments(deps, site.id);
  if (provider.collectsCard && !input.card)
    throw new DomainError(
      "BAD_REQUEST",
      said("storefront.error.enterCard", "Enter your card details."),
      { "card.number": [said("storefront.error.enterCardNumber", "Enter your card number.")] },
    );
  const now = deps.now();

  const preparing = client.$transaction(async (tx) => {
    const fresh = await lockCheckout(tx, order.id);
    if (fresh.status === "completed") return null;
    if (attemptInFlight(fresh, providerOfKind(deps, fresh.paymentProvider), now)) {
      // Joining sends the very same request: to the provider the attempt went to, only.
      if (fresh.paymentProvider !== provider.kind) throw paymentInProgress();
      return joinAttempt(fresh, input.shippingRateId);
    }
    const pricing = await priceCheckout(tx, fresh, now, {
      shippingRateId: input.shippingRateId ?? fresh.shippingRateId,
      lockDiscount: true,
    });
    if (!pricing.shippingRate)
      throw badRequest(
        said("storefront.error.chooseShipping", "Choose a shipping method."),
        "shippingRateId",
      );
    if (fresh.discountCode && pricing.discountProblem)
      throw new DomainError("CONFLICT", `${pricing.discountProblem} Remove it to continue.`, {
        code: [pricing.discountProblem],
      });
    await renewReservation(tx, fresh, now);
    await savePricing(tx, fresh, pricing);
    return claimForPayment(tx, fresh, pricing.totals.total, provider, now);
  }, TX_OPTIONS);
  const claim = await preparing.catch(releaseWhenSoldOut(client, order.id, now));
  if (!claim) return { status: "paid", token };

  if (claim.total === 0) {
    await markPaid(deps, order.id, {
      provider: "none",
      paymentRef: `free_${order.id}`,
      refundRef: "",
      amount: 0,
      currency: order.currency,
    });
    return { status: "paid", token };
  }
  if (
    claim.earlierPage &&
    (await closeEarlierPage(deps, order, claim.earlierPage, claim.earlierProvider)) === "paid"
  )
    return { status: "paid", token };

  let result: PaymentResult;
  try {
    result = await provider.startPayment({
      orderId: order.id,
      siteId: site.id,
      amount: claim.total,
      currency: order.currency,
      email: claim.email,
      description: `${site.name}: ${claim.itemCount} ${claim.itemCount === 1 ? "item" : "items"}`,
      idempotencyKey: `checkout-${order.id}-${claim.attempt}`,
      returnUrl: urls.returnUrl,
      cancelUrl: urls.cancelUrl,
      expiresAt: claim.payableUntil,
      card: input.card,
      ...(await paymentRequestExtras(deps, order.id, provider.kind)),
    });
  } catch (error) {
    // The attempt stays claimed: whether or not the provider charged, the next Pay joins it.
    deps.log.error({ err: error, orderId: order.id }, "payment provider failed");
    throw providerUnreachable();
  }
  if (result.status === "declined") {
    if (await endAttempt(client, order.id, claim.attempt))
      await audit(deps, {
        action: "order.payment_declined",
        siteId: site.id,
        target: order.id,
        data: { message: result.message },
      });
    throw new DomainError("BAD_REQUEST", result.message, { "card.number": [result.message] });
  }
  if (result.status === "redirect") {
    await recordPaymentPage(deps, provider, order.id, claim.attempt, result.paymentRef);
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

/**
 * How long a hosted payment page attempt (Stripe Checkout) may go unanswered before another Pay
 * starts a new one: longer than the provider call with its retries. An attempt at a gateway that
 * charges at once is never given up, since it may have charged: every later Pay joins it.
 */
const PAYMENT_CLAIM_MS = 2 * 60 * 1000;

/** One payment attempt, as every request taking part in it sends it to the provider. */
type PaymentClaim = {
  attempt: number;
  total: number;
  email: string;
  itemCount: number;
  /** Derived from when the attempt was claimed, so a joining request sends identical data. */
  payableUntil: Date;
  /** A hosted payment page an earlier attempt opened: closed before another is opened. */
  earlierPage: string | null;
  /** The provider of that page (the shopper may have chosen another method since). */
  earlierProvider: string | null;
};

/**
 * The checkout-locking step: its row is locked for the rest of the transaction, so payments and
 * confirmations of one checkout queue here. Completed ones are returned; ended ones refused.
 */
async function lockCheckout(tx: Tx, checkoutId: string): Promise<CheckoutWithLines> {
  await tx.$queryRaw`SELECT "id" FROM "Checkout" WHERE "id" = ${checkoutId} FOR UPDATE`;
  const order = await tx.checkout.findUnique({ where: { id: checkoutId }, include: linesInclude });
  if (!order) throw notFound("This checkout does not exist. Start again from your cart.");
  if (order.status !== "open" && order.status !== "completed")
    throw new DomainError("CONFLICT", "This checkout is no longer open.");
  return order;
}

/**
 * Whether the order's current payment attempt is still waiting for the provider's answer, so a
 * Pay must join it rather than start another. A gateway that charges at once (it collects the
 * card) may have charged: its attempt is joined however old. A hosted page attempt is given up
 * after PAYMENT_CLAIM_MS; a page it may have opened can only be paid into the automatic refund of
 * a second payment (`markPaid`).
 */
export function attemptInFlight(
  order: Pick<CheckoutWithLines, "paymentClaimedAt">,
  provider: PaymentProvider,
  now: Date,
): boolean {
  if (!order.paymentClaimedAt) return false;
  return (
    provider.collectsCard || now.getTime() - order.paymentClaimedAt.getTime() < PAYMENT_CLAIM_MS
  );
}

/** The attempt another request started (or a crash left unanswered), unchanged. */
function joinAttempt(order: CheckoutWithLines, shippingRateId: string | undefined): PaymentClaim {
  if (shippingRateId !== undefined && shippingRateId !== order.shippingRateId)
    throw paymentInProgress();
  return claimOf(order, order.paymentClaimedAt!);
}

/** Starts attempt n+1 for the totals just saved. */
async function claimForPayment(
  tx: Tx,
  order: CheckoutWithLines,
  total: number,
  provider: PaymentProvider,
  now: Date,
): Promise<PaymentClaim> {
  const attempt = order.paymentAttempts + 1;
  await tx.checkout.update({
    where: { id: order.id },
    data: {
      paymentAttempts: attempt,
      paymentClaimedAt: now,
      paymentProvider: total === 0 ? "none" : provider.kind,
      reservedUntil: new Date(now.getTime() + RESERVATION_MS),
    },
  });
  return claimOf({ ...order, total, paymentAttempts: attempt }, now);
}

function claimOf(order: CheckoutWithLines, claimedAt: Date): PaymentClaim {
  return {
    attempt: order.paymentAttempts,
    total: order.total,
    email: order.email!,
    itemCount: order.lines.reduce((s, l) => s + l.quantity, 0),
    payableUntil: new Date(claimedAt.getTime() + PAYMENT_PAGE_LIFETIME_MS),
    earlierPage: order.paymentRef,
    earlierProvider: order.paymentProvider,
  };
}

/** Records that attempt n was answered, once: false when it was already, or was given up. */
async function endAttempt(
  client: PrismaClient,
  orderId: string,
  attempt: number,
  data: Prisma.CheckoutUpdateManyMutationInput = {},
): Promise<boolean> {
  const { count } = await client.checkout.updateMany({
    where: {
      id: orderId,
      status: "open",
      paymentAttempts: attempt,
      paymentClaimedAt: { not: null },
    },
    data: { ...data, paymentClaimedAt: null },
  });
  return count === 1;
}

/**
 * Remembers the hosted payment page attempt n opened. A page opened for an attempt that was given
 * up or a checkout cancelled meanwhile is closed at once, so it can never be paid.
 */
async function recordPaymentPage(
  deps: Deps,
  provider: PaymentProvider,
  orderId: string,
  attempt: number,
  paymentRef: string,
) {
  if (await endAttempt(deps.db.prisma, orderId, attempt, { paymentRef })) return;
  const order = await deps.db.prisma.checkout.findUnique({ where: { id: orderId } });
  if (order?.status === "open" && order.paymentRef === paymentRef) return; // a joined request
  await provider
    .cancelPayment(paymentRef, `expire-${paymentRef}`)
    .catch((error: unknown) =>
      deps.log.warn({ err: error, orderId }, "could not close a superseded payment page"),
    );
  throw new DomainError(
    "CONFLICT",
    order?.status === "open"
      ? "This checkout changed while the payment page was opening. Please press Pay again."
      : "This checkout is no longer open.",
  );
}

/**
 * Closes the payment page an earlier attempt opened, so at most one page of a checkout can be
 * paid. If the shopper paid it meanwhile (its webhook not yet here), that payment is the order's.
 */
async function closeEarlierPage(
  deps: Deps,
  order: { id: string; siteId: string },
  paymentRef: string,
  kind: string | null,
): Promise<"closed" | "paid"> {
  const orderId = order.id;
  const provider = await providerOfOrder(deps, { siteId: order.siteId, paymentProvider: kind });
  let page: PaymentLookup;
  try {
    await provider.cancelPayment(paymentRef, `expire-${paymentRef}`);
    page = await provider.lookupPayment(paymentRef);
  } catch (error) {
    deps.log.error({ err: error, orderId }, "could not close the earlier payment page");
    throw providerUnreachable();
  }
  if (page.status !== "paid") {
    if (page.status === "expired") return "closed";
    throw providerUnreachable();
  }
  try {
    await markPaid(deps, orderId, {
      provider: provider.kind,
      paymentRef,
      refundRef: page.refundRef,
      amount: page.amount,
      currency: page.currency,
    });
  } catch (error) {
    if (!(error instanceof PaymentMismatchError)) throw error;
    throw new DomainError(
      "CONFLICT",
      "Your earlier payment for this checkout went through for a different amount. The shop will contact you; nothing more was charged.",
    );
  }
  return "paid";
}

/** Refuses to change a checkout while a payment of it awaits the provider's answer. */
function refuseWhilePaying(
  deps: Deps,
  order: Pick<CheckoutWithLines, "paymentClaimedAt" | "paymentProvider">,
) {
  if (attemptInFlight(order, providerOfKind(deps, order.paymentProvider), deps.now()))
    throw paymentInProgress();
}

function paymentInProgress(): DomainError {
  return new DomainError(
    "CONFLICT",
    "Your payment is being processed. Reload the page in a moment to see the result.",
  );
}

function providerUnreachable(): DomainError {
  return new DomainError(
    "SERVICE_UNAVAILABLE",
    "We could not reach the payment provider. Please try again: you will not be charged twice.",
  );
}

/**
 * A payment refused because something sold out since the hold lapsed: the checkout cannot go on
 * as it is, so the units it still holds go back on sale now, not in 15 minutes.
 */
function releaseWhenSoldOut(client: PrismaClient, orderId: string, now: Date) {
  return async (error: unknown): Promise<never> => {
    if (error instanceof SoldOutError) await releaseHold(client, orderId, now);
    throw error;
  };
}

/** Holds the checkout's units again (another 15 minutes), re-checking stock if the hold lapsed. */
async function renewReservation(tx: Tx, order: CheckoutWithLines, now: Date) {
  const quantities = unitsByVariant(order);
  const variants = await lockVariants(tx, [...quantities.keys()]);
  const held = await heldQuantities(tx, [...quantities.keys()], now, order.id);
  const until = new Date(now.getTime() + RESERVATION_MS);
  for (const line of order.lines) {
    const variant = line.variantId ? variants.get(line.variantId) : undefined;
    if (!variant) {
      const product = describe(line.title, line.variantTitle);
      throw soldOut(
        said("storefront.error.sorryGone", `Sorry, ${product} is no longer available.`, {
          product,
        }),
      );
    }
    const left = sellable(variant, held.get(variant.id) ?? 0);
    if (left !== null && quantities.get(variant.id)! > left)
      throw soldOutOf(describe(line.title, line.variantTitle), left, "while checking out");
  }
  await releaseHold(tx, order.id, now);
  await tx.inventoryReservation.createMany({
    data: [...quantities]
      .filter(([variantId]) => sellable(variants.get(variantId)!, 0) !== null)
      .map(([variantId, quantity]) => ({
        checkoutId: order.id,
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
 * Turns a paid checkout into an order, in one transaction with the checkout locked, as named
 * steps: `lockCheckoutForPayment`, `answerEndedCheckout` (a late or second confirmation),
 * `checkAmount`, `checkFillable` (the code's use, then the variants, under their locks),
 * `cancelUnfillable`, `takeStock`, `assignOrderNumber`, `createOrder` (the order and its lines),
 * `redeemDiscount`, `releaseHold` (the held units are now stock taken), `recordPayment` (a
 * `Payment` row and the timeline), `completeCheckout`, `emptyCart` and the audit entry.
 * Idempotent: the gateway answer, the success redirect and the webhook may all call it, in any
 * order and at the same time; only the first changes anything, and nothing moves backwards. A
 * payment for a checkout that can no longer be filled is refunded after the commit.
 */
export async function markPaid(
  deps: Deps,
  checkoutId: string,
  payment: PaymentConfirmation,
  source = "gateway",
): Promise<MarkPaidResult> {
  const client = deps.db.prisma;
  const now = deps.now();
  const outcome = await client
    .$transaction(async (tx): Promise<PaymentOutcome> => {
      const { checkout, order: existing } = await lockCheckoutForPayment(tx, checkoutId);
      if (checkout.status !== "open" && checkout.status !== "processing")
        return answerEndedCheckout(tx, checkout, existing, payment, now);
      checkAmount(checkout, payment);
      const fill = await checkFillable(tx, checkout);
      if (!fill.ok) return cancelUnfillable(deps, tx, checkout, payment, fill, { now, source });
      const emptied = await takeStock(tx, fill.units, fill.variants, now);
      const number = await assignOrderNumber(tx, checkout, now);
      const order = await createOrder(tx, checkout, payment, {
        status: "paid",
        number,
        paidAt: now,
      });
      await redeemDiscount(tx, order, now);
      await releaseHold(tx, checkout.id, now);
      await recordPayment(tx, checkout, order, payment, now);
      await completeCheckout(tx, checkout, order, payment, now);
      await emptyCart(tx, checkout);
      await audit(
        deps,
        {
          action: "order.paid",
          siteId: order.siteId,
          target: order.id,
          data: {
            number,
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
        order,
        why: "cancelled",
        emptied,
      };
    }, TX_OPTIONS)
    .catch(async (error: unknown) => {
      // Recorded after the rollback, so the merchant sees it in the checkout's history.
      if (error instanceof PaymentMismatchError) {
        const checkout = await client.checkout.findUnique({ where: { id: checkoutId } });
        await audit(deps, {
          action: "order.payment_mismatch",
          siteId: checkout?.siteId ?? null,
          target: checkoutId,
          data: {
            expected: checkout?.total ?? null,
            currency: checkout?.currency ?? null,
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
    await refundUnwantedPayment(deps, outcome.order, payment, outcome.why);
  if (outcome.changed && outcome.status === "paid") {
    await sendOrderConfirmation(deps, outcome.order.id).catch((error: unknown) =>
      deps.log.error({ err: error, orderId: outcome.order.id }, "order confirmation mail failed"),
    );
  }
  return {
    changed: outcome.changed,
    status: outcome.status,
    ...(outcome.refundUnwanted ? { refunded: true } : {}),
  };
}

/** What one confirmation did to its checkout, and what is left to do after the commit. */
type PaymentOutcome = {
  changed: boolean;
  status: string;
  /** The payment goes back (`why`): the checkout cannot be filled, or it was paid already. */
  refundUnwanted: boolean;
  why: UnwantedPayment;
  /** The order the payment is recorded on (the paid one, or a cancelled one keeping the record). */
  order: { id: string; siteId: string };
  /** Variants this sale sold out: the storefront shows them as such at once. */
  emptied: string[];
};

/** The checkout, locked for the rest of the transaction, and the order it became if any. */
async function lockCheckoutForPayment(tx: Tx, checkoutId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Checkout" WHERE "id" = ${checkoutId} FOR UPDATE`;
  if (!locked) throw notFound("No such checkout.");
  const checkout = (await tx.checkout.findUnique({
    where: { id: checkoutId },
    include: linesInclude,
  }))!;
  const order = checkout.orderId
    ? await tx.order.findUnique({ where: { id: checkout.orderId } })
    : null;
  return { checkout, order };
}

/**
 * A confirmation for a checkout no longer open changes nothing but may bring money to give back:
 * for a checkout that ended unpaid (expired, cancelled), once (the first confirmation of that
 * payment records it on a cancelled order, created for the record if there is none); or a second
 * payment on top of the order's own (two payment pages both paid).
 */
async function answerEndedCheckout(
  tx: Tx,
  checkout: CheckoutWithLines,
  order: { id: string; siteId: string; paymentIntentRef: string | null } | null,
  payment: PaymentConfirmation,
  now: Date,
): Promise<PaymentOutcome> {
  const completed = checkout.status === "completed";
  const money = payment.amount > 0 && !!payment.refundRef;
  let recordedOn = order ?? { id: checkout.id, siteId: checkout.siteId };
  let unwanted = false;
  if (!completed && money && order?.paymentIntentRef !== payment.refundRef) {
    unwanted = true;
    if (order)
      await tx.order.update({
        where: { id: order.id },
        data: { paymentRef: payment.paymentRef, paymentIntentRef: payment.refundRef },
      });
    else {
      recordedOn = await createOrder(tx, checkout, payment, {
        status: "cancelled",
        cancelledAt: checkout.cancelledAt ?? now,
        cancelReason: checkout.cancelReason,
      });
      await tx.checkout.update({ where: { id: checkout.id }, data: { orderId: recordedOn.id } });
    }
  }
  const paidTwice = completed && money && order?.paymentIntentRef !== payment.refundRef;
  if (unwanted || paidTwice) await recordUnwantedPayment(tx, recordedOn, checkout, payment);
  return {
    changed: false,
    status: completed ? "paid" : "cancelled",
    refundUnwanted: unwanted || paidTwice,
    order: recordedOn,
    why: paidTwice ? "paid twice" : "cancelled",
    emptied: [],
  };
}

/** The provider must have taken exactly the checkout's total, in its currency. */
function checkAmount(checkout: CheckoutWithLines, payment: PaymentConfirmation): void {
  if (payment.amount !== checkout.total || payment.currency !== checkout.currency)
    throw new PaymentMismatchError(
      `Payment of ${payment.amount} ${payment.currency} does not match order total ${checkout.total} ${checkout.currency}.`,
    );
}

/** How many units of each variant the checkout takes. */
function unitsByVariant(checkout: CheckoutWithLines): Map<string, number> {
  const units = new Map<string, number>();
  for (const line of checkout.lines)
    if (line.variantId) units.set(line.variantId, (units.get(line.variantId) ?? 0) + line.quantity);
  return units;
}

type Fillable =
  | { ok: true; units: Map<string, number>; variants: Map<string, LockedVariant> }
  | { ok: false; why: "sold out" | "code used up"; problem: string };

/**
 * Whether the checkout can still be filled: its code has a use left for this customer (under the
 * code's row lock) and the units are in stock (under the variants' locks, taken in that order
 * everywhere). The hold may have lapsed while the shopper paid.
 */
async function checkFillable(tx: Tx, checkout: CheckoutWithLines): Promise<Fillable> {
  const discountUse = await checkDiscountUse(tx, checkout);
  const units = unitsByVariant(checkout);
  const variants = await lockVariants(tx, [...units.keys()]);
  const short = [...units].some(([id, quantity]) => {
    const v = variants.get(id);
    return v !== undefined && v.trackStock && !v.allowBackorder && v.stock < quantity;
  });
  if (short)
    return {
      ok: false,
      why: "sold out",
      problem: "Sold out while the payment was being made; the payment was refunded.",
    };
  if (!discountUse.ok) return { ok: false, why: "code used up", problem: discountUse.problem };
  return { ok: true, units, variants };
}

/**
 * A checkout paid for but no longer fillable is cancelled; the payment is kept on a cancelled
 * order (money was taken, so the merchant has a record of it) to refund it after the commit.
 */
async function cancelUnfillable(
  deps: Deps,
  tx: Tx,
  checkout: CheckoutWithLines,
  payment: PaymentConfirmation,
  fill: { why: "sold out" | "code used up"; problem: string },
  at: { now: Date; source: string },
): Promise<PaymentOutcome> {
  const order = await createOrder(tx, checkout, payment, {
    status: "cancelled",
    cancelledAt: at.now,
    cancelReason: fill.problem,
  });
  await recordUnwantedPayment(tx, order, checkout, payment);
  await tx.checkout.update({
    where: { id: checkout.id },
    data: {
      status: "cancelled",
      cancelledAt: at.now,
      cancelReason: fill.problem,
      orderId: order.id,
      paymentClaimedAt: null,
      paymentProvider: payment.provider,
      paymentRef: payment.paymentRef,
      paymentIntentRef: payment.refundRef || null,
    },
  });
  await releaseHold(tx, checkout.id, at.now);
  await recordOrderEvent(tx, {
    orderId: order.id,
    kind: "order.cancelled",
    message: `Checkout cancelled: ${fill.problem}`,
    data: { why: fill.why },
    at: at.now,
  });
  await audit(
    deps,
    {
      action: "order.cancelled",
      siteId: checkout.siteId,
      target: order.id,
      data: { reason: `${fill.why} while paying`, source: at.source },
    },
    tx,
  );
  return {
    changed: true,
    status: "cancelled",
    refundUnwanted: true,
    order,
    why: fill.why,
    emptied: [],
  };
}

/** Takes the sold units off tracked stock; returns the variants this sale sold out. */
async function takeStock(
  tx: Tx,
  units: Map<string, number>,
  variants: Map<string, LockedVariant>,
  now: Date,
): Promise<string[]> {
  const emptied: string[] = [];
  for (const [id, quantity] of units) {
    const v = variants.get(id);
    if (!v?.trackStock) continue;
    await tx.$executeRaw`UPDATE "ProductVariant" SET "stock" = "stock" - ${quantity}, "updatedAt" = ${now} WHERE "id" = ${id}`;
    if (v.stock - quantity <= 0 && !v.allowBackorder) emptied.push(id);
  }
  return emptied;
}

/** The shop's next order number (the first is 1001), counted on its settings row. */
async function assignOrderNumber(
  tx: Tx,
  checkout: { siteId: string; currency: string },
  now: Date,
): Promise<number> {
  const [counter] = await tx.$queryRaw<{ number: number }[]>`
    INSERT INTO "StoreSettings" ("siteId", "currency", "nextOrderNumber", "updatedAt")
    VALUES (${checkout.siteId}, ${checkout.currency}, 1002, ${now})
    ON CONFLICT ("siteId") DO UPDATE SET "nextOrderNumber" = "StoreSettings"."nextOrderNumber" + 1
    RETURNING "nextOrderNumber" - 1 AS "number"`;
  return counter!.number;
}

/**
 * The order a checkout becomes, with its lines: the same id, token and line ids, so what the
 * provider was told (the checkout's id) and the shopper's address lead to it. Paid, or cancelled
 * when it only records a payment given back.
 */
async function createOrder(
  tx: Tx,
  checkout: CheckoutWithLines,
  payment: PaymentConfirmation,
  state:
    | { status: "paid"; number: number; paidAt: Date }
    | { status: "cancelled"; cancelledAt: Date; cancelReason: string | null },
) {
  // The lines in one INSERT (not one per line, as a nested create writes them).
  const order = await tx.order.create({
    data: {
      id: checkout.id,
      siteId: checkout.siteId,
      token: checkout.token,
      ...(state.status === "paid"
        ? { status: "paid", paymentStatus: "paid", number: state.number, paidAt: state.paidAt }
        : {
            status: "cancelled",
            paymentStatus: "voided",
            fulfilmentStatus: "cancelled",
            cancelledAt: state.cancelledAt,
            cancelReason: state.cancelReason,
          }),
      email: checkout.email,
      customerName: checkout.customerName,
      shippingAddress: (checkout.shippingAddress as Prisma.InputJsonValue | null) ?? Prisma.DbNull,
      shippingRateId: checkout.shippingRateId,
      shippingRateName: checkout.shippingRateName,
      currency: checkout.currency,
      taxesIncluded: checkout.taxesIncluded,
      subtotal: checkout.subtotal,
      discountTotal: checkout.discountTotal,
      shippingTotal: checkout.shippingTotal,
      taxTotal: checkout.taxTotal,
      total: checkout.total,
      discountId: checkout.discountId,
      discountCode: checkout.discountCode,
      paymentProvider: payment.provider,
      paymentRef: payment.paymentRef,
      paymentIntentRef: payment.refundRef || null,
      createdAt: checkout.createdAt,
    },
  });
  if (checkout.lines.length > 0)
    await tx.orderLine.createMany({
      data: checkout.lines.map((l) => ({
        id: l.id,
        orderId: order.id,
        productId: l.productId,
        variantId: l.variantId,
        title: l.title,
        variantTitle: l.variantTitle,
        sku: l.sku,
        handle: l.handle,
        image: (l.image as Prisma.InputJsonValue | null) ?? Prisma.DbNull,
        unitPrice: l.unitPrice,
        quantity: l.quantity,
        discount: l.discount,
        tax: l.tax,
        weightGrams: l.weightGrams,
      })),
    });
  return order;
}

/**
 * The order's payment: a `Payment` row and the timeline's first events (a delayed payment's
 * processing, when it was one, then the payment).
 */
async function recordPayment(
  tx: Tx,
  checkout: CheckoutWithLines,
  order: { id: string },
  payment: PaymentConfirmation,
  now: Date,
): Promise<void> {
  await tx.payment.create({
    data: {
      orderId: order.id,
      provider: payment.provider,
      providerRef: payment.paymentRef,
      refundRef: payment.refundRef || null,
      amount: payment.amount,
      currency: payment.currency,
      status: "succeeded",
      attempt: checkout.paymentAttempts,
      createdAt: now,
    },
  });
  if (checkout.processingSince)
    await recordOrderEvent(tx, {
      orderId: order.id,
      kind: "payment.processing",
      message: `Payment of ${formatMinor(checkout.total, checkout.currency, "en-US")} processing: the shopper's bank confirms it within days`,
      data: {
        amount: checkout.total,
        currency: checkout.currency,
        paymentRef: checkout.paymentRef,
      },
      at: checkout.processingSince,
    });
  await recordOrderEvent(tx, {
    orderId: order.id,
    kind: "payment.paid",
    message: `Payment of ${formatMinor(payment.amount, payment.currency, "en-US")} received${payment.provider === "none" ? " (nothing to pay)" : ` through ${PROVIDER_NAMES[payment.provider] ?? payment.provider}`}`,
    data: {
      amount: payment.amount,
      currency: payment.currency,
      provider: payment.provider,
      paymentRef: payment.paymentRef,
    },
    at: now,
  });
}

/** The checkout is done: completed, naming its order; its payment claim is answered. */
async function completeCheckout(
  tx: Tx,
  checkout: CheckoutWithLines,
  order: { id: string },
  payment: PaymentConfirmation,
  now: Date,
): Promise<void> {
  await tx.checkout.update({
    where: { id: checkout.id },
    data: {
      status: "completed",
      completedAt: now,
      orderId: order.id,
      paymentClaimedAt: null,
      paymentProvider: payment.provider,
      paymentRef: payment.paymentRef,
      paymentIntentRef: payment.refundRef || null,
    },
  });
}

const PROVIDER_NAMES: Record<string, string> = {
  test: "the test gateway",
  stripe: "Stripe",
  paypal: "PayPal",
};

/**
 * A payment the order does not keep (it came after the checkout ended, for units gone, or on top
 * of the order's own) is recorded once, as given back: its refund follows the commit.
 */
async function recordUnwantedPayment(
  tx: Tx,
  order: { id: string },
  checkout: { paymentAttempts: number },
  payment: PaymentConfirmation,
): Promise<void> {
  if (!payment.refundRef || payment.amount <= 0) return;
  const known = await tx.payment.findFirst({
    where: { orderId: order.id, refundRef: payment.refundRef },
  });
  if (known) return;
  await tx.payment.create({
    data: {
      orderId: order.id,
      provider: payment.provider,
      providerRef: payment.paymentRef,
      refundRef: payment.refundRef,
      amount: payment.amount,
      currency: payment.currency,
      status: "refunded",
      attempt: checkout.paymentAttempts,
    },
  });
}

/** The shopper's cart is bought: its lines and code go. */
async function emptyCart(tx: Tx, checkout: CheckoutWithLines): Promise<void> {
  if (!checkout.cartId) return;
  await tx.cartLine.deleteMany({ where: { cartId: checkout.cartId } });
  await tx.cart.updateMany({ where: { id: checkout.cartId }, data: { discountCode: null } });
}

/** Why a payment is given back: for the provider's record, and the merchant's. */
type UnwantedPayment = "sold out" | "code used up" | "cancelled" | "paid twice";
const UNWANTED_WORDS: Record<UnwantedPayment, { provider: string; merchant: string }> = {
  "sold out": { provider: "sold out while paying", merchant: "Sold out while paying" },
  "code used up": {
    provider: "discount code used up while paying",
    merchant: "Discount code used up while paying",
  },
  cancelled: {
    provider: "checkout was cancelled before payment",
    merchant: "Paid after the checkout was cancelled",
  },
  "paid twice": {
    provider: "paid twice",
    merchant: "Paid twice: the second payment was refunded automatically",
  },
};

/**
 * Gives back a payment we cannot fill or that came on top of the order's own, once: the refund's
 * idempotency key is the payment's, and the merchant's record of it (a refund on the order and
 * an audit entry) is written once however many confirmations of that payment arrive at once.
 * Such a refund is not part of the order's `refundedTotal`: the order's own payment is untouched.
 */
async function refundUnwantedPayment(
  deps: Deps,
  order: { id: string; siteId: string },
  payment: PaymentConfirmation,
  why: UnwantedPayment,
) {
  if (!payment.refundRef || payment.amount <= 0) return;
  try {
    const provider = await providerOfOrder(deps, {
      siteId: order.siteId,
      paymentProvider: payment.provider,
    });
    const { refundId } = await provider.refund({
      refundRef: payment.refundRef,
      amount: payment.amount,
      currency: payment.currency,
      idempotencyKey: `unwanted-${payment.paymentRef}`,
      reason: UNWANTED_WORDS[why].provider,
    });
    await deps.db.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Order" WHERE "id" = ${order.id} FOR UPDATE`;
      if (await tx.refund.findFirst({ where: { orderId: order.id, providerRef: refundId } }))
        return;
      await tx.refund.create({
        data: {
          orderId: order.id,
          amount: payment.amount,
          reason: UNWANTED_WORDS[why].merchant,
          status: "succeeded",
          providerRef: refundId,
        },
      });
      await recordOrderEvent(tx, {
        orderId: order.id,
        kind: "payment.refunded_automatically",
        message: `${UNWANTED_WORDS[why].merchant} (${formatMinor(payment.amount, payment.currency, "en-US")})`,
        data: {
          amount: payment.amount,
          currency: payment.currency,
          why,
          refundId,
          paymentRef: payment.paymentRef,
        },
        at: deps.now(),
      });
      await audit(
        deps,
        {
          action: "order.payment_refunded_automatically",
          siteId: order.siteId,
          target: order.id,
          data: {
            amount: payment.amount,
            refundId,
            reason: UNWANTED_WORDS[why].provider,
            paymentRef: payment.paymentRef,
          },
        },
        tx,
      );
    }, TX_OPTIONS);
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
  /** The provider the shopper comes back from, when the return says (PayPal's `token`). */
  kind?: string,
): Promise<"paid" | "pending" | "cancelled"> {
  const checkout = await checkoutByToken(deps.db.prisma, siteId, token);
  if (!checkout) throw notFound("This order does not exist.");
  const provider = await providerOfOrder(deps, {
    siteId,
    paymentProvider: kind ?? checkout.paymentProvider,
  });
  const completed = checkout.status === "completed";
  if (completed && checkout.paymentRef === paymentRef) return "paid";
  // Another page than the checkout's own must be this checkout's at the provider: paid, it is a
  // second payment (refunded by markPaid) or one that overtook the page we know of.
  const own = checkout.paymentRef === paymentRef;
  let lookup: PaymentLookup;
  try {
    lookup = await provider.lookupPayment(paymentRef);
  } catch (error) {
    if (own || !(error instanceof PaymentProviderError)) throw error;
    throw badRequest("This payment is not for this order.");
  }
  if (!own && lookup.orderId !== checkout.id)
    throw badRequest("This payment is not for this order.");
  if (lookup.status !== "paid" || (lookup.orderId && lookup.orderId !== checkout.id))
    return completed
      ? "paid"
      : checkout.status === "expired" || checkout.status === "cancelled"
        ? "cancelled"
        : "pending";
  const result = await markPaid(
    deps,
    checkout.id,
    {
      provider: provider.kind,
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

/** Why a checkout whose delayed payment the bank refused was cancelled. */
export const PAYMENT_FAILED = "Payment failed";

/**
 * A checkout that has not become an order, in the order's words: awaiting payment (open, or
 * processing at the bank) or ended unpaid. The shopper's confirmation address before payment and
 * the merchant's lists of open and abandoned checkouts show it so; it has no number, payments,
 * refunds or shipments.
 */
export function checkoutAsOrder(c: CheckoutWithLines): OrderWithLines {
  const ended = c.status === "expired" || c.status === "cancelled";
  return {
    id: c.id,
    siteId: c.siteId,
    number: null,
    token: c.token,
    status: ended ? "cancelled" : c.status === "completed" ? "paid" : "pending",
    paymentStatus:
      c.status === "processing"
        ? "processing"
        : c.cancelReason === PAYMENT_FAILED
          ? "failed"
          : ended
            ? "voided"
            : "pending",
    fulfilmentStatus: ended ? "cancelled" : "unfulfilled",
    email: c.email,
    customerName: c.customerName,
    shippingAddress: c.shippingAddress,
    shippingRateId: c.shippingRateId,
    shippingRateName: c.shippingRateName,
    currency: c.currency,
    taxesIncluded: c.taxesIncluded,
    subtotal: c.subtotal,
    discountTotal: c.discountTotal,
    shippingTotal: c.shippingTotal,
    taxTotal: c.taxTotal,
    total: c.total,
    refundedTotal: 0,
    discountId: c.discountId,
    discountCode: c.discountCode,
    paymentProvider: c.paymentProvider,
    paymentRef: c.paymentRef,
    paymentIntentRef: c.paymentIntentRef,
    cancelReason: c.cancelReason,
    paidAt: null,
    fulfilledAt: null,
    cancelledAt: c.cancelledAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lines: c.lines.map(({ checkoutId, ...line }) => ({
      ...line,
      orderId: checkoutId,
      refundedQuantity: 0,
      fulfilledQuantity: 0,
    })),
  };
}

/**
 * Ends a checkout that was never paid, with its row locked: expired (abandoned, swept, its
 * payment page expired) or cancelled (by the merchant, or its delayed payment failed). Its stock
 * hold is released and, when asked, its payment page closed after the commit. Null when it does
 * not apply: the checkout is not in a state of `from` (paid meanwhile, ended already) or its
 * payment page is no longer `paymentRef`.
 */
export async function endCheckout(
  deps: Pick<AppDeps, "db" | "now" | "commerce" | "log" | "config" | "siteDocuments">,
  checkoutId: string,
  end: {
    status: "expired" | "cancelled";
    reason: string | null;
    from?: readonly ("open" | "processing")[];
    paymentRef?: string;
    closePage?: boolean;
    action: string;
    actor?: { userId: string | null; ip?: string | null };
    source?: string;
  },
): Promise<CheckoutWithLines | null> {
  const now = deps.now();
  const ended = await deps.db.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Checkout" WHERE "id" = ${checkoutId} FOR UPDATE`;
    const checkout = await tx.checkout.findUnique({ where: { id: checkoutId } });
    if (!checkout) return null;
    const from: readonly string[] = end.from ?? ["open"];
    if (!from.includes(checkout.status)) return null;
    if (end.paymentRef !== undefined && checkout.paymentRef !== end.paymentRef) return null;
    await releaseHold(tx, checkoutId, now);
    const updated = await tx.checkout.update({
      where: { id: checkoutId },
      data: { status: end.status, cancelledAt: now, cancelReason: end.reason },
      include: linesInclude,
    });
    await audit(
      deps,
      {
        action: end.action,
        actorId: end.actor?.userId ?? null,
        siteId: checkout.siteId,
        target: checkoutId,
        ip: end.actor?.ip ?? null,
        data: {
          from: checkout.status,
          to: end.status,
          reason: end.reason,
          ...(end.paymentRef ? { paymentRef: end.paymentRef } : {}),
          ...(end.source ? { source: end.source } : {}),
        },
      },
      tx,
    );
    return updated;
  }, TX_OPTIONS);
  if (ended?.paymentRef && end.closePage)
    await (
      await providerOfOrder(deps, ended)
    )
      .cancelPayment(ended.paymentRef, `cancel-${ended.id}`)
      .catch((error: unknown) =>
        deps.log.warn({ err: error, checkoutId }, "could not stop the payment"),
      );
  return ended;
}

/**
 * The checkout a provider's payment is for: by the id the provider was given (its metadata,
 * Stripe's `client_reference_id`), else by the payment page or charge it opened.
 */
export async function checkoutOfPayment(
  client: Pick<PrismaClient, "checkout">,
  paymentRef: string,
  checkoutId?: string | null,
) {
  const byId =
    checkoutId && z.string().uuid().safeParse(checkoutId).success
      ? await client.checkout.findUnique({ where: { id: checkoutId } })
      : null;
  return byId ?? client.checkout.findFirst({ where: { paymentRef } });
}
