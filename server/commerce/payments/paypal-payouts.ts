import { z } from "zod";
import { currencyExponent } from "../../../domain/money.ts";
import { readAnswer } from "./answers.ts";
import {
  PaymentProviderError,
  PayoutsAccessError,
  type PayoutsSummary,
  type TransactionCode,
} from "./port.ts";

/**
 * A PayPal merchant's money through PayPal's reporting APIs, called for the merchant
 * (PayPal-Auth-Assertion with its merchant id; the merchant must have granted the platform the
 * balance and transaction search permissions): GET /v1/reporting/balances and GET
 * /v1/reporting/transactions (the last 31 days, the longest range PayPal takes). Every answer is
 * checked here; PayPal writes amounts as signed decimal strings ("-1.23").
 */

/** How far back the transactions go: PayPal searches at most 31 days per call. */
export const PAYPAL_REPORT_DAYS = 31;

const ZValue = z.object({
  currency_code: z.string().regex(/^[A-Z]{3}$/),
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
});

const ZBalances = z.object({
  balances: z
    .array(
      z.object({
        currency: z.string().regex(/^[A-Z]{3}$/),
        total_balance: ZValue,
        available_balance: ZValue.optional(),
        withheld_balance: ZValue.optional(),
      }),
    )
    .default([]),
});

const ZTransactions = z.object({
  transaction_details: z
    .array(
      z.object({
        transaction_info: z.object({
          transaction_id: z.string(),
          transaction_event_code: z.string().default(""),
          transaction_initiation_date: z.string().refine((d) => !Number.isNaN(Date.parse(d)), {
            message: "not a date",
          }),
          transaction_amount: ZValue,
          fee_amount: ZValue.optional(),
          transaction_status: z.string().default("S"),
        }),
      }),
    )
    .default([]),
});

const readPayPal = <T extends z.ZodType>(schema: T, answer: unknown, what: string) =>
  readAnswer("PayPal", schema, answer, what);

/** A signed PayPal amount in minor units: "-12.30" EUR is -1230. */
export function signedMinor(money: { currency_code: string; value: string }): number {
  const negative = money.value.startsWith("-");
  const [whole = "0", fraction = ""] = money.value.replace(/^-/, "").split(".");
  const exponent = currencyExponent(money.currency_code);
  const minor =
    Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, "0").slice(0, exponent) || 0);
  return negative ? -minor : minor;
}

/** PayPal's transaction event codes (T0006 a checkout payment...) grouped by their family. */
function kindOf(code: string): PayoutsSummary["transactions"][number]["kind"] {
  if (code.startsWith("T00")) return "payment";
  if (code.startsWith("T11")) return "refund";
  if (code.startsWith("T04")) return "payout";
  if (code.startsWith("T12") || code.startsWith("T15") || code.startsWith("T16")) return "dispute";
  if (code.startsWith("T01")) return "fee";
  return "other";
}

/** Each family as the merchant reads it: the code, and its English. */
const KIND_WORDS: Record<
  PayoutsSummary["transactions"][number]["kind"],
  [TransactionCode, string]
> = {
  payment: ["paypalPayment", "PayPal payment"],
  refund: ["refund", "Refund"],
  payout: ["withdrawal", "Withdrawal to your bank"],
  dispute: ["disputeOrHold", "Dispute, chargeback or hold"],
  fee: ["paypalFee", "PayPal fee"],
  other: ["other", "Other PayPal transaction"],
};

/** D denied, P pending, S success, V reversed. */
const STATUS: Record<string, string> = {
  D: "failed",
  P: "pending",
  S: "available",
  V: "reversed",
};
const PAYOUT_STATUS: Record<string, string> = {
  D: "failed",
  P: "pending",
  S: "paid",
  V: "canceled",
};

/** GETs one reporting endpoint as the merchant; refusals and outages become clear errors. */
export type ReportingGet = (path: string) => Promise<Response>;

async function read(get: ReportingGet, path: string): Promise<unknown> {
  let answer: Response;
  try {
    answer = await get(path);
  } catch (error) {
    throw new PaymentProviderError(
      `PayPal could not be reached (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const body = (await answer.json().catch(() => null)) as {
    name?: string;
    message?: string;
  } | null;
  if (answer.status === 401 || answer.status === 403)
    throw new PayoutsAccessError(
      `PayPal: ${body?.message ?? "not authorized"}${body?.name ? ` (${body.name})` : ""}`,
    );
  if (!answer.ok)
    throw new PaymentProviderError(
      `PayPal answered HTTP ${answer.status}${body?.message ? `: ${body.message}` : ""}.`,
    );
  return body;
}

export async function paypalPayoutsSummary(get: ReportingGet, now: Date): Promise<PayoutsSummary> {
  // PayPal takes whole seconds and at most 31 days: the end rounded up, so what happened in the
  // current second is included, and the start 31 days before it.
  const endMs = Math.ceil(now.getTime() / 1000) * 1000;
  const seconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  const end = seconds(endMs);
  const start = seconds(endMs - PAYPAL_REPORT_DAYS * 86_400_000);
  const query = new URLSearchParams({
    start_date: start,
    end_date: end,
    fields: "transaction_info",
    page_size: "100",
  });
  const [balances, search] = await Promise.all([
    read(get, "/v1/reporting/balances").then((b) => readPayPal(ZBalances, b, "balances")),
    read(get, `/v1/reporting/transactions?${query}`).then((t) =>
      readPayPal(ZTransactions, t, "transactions"),
    ),
  ]);
  const rows = search.transaction_details
    .map((d) => d.transaction_info)
    .sort(
      (a, b) =>
        Date.parse(b.transaction_initiation_date) - Date.parse(a.transaction_initiation_date),
    );
  const transactions = rows.slice(0, 20).map((t) => {
    const kind = kindOf(t.transaction_event_code);
    const amount = signedMinor(t.transaction_amount);
    // PayPal writes its fee as money leaving the account (negative).
    const providerFee = t.fee_amount ? -signedMinor(t.fee_amount) : 0;
    return {
      id: t.transaction_id,
      kind,
      description: KIND_WORDS[kind][1],
      descriptionCode: KIND_WORDS[kind][0],
      amount,
      providerFee,
      platformFee: 0,
      net: amount - providerFee,
      currency: t.transaction_amount.currency_code,
      status: STATUS[t.transaction_status] ?? t.transaction_status,
      createdAt: new Date(t.transaction_initiation_date),
    };
  });
  return {
    available: balances.balances.map((b) => ({
      amount: signedMinor(b.available_balance ?? b.total_balance),
      currency: b.currency,
    })),
    pending: balances.balances
      .filter((b) => b.withheld_balance)
      .map((b) => ({ amount: signedMinor(b.withheld_balance!), currency: b.currency })),
    payouts: rows
      .filter((t) => kindOf(t.transaction_event_code) === "payout")
      .slice(0, 10)
      .map((t) => ({
        id: t.transaction_id,
        amount: -signedMinor(t.transaction_amount),
        currency: t.transaction_amount.currency_code,
        status: PAYOUT_STATUS[t.transaction_status] ?? t.transaction_status,
        arrivalDate: null,
        createdAt: new Date(t.transaction_initiation_date),
      })),
    fees: [],
    transactions,
  };
}
