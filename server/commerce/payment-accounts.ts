import type { AppDeps } from "../deps.ts";
import { DomainError, badRequest, said } from "../errors.ts";
import { ZAddress } from "./address.ts";
import {
  ACCOUNT_PROBLEM_WORDS,
  disabledReasonCode,
  requirementCodes,
  requirementsInWords,
  type AccountProblemCode,
  type AccountStatus,
  type RequirementCode,
} from "./payments/accounts.ts";
import type { PaymentLine, PaymentProvider, PaymentRequest } from "./payments/port.ts";

/**
 * A store's own Stripe account (Stripe Connect, docs/payments.md): connecting it, keeping its
 * status current, whether the store may take payments, and what a payment for it carries beyond
 * the total. One `PaymentAccount` row per site and provider.
 */

type Deps = Pick<AppDeps, "db" | "commerce" | "config" | "siteDocuments" | "log">;

const STRIPE = "stripe";

/** What the Payments page shows. */
export type PaymentsOverview = {
  /** Which provider takes this store's payments, and whether it can connect its own account. */
  provider: "test" | "stripe" | "paypal";
  connectAvailable: boolean;
  /** "required": no payment before the store's own account can take charges. */
  connectRequired: boolean;
  account: null | {
    accountId: string;
    detailsSubmitted: boolean;
    chargesEnabled: boolean;
    payoutsEnabled: boolean;
    /** What Stripe still needs, in English; `needCodes` for the app to word. */
    needs: string[];
    needCodes: RequirementCode[];
    /** Why the account cannot take charges, in English (null when it can); `problemCode` too. */
    problem: string | null;
    problemCode: AccountProblemCode | null;
    updatedAt: Date;
  };
  /** Whether shoppers can pay now, and if not, why (in English, and as a code the app words). */
  canTakePayments: boolean;
  blockedBecause: string | null;
  blockedCode: BlockedCode | null;
  statementDescriptor: string | null;
  fee: { percent: number; fixed: number };
};

function connectProvider(deps: Deps) {
  const stripe = deps.commerce.stripe;
  if (!stripe)
    throw new DomainError(
      "CONFLICT",
      said(
        "app.error.stripeNotConfigured",
        "Stripe is not set up on this server: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET first.",
      ),
    );
  return stripe;
}

/**
 * A store's account at a provider (its one `PaymentAccount` row for that provider), or null: the
 * one way Stripe Connect, PayPal and checkout's choice of provider read it.
 */
export async function paymentAccountOf(
  deps: Pick<AppDeps, "db">,
  siteId: string,
  provider: "stripe" | "paypal",
) {
  return deps.db.prisma.paymentAccount.findUnique({
    where: { siteId_provider: { siteId, provider } },
  });
}

const stripeAccountOf = (deps: Deps, siteId: string) => paymentAccountOf(deps, siteId, STRIPE);

/** Why a store cannot take payments, as a code the merchant app words. */
export type BlockedCode = "notConnected" | "notEnabled" | "setupUnfinished";

const BLOCKED_WORDS: Record<BlockedCode, string> = {
  notConnected: "The store has not connected a Stripe account yet.",
  notEnabled: "Stripe has not enabled payments for the store's account yet.",
  setupUnfinished: "The store has not finished setting up its Stripe account.",
};

/**
 * Why the store cannot take payments now (null when it can). Only real money is guarded: the
 * test gateway takes none. Without a connected account the platform's own account takes the
 * payment, unless the configuration requires every store to connect its own.
 */
async function paymentsBlockedCode(deps: Deps, siteId: string): Promise<BlockedCode | null> {
  if (deps.commerce.payments.kind !== STRIPE) return null;
  const account = await stripeAccountOf(deps, siteId);
  if (!account) return deps.config.stripeConnect.mode === "required" ? "notConnected" : null;
  if (account.chargesEnabled) return null;
  return account.detailsSubmitted ? "notEnabled" : "setupUnfinished";
}

/** Why the store cannot take payments now, in English (null when it can). */
export async function paymentsBlockedBecause(deps: Deps, siteId: string): Promise<string | null> {
  const code = await paymentsBlockedCode(deps, siteId);
  return code && BLOCKED_WORDS[code];
}

/** Refuses a checkout's payment while the store cannot take payments. */
export async function assertStoreTakesPayments(deps: Deps, siteId: string): Promise<void> {
  const reason = await paymentsBlockedBecause(deps, siteId);
  if (reason)
    throw new DomainError(
      "CONFLICT",
      "This store cannot take payments yet. Please try again later or contact the store.",
      { store: [reason] },
    );
}

