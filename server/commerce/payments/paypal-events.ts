import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../deps.ts";
import { DomainError } from "../../errors.ts";
import { errorBody } from "../../http/errors.ts";
import { confirmReturn, endCheckout, markPaid, PaymentMismatchError } from "../checkout.ts";
import { recordProviderRefund, settleRefund } from "../orders.ts";
import { markProcessing } from "../payment-events.ts";
import { payPalDispute } from "./paypal-disputes.ts";
import {
  minorFromPaypal,
  readCustomId,
  WebhookSignatureError,
  type PayPalWebhookEvent,
} from "./paypal.ts";
import { handleOnce, type EventOutcome } from "../webhook-events.ts";
import { PaymentProviderError } from "./port.ts";

/**
 * PayPal's webhook: events verified through PayPal's verify API, handled once (`handleOnce`,
 * webhook-events.ts: stored by id, one delivery at a time, again only when handling failed),
 * and translated into the order functions. This module is the one place PayPal events meet the
 * order records: the order model's reshape changes these calls here only.
 *
 * Each event is handled idempotently and never moves an order backwards, so deliveries may come
 * twice, late or in any order: a refund before its capture pays the order first (the capture is
 * proven by the refund), a late PENDING after COMPLETED changes nothing, a DENIED cancels only a
 * checkout still waiting for that very PayPal order.
 */
type Deps = Pick<
  AppDeps,
  "db" | "commerce" | "log" | "now" | "mailer" | "config" | "siteDocuments"
>;

export type PayPalWebhookOutcome = EventOutcome;

/** POST /api/webhooks/paypal, inside the scope that keeps the raw body (routes.ts). */
export function payPalWebhookRoute(deps: Deps, app: FastifyInstance): void {
  app.post("/api/webhooks/paypal", async (request, reply) => {
    const paypal = deps.commerce.paypal;
    if (!paypal)
      return reply
        .code(404)
        .send(errorBody("NOT_FOUND", "PayPal is not configured on this server."));
    let event: PayPalWebhookEvent;
    try {
      event = await paypal.verifyWebhook(request.body as Buffer, request.headers);
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        request.log.warn({ err: error }, "PayPal webhook refused");
        return reply
          .code(400)
          .send(errorBody("BAD_REQUEST", `Webhook signature refused: ${error.message}`));
      }
      if (error instanceof PaymentProviderError) {
        // PayPal could not be asked: answer an error so PayPal delivers the event again later.
        request.log.error({ err: error }, "PayPal webhook could not be verified");
        return reply
          .code(503)
          .send(
            errorBody("SERVICE_UNAVAILABLE", "PayPal could not be reached to verify the event."),
          );
      }
      throw error;
    }
    const outcome = await handlePayPalEvent(deps, event);
    // Another delivery is handling it: an error status makes PayPal deliver it again later.
    return reply.code(outcome === "in_flight" ? 409 : 200).send({ received: true, outcome });
  });
}

/** Handles one verified PayPal event, once (`handleOnce`, the same as Stripe's). */
export async function handlePayPalEvent(
  deps: Deps,
  event: PayPalWebhookEvent,
): Promise<PayPalWebhookOutcome> {
  return handleOnce(deps, { provider: "paypal", id: event.id, type: event.event_type }, () =>
    process(deps, event),
  );
}

type Money = { currency_code?: string; value?: string };
type Resource = {
  id?: string;
  status?: string;
  custom_id?: string;
  amount?: Money;
  status_details?: { reason?: string };
  supplementary_data?: { related_ids?: { order_id?: string } };
  seller_payable_breakdown?: { total_refunded_amount?: Money };
  links?: { rel?: string; href?: string }[];
  purchase_units?: { custom_id?: string }[];
};

async function process(deps: Deps, event: PayPalWebhookEvent): Promise<string | null> {
  const resource = event.resource as Resource;
  switch (event.event_type) {
    case "PAYMENT.CAPTURE.COMPLETED":
      return captureCompleted(deps, resource);
    case "PAYMENT.CAPTURE.PENDING":
      return capturePending(deps, resource);
    case "PAYMENT.CAPTURE.DENIED":
      return captureDenied(deps, resource);
    case "PAYMENT.CAPTURE.REFUNDED":
    case "PAYMENT.CAPTURE.REVERSED":
      return captureRefunded(deps, resource, event);
    case "PAYMENT.REFUND.FAILED":
    case "PAYMENT.REFUND.CANCELLED":
      // One of our pending refunds did not go through: its amount is free to refund again.
      return resource.id ? (await settleRefund(deps, resource.id, "failed")).orderId : null;
    case "CHECKOUT.ORDER.APPROVED":
      return orderApproved(deps, resource);
    case "CUSTOMER.DISPUTE.CREATED":
    case "CUSTOMER.DISPUTE.RESOLVED":
      return payPalDispute(deps, event);
    default:
      return null;
  }
}

/** Our checkout a capture (or a PayPal order) names in its custom_id (its order keeps the id). */
async function orderNamed(deps: Deps, customId: string | undefined) {
  const { orderId } = readCustomId(customId);
  if (!orderId || !/^[0-9a-f-]{36}$/.test(orderId)) return null;
  return deps.db.prisma.checkout.findUnique({ where: { id: orderId } });
}

