import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { closeDispute, openDispute } from "../payment-events.ts";
import { signedMinor } from "./paypal-payouts.ts";
import type { PayPalWebhookEvent } from "./paypal.ts";

/**
 * PayPal's disputes (CUSTOMER.DISPUTE.CREATED, CUSTOMER.DISPUTE.RESOLVED) on the order side, the
 * same steps as Stripe's `charge.dispute.*` (payment-events.ts): the order is flagged disputed with
 * the seller's response deadline on its page and timeline, then won (the money stays) or lost (the
 * disputed amount recorded as lost). The dispute names our capture (`seller_transaction_id`),
 * which is the order's `paymentIntentRef`. The resource is checked here; one we cannot read is
 * left alone (null: nothing of ours).
 */

type Deps = Pick<AppDeps, "db" | "now" | "commerce" | "log" | "config" | "siteDocuments">;

const ZDispute = z.object({
  dispute_id: z.string().min(1),
  reason: z.string().default("dispute"),
  dispute_amount: z.object({
    currency_code: z.string().regex(/^[A-Z]{3}$/),
    value: z.string().regex(/^\d+(\.\d+)?$/),
  }),
  seller_response_due_date: z.string().optional(),
  disputed_transactions: z
    .array(z.object({ seller_transaction_id: z.string().optional() }))
    .default([]),
  dispute_outcome: z.object({ outcome_code: z.string() }).optional(),
});

/** Outcomes in which the merchant keeps the money. */
const SELLER_KEEPS = new Set(["RESOLVED_SELLER_FAVOUR", "CANCELED_BY_BUYER", "DENIED"]);

export async function payPalDispute(deps: Deps, event: PayPalWebhookEvent): Promise<string | null> {
  const parsed = ZDispute.safeParse(event.resource);
  if (!parsed.success) return null;
  const dispute = parsed.data;
  const captures = dispute.disputed_transactions
    .map((t) => t.seller_transaction_id)
    .filter((id): id is string => Boolean(id));
  if (captures.length === 0) return null;
  const order = await deps.db.prisma.order.findFirst({
    where: { paymentIntentRef: { in: captures }, paymentProvider: "paypal" },
    select: { id: true },
  });
  if (!order) return null;
  const due = dispute.seller_response_due_date ? new Date(dispute.seller_response_due_date) : null;
  const facts = {
    disputeId: dispute.dispute_id,
    amount: signedMinor(dispute.dispute_amount),
    reason: dispute.reason.toLowerCase(),
    evidenceDueBy: due && !Number.isNaN(due.getTime()) ? due : null,
  };
  if (event.event_type === "CUSTOMER.DISPUTE.CREATED") await openDispute(deps, order.id, facts);
  else
    await closeDispute(deps, order.id, {
      ...facts,
      won: SELLER_KEEPS.has(dispute.dispute_outcome?.outcome_code ?? ""),
    });
  return order.id;
}
