import type { AppDeps } from "../deps.ts";
import { paymentAccountOf } from "./payment-accounts.ts";
import {
  PayoutsAccessError,
  ProviderAnswerError,
  type PayoutsSource,
  type PayoutsSummary,
} from "./payments/port.ts";

/**
 * The merchant's Payments & payouts view: what each provider says of the store's money (its
 * balance, payouts, and the fees taken from recent payments), read on demand through the
 * `PayoutsSource` port. A provider that is down, refuses, or answers something unreadable is one
 * clear sentence in its own part of the page; the rest of the page works on.
 */

type Deps = Pick<AppDeps, "db" | "commerce" | "log">;

export type PayoutsView =
  /** The provider's figures. */
  | { state: "ready"; summary: PayoutsSummary }
  /** The test gateway: no money moved; what its test charges came to, per currency. */
  | { state: "test"; charges: TestChargeTotals[] }
  /** Nothing to show, and why (no account connected, provider not set up). */
  | { state: "absent"; message: string }
  /** The provider could not tell us now, and what the merchant can do. */
  | { state: "unavailable"; message: string };

export type TestChargeTotals = {
  currency: string;
  count: number;
  amount: number;
  refunded: number;
};

/** The store's own Stripe account, or the test gateway's charges when the store pays with it. */
export async function stripePayouts(deps: Deps, siteId: string): Promise<PayoutsView> {
  if (deps.commerce.payments.kind === "test")
    return { state: "test", charges: await testChargeTotals(deps, siteId) };
  const account = await paymentAccountOf(deps, siteId, "stripe");
  if (!account || !deps.commerce.stripe)
    return {
      state: "absent",
      message:
        "Payments go to the platform's Stripe account. Connect your own Stripe account to see its balance, payouts and fees here.",
    };
  return read(deps, "Stripe", deps.commerce.stripe, account.accountId, siteId);
}

/** The store's PayPal merchant account, through PayPal's reporting APIs. */
export async function payPalPayouts(deps: Deps, siteId: string): Promise<PayoutsView> {
  const paypal = deps.commerce.paypal;
  if (!paypal) return { state: "absent", message: "PayPal is not set up on this server." };
  const account = await paymentAccountOf(deps, siteId, "paypal");
  if (!account)
    return {
      state: "absent",
      message: "Connect your PayPal account to see its balance and transactions here.",
    };
  return read(deps, "PayPal", paypal, account.accountId, siteId);
}

async function read(
  deps: Deps,
  name: "Stripe" | "PayPal",
  source: PayoutsSource,
  accountId: string,
  siteId: string,
): Promise<PayoutsView> {
  try {
    return { state: "ready", summary: await source.payoutsSummary(accountId) };
  } catch (error) {
    deps.log.warn({ err: error, siteId, provider: name }, "payouts could not be read");
    if (error instanceof PayoutsAccessError)
      return {
        state: "unavailable",
        message:
          name === "PayPal"
            ? "PayPal did not let us read this account's balance and transactions. In your PayPal account, grant this platform the permissions to view your balance and search your transactions, then reload."
            : "Stripe did not let us read this account's balance. Check that the account is still connected, then reload.",
      };
    if (error instanceof ProviderAnswerError)
      return {
        state: "unavailable",
        message: `${name} sent an answer we could not read, so its balance and payouts cannot be shown. Payments are not affected; we have logged the problem.`,
      };
    return {
      state: "unavailable",
      message: `${name} could not be reached just now, so its balance and payouts cannot be shown. Payments are not affected. Try again in a few minutes.`,
    };
  }
}

async function testChargeTotals(
  deps: Pick<AppDeps, "db">,
  siteId: string,
): Promise<TestChargeTotals[]> {
  const rows = await deps.db.prisma.testCharge.groupBy({
    by: ["currency"],
    where: { siteId },
    _count: { _all: true },
    _sum: { amount: true, refunded: true },
    orderBy: { currency: "asc" },
  });
  return rows.map((r) => ({
    currency: r.currency,
    count: r._count._all,
    amount: r._sum.amount ?? 0,
    refunded: r._sum.refunded ?? 0,
  }));
}