/** The money was taken: the order is paid (or, if it can no longer be, refunded by markPaid). */
async function captureCompleted(deps: Deps, capture: Resource): Promise<string | null> {
  const order = await orderNamed(deps, capture.custom_id);
  const amount = capture.amount;
  if (!order || !capture.id || !amount?.value || !amount.currency_code) return null;
  const paypalOrderId = capture.supplementary_data?.related_ids?.order_id ?? order.paymentRef;
  try {
    await markPaid(
      deps,
      order.id,
      {
        provider: "paypal",
        paymentRef: paypalOrderId ?? capture.id,
        refundRef: capture.id,
        amount: minorFromPaypal(amount.value, amount.currency_code),
        currency: amount.currency_code,
      },
      "webhook",
    );
  } catch (error) {
    // Retrying cannot make a wrong amount right; it is in the audit log for the merchant.
    if (!(error instanceof PaymentMismatchError)) throw error;
    deps.log.error({ err: error, orderId: order.id }, "PayPal payment does not match the order");
  }
  return order.id;
}

/**
 * PayPal holds the capture for review: payment processing on the order's timeline, its stock held
 * and never swept, until COMPLETED or DENIED (as a Stripe delayed payment).
 */
async function capturePending(deps: Deps, capture: Resource): Promise<string | null> {
  const order = await orderNamed(deps, capture.custom_id);
  if (!order) return null;
  const paypalOrderId = capture.supplementary_data?.related_ids?.order_id ?? order.paymentRef;
  if (order.status === "open" && paypalOrderId && paypalOrderId === order.paymentRef)
    await markProcessing(deps, order.id, paypalOrderId);
  return order.id;
}

/** PayPal refused the capture: a checkout still waiting for it fails, its stock freed. */
async function captureDenied(deps: Deps, capture: Resource): Promise<string | null> {
  const order = await orderNamed(deps, capture.custom_id);
  if (!order) return null;
  const paypalOrderId = capture.supplementary_data?.related_ids?.order_id;
  await endCheckout(deps, order.id, {
    status: "cancelled",
    reason: "PayPal declined the payment",
    // Held for review (PENDING) first, or denied straight away.
    from: ["open", "processing"],
    ...(paypalOrderId ? { paymentRef: paypalOrderId } : {}),
    closePage: true,
    action: "order.cancelled",
    source: "webhook",
  });
  return order.id;
}

/**
 * A refund (ours or one made in PayPal) or a reversal of the capture: the order records what
 * PayPal says is refunded in total, counting nothing twice.
 */
async function captureRefunded(
  deps: Deps,
  refund: Resource,
  event: PayPalWebhookEvent,
): Promise<string | null> {
  const up = refund.links?.find((l) => l.rel === "up")?.href ?? "";
  const captureId = /\/captures\/([^/?]+)/.exec(up)?.[1];
  const total = refund.seller_payable_breakdown?.total_refunded_amount ?? refund.amount;
  if (!captureId || !total?.value || !total.currency_code) return null;
  let order = await deps.db.prisma.order.findFirst({ where: { paymentIntentRef: captureId } });
  if (!order && deps.commerce.paypal) {
    // The refund overtook the capture's own event: the capture (PayPal names its order) proves
    // the payment, so the order is paid first.
    const owner = await deps.commerce.paypal.captureOwner(captureId);
    const named = owner.orderId
      ? await deps.db.prisma.checkout.findUnique({ where: { id: owner.orderId } })
      : null;
    if (named?.status === "open" && owner.paypalOrderId) {
      await confirmReturn(deps, named.siteId, named.token, owner.paypalOrderId, "paypal").catch(
        (error: unknown) => {
          if (!(error instanceof DomainError || error instanceof PaymentMismatchError)) throw error;
        },
      );
      order = await deps.db.prisma.order.findFirst({ where: { paymentIntentRef: captureId } });
    }
  }
  if (!order) return null;
  // One of ours PayPal held as pending has now sent the money; any other (made on PayPal's site)
  // is the difference between PayPal's refunded total and ours.
  if (refund.id && refund.status === "COMPLETED") await settleRefund(deps, refund.id, "succeeded");
  await recordProviderRefund(
    deps,
    order.id,
    minorFromPaypal(total.value, total.currency_code),
    event.id,
  );
  return order.id;
}

/**
 * The shopper approved on PayPal's page (they may never come back to the return URL): capture
 * now, as the return would. Only the order's own PayPal order is captured; one withdrawn since
 * (the shopper chose again) is left to lapse.
 */
async function orderApproved(deps: Deps, paypalOrder: Resource): Promise<string | null> {
  const order = await orderNamed(deps, paypalOrder.purchase_units?.[0]?.custom_id);
  if (!order || !paypalOrder.id) return null;
  if (order.status === "open")
    await confirmReturn(deps, order.siteId, order.token, paypalOrder.id, "paypal").catch(
      (error: unknown) => {
        if (!(error instanceof DomainError || error instanceof PaymentMismatchError)) throw error;
      },
    );
  return order.id;
}
