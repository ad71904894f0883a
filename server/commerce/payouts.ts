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

/**
 * Why a provider's part shows no figures, as a code the merchant app words (`message` is the same
 * in English, for the API's other readers).
 */
export type PayoutsNoteCode =
  /** absent: */
  | "stripeNotConnected"
  | "paypalNotSetUp"
  | "paypalNotConnected"
  /** unavailable: */
  | "stripeAccessDenied"
  | "paypalAccessDenied"
  | "unreadable"
  | "unreachable";

type Provider = "Stripe" | "PayPal";

export type PayoutsView =
  /** The provider's figures. */
  | { state: "ready"; summary: PayoutsSummary }
  /** The test gateway: no money moved; what its test charges came to, per currency. */
  | { state: "test"; charges: TestChargeTotals[] }
  /** Nothing to show, and why (no account connected, provider not set up). */
  | { state: "absent"; code: PayoutsNoteCode; message: string }
  /** The provider could not tell us now, and what the merchant can do. */
  | { state: "unavailable"; code: PayoutsNoteCode; provider: Provider; message: string };

const NOTES: Record<PayoutsNoteCode, (provider: Provider) => string> = {
  stripeNotConnected: () =>
    "Payments go to the platform's Stripe account. Connect your own Stripe account to see its balance, payouts and fees here.",
  paypalNotSetUp: () => "PayPal is not set up on this server.",
  paypalNotConnected: () => "Connect your PayPal account to see its balance and transactions here.",
  stripeAccessDenied: () =>
    "Stripe did not let us read this account's balance. Check that the account is still connected, then reload.",
  paypalAccessDenied: () =>
    "PayPal did not let us read this account's balance and transactions. In your PayPal account, grant this platform the permissions to view your balance and search your transactions, then reload.",
  unreadable: (name) =>
    `${name} sent an answer we could not read, so its balance and payouts cannot be shown. Payments are not affected; we have logged the problem.`,
  unreachable: (name) =>
    `${name} could not be reached just now, so its balance and payouts cannot be shown. Payments are not affected. Try again in a few minutes.`,
};

const absent = (code: PayoutsNoteCode): PayoutsView => ({
  state: "absent",
  code,
  message: NOTES[code]("Stripe"),
});
const unavailable = (code: PayoutsNoteCode, provider: Provider): PayoutsView => ({
  state: "unavailable",
  code,
  provider,
  message: NOTES[code](provider),
});

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
  if (!account || !deps.commerce.stripe) return absent("stripeNotConnected");
  return read(deps, "Stripe", deps.commerce.stripe, account.accountId, siteId);
}

/** The store's PayPal merchant account, through PayPal's reporting APIs. */
export async function payPalPayouts(deps: Deps, siteId: string): Promise<PayoutsView> {
  const paypal = deps.commerce.paypal;
  if (!paypal) return absent("paypalNotSetUp");
  const account = await paymentAccountOf(deps, siteId, "paypal");
  if (!account) return absent("paypalNotConnected");
  return read(deps, "PayPal", paypal, account.accountId, siteId);
}

async function read(
  deps: Deps,
  name: Provider,
  source: PayoutsSource,
  accountId: string,
  siteId: string,
): Promise<PayoutsView> {
  try {
    return { state: "ready", summary: await source.payoutsSummary(accountId) };
  } catch (error) {
    deps.log.warn({ err: error, siteId, provider: name }, "payouts could not be read");
    if (error instanceof PayoutsAccessError)
      return unavailable(name === "PayPal" ? "paypalAccessDenied" : "stripeAccessDenied", name);
    if (error instanceof ProviderAnswerError) return unavailable("unreadable", name);
    return unavailable("unreachable", name);
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
