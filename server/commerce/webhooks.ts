import type Stripe from "stripe";
import type { AppDeps } from "../deps.ts";
import {
  attemptInFlight,
  checkoutOfPayment,
  endCheckout,
  markPaid,
  PaymentMismatchError,
} from "./checkout.ts";
import { recordProviderRefund, settleRefund } from "./orders.ts";
import { closeDispute, markPaymentFailed, markProcessing, openDispute } from "./payment-events.ts";
import { accountUpdated } from "./payment-accounts.ts";
import { sessionPayment } from "./payments/stripe.ts";
import { handleOnce, type EventOutcome } from "./webhook-events.ts";

type Deps = Pick<
  AppDeps,
  "db" | "commerce" | "log" | "now" | "mailer" | "config" | "siteDocuments"
>;

export type WebhookOutcome = EventOutcome;

/**
 * Handles one verified Stripe event, once (`handleOnce`: stored by id under a unique constraint,
 * handled by one delivery, again only when handling failed). Each handler is idempotent and never
 * moves an order backwards, so events may arrive twice, late, or in any order (a refund before
 * the payment, an expiry after it) and the order still ends where the facts say.
 */
export async function handleStripeEvent(deps: Deps, event: Stripe.Event): Promise<WebhookOutcome> {
  return handleOnce(deps, { provider: "stripe", id: event.id, type: event.type }, () =>
    process(deps, event),
  );
}