export async function paymentsOverview(deps: Deps, siteId: string): Promise<PaymentsOverview> {
  const [account, settings, blocked] = await Promise.all([
    stripeAccountOf(deps, siteId),
    deps.db.prisma.storeSettings.findUnique({ where: { siteId } }),
    paymentsBlockedCode(deps, siteId),
  ]);
  const requirements = readRequirements(account?.requirements);
  const due = [...requirements.pastDue, ...requirements.currentlyDue];
  const problem: AccountProblemCode | null =
    !account || account.chargesEnabled
      ? null
      : (disabledReasonCode(requirements.disabledReason) ??
        (account.detailsSubmitted ? null : "onboardingUnfinished"));
  const connect = deps.config.stripeConnect;
  return {
    provider: deps.commerce.payments.kind,
    connectAvailable: deps.commerce.stripe !== null,
    connectRequired: connect.mode === "required",
    account: account
      ? {
          accountId: account.accountId,
          detailsSubmitted: account.detailsSubmitted,
          chargesEnabled: account.chargesEnabled,
          payoutsEnabled: account.payoutsEnabled,
          needs: requirementsInWords(due),
          needCodes: requirementCodes(due),
          problem: problem && ACCOUNT_PROBLEM_WORDS[problem],
          problemCode: problem,
          updatedAt: account.updatedAt,
        }
      : null,
    canTakePayments: blocked === null,
    blockedBecause: blocked && BLOCKED_WORDS[blocked],
    blockedCode: blocked,
    statementDescriptor: settings?.statementDescriptor ?? null,
    fee: { percent: connect.feePercent, fixed: connect.feeFixed },
  };
}

function readRequirements(value: unknown): AccountStatus["requirements"] {
  const v = (value ?? {}) as Partial<AccountStatus["requirements"]>;
  const list = (x: unknown) =>
    Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : [];
  return {
    currentlyDue: list(v.currentlyDue),
    pastDue: list(v.pastDue),
    disabledReason: typeof v.disabledReason === "string" ? v.disabledReason : null,
  };
}

function statusData(status: AccountStatus) {
  return {
    detailsSubmitted: status.detailsSubmitted,
    chargesEnabled: status.chargesEnabled,
    payoutsEnabled: status.payoutsEnabled,
    requirements: status.requirements,
  };
}

/**
 * Starts or resumes onboarding: makes the store's Stripe account the first time (under an
 * idempotency key per site, so two clicks make one account) and returns a fresh onboarding link.
 * A link is single-use and short-lived: the page's refresh address asks for a new one.
 */
export async function startOnboarding(
  deps: Deps,
  siteId: string,
  input: { email: string; returnUrl: string; refreshUrl: string },
): Promise<{ url: string }> {
  const stripe = connectProvider(deps);
  let account = await stripeAccountOf(deps, siteId);
  if (!account) {
    const made = await stripe.createAccount({
      siteId,
      email: input.email,
      idempotencyKey: `connect-account-${siteId}`,
    });
    account = await deps.db.prisma.paymentAccount.upsert({
      where: { siteId_provider: { siteId, provider: STRIPE } },
      create: { siteId, provider: STRIPE, accountId: made.accountId, ...statusData(made) },
      update: {},
    });
  }
  const url = await stripe.onboardingLink(account.accountId, {
    returnUrl: input.returnUrl,
    refreshUrl: input.refreshUrl,
  });
  return { url };
}

/** Asks Stripe for the account's status now (the merchant came back from onboarding). */
export async function refreshAccount(deps: Deps, siteId: string): Promise<void> {
  const account = await stripeAccountOf(deps, siteId);
  if (!account) return;
  const status = await connectProvider(deps).accountStatus(account.accountId);
  await deps.db.prisma.paymentAccount.update({
    where: { id: account.id },
    data: statusData(status),
  });
}

/**
 * An `account.updated` event: the account's status is read from Stripe again rather than from
 * the event, so events arriving late or out of order never set an older status. Returns the
 * store whose account it is, or null for an account that is none of ours.
 */
export async function accountUpdated(deps: Deps, accountId: string): Promise<string | null> {
  const account = await deps.db.prisma.paymentAccount.findUnique({
    where: { provider_accountId: { provider: STRIPE, accountId } },
  });
  if (!account) return null;
  const status = await connectProvider(deps).accountStatus(accountId);
  await deps.db.prisma.paymentAccount.update({
    where: { id: account.id },
    data: statusData(status),
  });
  return account.siteId;
}

/**
 * Stripe's rules for a statement descriptor suffix: Latin letters, digits and a few signs, at
 * least one letter, none of < > \ ' " *, at most 22 characters (the card statement shows the
 * account's prefix, "* " and as much of the suffix as fits in 22).
 */
