import type Stripe from "stripe";
import { z } from "zod";
import { readAnswer } from "./answers.ts";
import type { PayoutsSummary, TransactionCode } from "./port.ts";

/**
 * A connected account's money as Stripe reports it (balance, payouts, balance transactions, read
 * with the account's `Stripe-Account`), and the platform's application fees on its payments. Every
 * answer is checked here, at the edge: one Stripe sends in a shape we do not know is refused with
 * a clear error rather than shown half-read.
 */

const ZCurrency = z
  .string()
  .regex(/^[a-z]{3}$/i)
  .transform((c) => c.toUpperCase());
const ZMoney = z.object({ amount: z.number().int(), currency: ZCurrency });
const ZEpoch = z
  .number()
  .int()
  .nonnegative()
  .transform((s) => new Date(s * 1000));
const readStripe = <T extends z.ZodType>(schema: T, answer: unknown, what: string) =>
  readAnswer("Stripe", schema, answer, what);

const list = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

const ZBalance = z.object({ available: z.array(ZMoney), pending: z.array(ZMoney) });
const ZPayout = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: ZCurrency,
  status: z.string(),
  arrival_date: ZEpoch,
  created: ZEpoch,
});
const ZApplicationFee = z.object({
  id: z.string(),
  account: z.union([z.string(), z.object({ id: z.string() })]),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  currency: ZCurrency,
  created: ZEpoch,
});
const ZBalanceTransaction = z.object({
  id: z.string(),
  type: z.string(),
  description: z.string().nullish(),
  amount: z.number().int(),
  fee: z.number().int(),
  net: z.number().int(),
  currency: ZCurrency,
  status: z.string(),
  created: ZEpoch,
  fee_details: z
    .array(z.object({ type: z.string(), amount: z.number().int() }))
    .nullish()
    .transform((d) => d ?? []),
});

/** Stripe's balance transaction types, grouped as the merchant reads them. */
const KINDS: Record<string, PayoutsSummary["transactions"][number]["kind"]> = {
  charge: "payment",
  payment: "payment",
  transfer: "payment",
  refund: "refund",
  payment_refund: "refund",
  transfer_refund: "refund",
  payout: "payout",
  payout_cancel: "payout",
  payout_failure: "payout",
  adjustment: "dispute",
  payment_failure_refund: "refund",
  stripe_fee: "fee",
  application_fee: "fee",
  stripe_fx_fee: "fee",
};

/** Stripe's types the merchant reads as their own words: the code, and its English. */
const WORDS: Record<string, [TransactionCode, string]> = {
  charge: ["payment", "Payment"],
  payment: ["payment", "Payment"],
  transfer: ["platformTransfer", "Payment from the platform"],
  refund: ["refund", "Refund"],
  payment_refund: ["refund", "Refund"],
  transfer_refund: ["refundTakenBack", "Refund taken back"],
  payout: ["payout", "Payout to your bank"],
  payout_cancel: ["payoutCanceled", "Payout cancelled"],
  payout_failure: ["payoutFailed", "Payout failed"],
  adjustment: ["dispute", "Dispute or adjustment"],
};

export async function stripePayoutsSummary(
  client: Stripe,
  accountId: string,
): Promise<PayoutsSummary> {
  const as = { stripeAccount: accountId };
  const [balance, payouts, transactions, fees] = await Promise.all([
    client.balance.retrieve({}, as),
    client.payouts.list({ limit: 10 }, as),
    client.balanceTransactions.list({ limit: 20 }, as),
    // Application fees live on the platform; the newest hundred, this store's among them.
    client.applicationFees.list({ limit: 100 }),
  ]);
  const b = readStripe(ZBalance, balance, "a balance");
  return {
    available: b.available,
    pending: b.pending,
    payouts: readStripe(list(ZPayout), payouts, "payouts").data.map((p) => ({
      id: p.id,
      amount: p.amount,
      currency: p.currency,
      status: p.status,
      arrivalDate: p.arrival_date,
      createdAt: p.created,
    })),
    fees: readStripe(list(ZApplicationFee), fees, "application fees")
      .data.filter((f) => (typeof f.account === "string" ? f.account : f.account.id) === accountId)
      .slice(0, 10)
      .map((f) => ({
        id: f.id,
        amount: f.amount - f.amount_refunded,
        currency: f.currency,
        createdAt: f.created,
      })),
    transactions: readStripe(
      list(ZBalanceTransaction),
      transactions,
      "balance transactions",
    ).data.map((t) => {
      const platformFee = t.fee_details
        .filter((d) => d.type === "application_fee")
        .reduce((sum, d) => sum + d.amount, 0);
      const kind = KINDS[t.type] ?? "other";
      const words = WORDS[t.type];
      return {
        id: t.id,
        kind,
        description: words?.[1] ?? t.description ?? t.type.replaceAll("_", " "),
        descriptionCode: words?.[0] ?? (kind === "fee" ? "fee" : "other"),
        amount: t.amount,
        providerFee: t.fee - platformFee,
        platformFee,
        net: t.net,
        currency: t.currency,
        status: t.status,
        createdAt: t.created,
      };
    }),
  };
}