async function process(deps: Deps, event: Stripe.Event): Promise<string | null> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      const payment = sessionPayment(session);
      const order = await checkoutOfPayment(deps.db.prisma, session.id, payment.orderId);
      if (!order) return null;
      if (
        event.type === "checkout.session.completed" &&
        session.status === "complete" &&
        session.payment_status === "unpaid"
      ) {
        // A delayed method (SEPA, ACH): paid on Stripe's page, the bank still deciding. Its
        // async_payment_succeeded or _failed event ends it.
        await markProcessing(deps, order.id, session.id);
        return order.id;
      }
      if (payment.status !== "paid") return null;
      try {
        await markPaid(
          deps,
          order.id,
          {
            provider: "stripe",
            paymentRef: session.id,
            refundRef: payment.refundRef,
            amount: payment.amount,
            currency: payment.currency,
          },
          "webhook",
        );
      } catch (error) {
        // Retrying cannot make a wrong amount right; it is in the audit log for the merchant.
        if (!(error instanceof PaymentMismatchError)) throw error;
        deps.log.error(
          { err: error, orderId: order.id },
          "Stripe payment does not match the order",
        );
      }
      return order.id;
    }
    case "checkout.session.expired": {
      const session = event.data.object;
      const orderId = session.client_reference_id ?? session.metadata?.orderId ?? null;
      const order = await checkoutOfPayment(deps.db.prisma, session.id, orderId);
      // Only a checkout still waiting for this very session is given up; a paid order stays paid,
      // and one whose Pay is replacing the session (an attempt in flight) stays open.
      if (
        order?.status === "open" &&
        order.paymentRef === session.id &&
        !attemptInFlight(order, deps.commerce.payments, deps.now())
      )
        await endCheckout(deps, order.id, {
          status: "expired",
          reason: "Payment page expired",
          paymentRef: session.id,
          action: "order.cancelled",
          source: "webhook",
        });
      return order?.id ?? null;
    }
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const orderId = session.client_reference_id ?? session.metadata?.orderId ?? null;
      const order = await checkoutOfPayment(deps.db.prisma, session.id, orderId);
      if (!order) return null;
      // Late after a success, or about an older page: markPaymentFailed leaves it alone.
      await markPaymentFailed(deps, order.id, session.id);
      return order.id;
    }
    case "charge.refund.updated": {
      const refund = event.data.object;
      // Pending is what we already hold; canceled is a failure for the money's sake.
      const outcome =
        refund.status === "succeeded"
          ? "succeeded"
          : refund.status === "failed" || refund.status === "canceled"
            ? "failed"
            : null;
      if (!outcome) return null;
      const settled = await settleRefund(deps, refund.id, outcome);
      // One of ours whose update overtook our own record of Stripe's answer: failing here leaves
      // the event unprocessed, and Stripe's retry finds the refund recorded. A refund made in
      // Stripe's dashboard is not ours: charge.refunded accounts for its money.
      if (!settled.orderId && refund.metadata?.pegasus_refund)
        throw new Error(`refund ${refund.id} is not recorded yet; Stripe will deliver it again`);
      return settled.orderId;
    }
    case "charge.dispute.created":
    case "charge.dispute.closed": {
      const dispute = event.data.object;
      const order = await orderOfIntent(deps, dispute.payment_intent, dispute.metadata?.orderId);
      if (!order) return null;
      const facts = {
        disputeId: dispute.id,
        amount: dispute.amount,
        reason: dispute.reason,
        evidenceDueBy: dispute.evidence_details?.due_by
          ? new Date(dispute.evidence_details.due_by * 1000)
          : null,
      };
      if (event.type === "charge.dispute.created") await openDispute(deps, order, facts);
      // won, or warning_closed (an inquiry that never became a dispute): the money stays.
      else await closeDispute(deps, order, { ...facts, won: dispute.status !== "lost" });
      return order;
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const intent =
        typeof charge.payment_intent === "string"
          ? charge.payment_intent
          : charge.payment_intent?.id;
      if (!intent) return null;
      const orderId = charge.metadata?.orderId;
      const recorded = await deps.db.prisma.payment.findFirst({
        where: { provider: "stripe", refundRef: intent },
        include: { order: true },
      });
      const checkout =
        !recorded && orderId
          ? await deps.db.prisma.checkout.findUnique({ where: { id: orderId } })
          : null;
      if (checkout?.status === "open" && checkout.paymentRef) {
        // The refund overtook the payment's own event: the charge proves the payment, so the
        // checkout becomes its order first (the late "completed" event will then change nothing).
        await markPaid(
          deps,
          checkout.id,
          {
            provider: "stripe",
            paymentRef: checkout.paymentRef,
            refundRef: intent,
            amount: charge.amount,
            currency: charge.currency.toUpperCase(),
          },
          "webhook",
        ).catch((error: unknown) => {
          if (!(error instanceof PaymentMismatchError)) throw error;
        });
      }
      const order =
        recorded?.order ??
        (orderId ? await deps.db.prisma.order.findUnique({ where: { id: orderId } }) : null);
      if (!order) return null;
      // The refund of a payment that is not the order's own (a second payment we gave back
      // automatically): the order's money is untouched.
      if (recorded && recorded.status !== "succeeded") return order.id;
      if (order.paymentIntentRef && order.paymentIntentRef !== intent) return order.id;
      await recordProviderRefund(deps, order.id, charge.amount_refunded, event.id);
      return order.id;
    }
    case "account.updated":
      // A connected store's account changed (onboarding, verification): not an order.
      await accountUpdated(deps, event.account ?? event.data.object.id);
      return null;
    default:
      return null;
  }
}

/** The order a payment intent paid: from our payment records, else the metadata it carries. */
async function orderOfIntent(
  deps: Deps,
  intent: string | Stripe.PaymentIntent | null,
  metadataOrderId: string | undefined,
): Promise<string | null> {
  const id = typeof intent === "string" ? intent : intent?.id;
  if (id) {
    const order = await deps.db.prisma.order.findFirst({
      where: { paymentIntentRef: id },
      select: { id: true },
    });
    if (order) return order.id;
  }
  if (!metadataOrderId) return null;
  const order = await deps.db.prisma.order.findUnique({
    where: { id: metadataOrderId },
    select: { id: true },
  });
  return order?.id ?? null;
}