export const STATEMENT_DESCRIPTOR_PATTERN = /^(?=.*[A-Za-z])[A-Za-z0-9 .,\-&#/+!?()@:;_]{1,22}$/;

export async function saveStatementDescriptor(
  deps: Deps,
  siteId: string,
  descriptor: string | null,
): Promise<void> {
  if (descriptor !== null && !STATEMENT_DESCRIPTOR_PATTERN.test(descriptor))
    throw badRequest(
      said(
        "app.error.statementDescriptor",
        "Use 1 to 22 Latin letters, digits or spaces, with at least one letter.",
      ),
      "statementDescriptor",
    );
  await deps.db.prisma.storeSettings.upsert({
    where: { siteId },
    create: { siteId, statementDescriptor: descriptor },
    update: { statementDescriptor: descriptor },
  });
}

/** The platform's fee on a payment: percent plus fixed part, never more than the payment. */
export function applicationFee(
  amount: number,
  fee: { feePercent: number; feeFixed: number },
): number {
  const percent = Math.round((amount * Math.round(fee.feePercent * 1000)) / 100_000);
  return Math.min(amount, percent + fee.feeFixed);
}

type PricedOrder = {
  total: number;
  subtotal: number;
  discountTotal: number;
  discountCode: string | null;
  shippingTotal: number;
  shippingRateName: string | null;
  taxTotal: number;
  taxesIncluded: boolean;
  lines: {
    title: string;
    variantTitle: string;
    sku: string | null;
    unitPrice: number;
    quantity: number;
  }[];
};

/**
 * The order as payment lines, the one itemisation every provider reads: each product, shipping,
 * tax added on top, and the discount as a negative line. They sum to the order's total exactly, by
 * the same rule as pricing.ts (tax-inclusive prices already hold their tax: no tax line).
 */
export function itemise(order: PricedOrder): PaymentLine[] {
  const lines: PaymentLine[] = order.lines.map((l) => ({
    kind: "product",
    name:
      l.variantTitle && l.variantTitle !== "Default Title"
        ? `${l.title} (${l.variantTitle})`
        : l.title,
    ...(l.sku ? { sku: l.sku } : {}),
    quantity: l.quantity,
    unitAmount: l.unitPrice,
    amount: l.unitPrice * l.quantity,
  }));
  const one = (kind: PaymentLine["kind"], name: string, amount: number) =>
    amount === 0 ? [] : [{ kind, name, quantity: 1, unitAmount: amount, amount }];
  return [
    ...lines,
    ...one("shipping", order.shippingRateName ?? "Shipping", order.shippingTotal),
    ...one("tax", "Tax", order.taxesIncluded ? 0 : order.taxTotal),
    ...one(
      "discount",
      order.discountCode ? `Discount ${order.discountCode}` : "Discount",
      -order.discountTotal,
    ),
  ];
}

/**
 * What a payment for the order carries beyond its total: itemised lines, the shipping address,
 * the store's locale, and, for a Stripe payment, the store's statement descriptor and, when the
 * store has connected its own Stripe account, that account and the platform's fee. `provider` is
 * the one this payment goes to (the shopper's method chooses it): a PayPal payment never carries
 * the Stripe account, fee or descriptor; PayPal pays the merchant id its adapter was made for.
 * Lines are left out if they would not add up to the total (the payment is then one line with the
 * total, as before).
 */
export async function paymentRequestExtras(
  deps: Deps,
  orderId: string,
  provider: PaymentProvider["kind"],
): Promise<Partial<PaymentRequest>> {
  const order = await deps.db.prisma.checkout.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" } }, site: true },
  });
  const [account, settings] = await Promise.all([
    provider === STRIPE ? stripeAccountOf(deps, order.siteId) : null,
    deps.db.prisma.storeSettings.findUnique({ where: { siteId: order.siteId } }),
  ]);
  const lines = itemise(order);
  const address = ZAddress.safeParse(order.shippingAddress ?? undefined);
  let locale: string | undefined;
  if (order.site.publishedVersionId) {
    const doc = await deps.siteDocuments.publishedDoc(order.siteId, order.site.publishedVersionId);
    locale = doc?.settings.locale;
  }
  const sum = lines.reduce((total, l) => total + l.amount, 0);
  if (sum !== order.total)
    deps.log.warn({ orderId, sum, total: order.total }, "order lines do not add up to its total");
  return {
    ...(sum === order.total ? { lines } : {}),
    ...(address.success
      ? {
          shippingAddress: {
            name: address.data.name,
            line1: address.data.line1,
            ...(address.data.line2 ? { line2: address.data.line2 } : {}),
            city: address.data.city,
            postalCode: address.data.postalCode,
            ...(address.data.region ? { region: address.data.region } : {}),
            country: address.data.country,
            ...(address.data.phone ? { phone: address.data.phone } : {}),
          },
        }
      : {}),
    ...(locale ? { locale } : {}),
    ...(provider === STRIPE && settings?.statementDescriptor
      ? { statementDescriptorSuffix: settings.statementDescriptor }
      : {}),
    ...(account?.chargesEnabled
      ? {
          account: account.accountId,
          applicationFeeAmount: applicationFee(order.total, deps.config.stripeConnect),
        }
      : {}),
  };
}
