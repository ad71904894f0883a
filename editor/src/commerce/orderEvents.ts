import type { IntlShape, MessageDescriptor } from "react-intl";
import type { RouterOutputs } from "../api/types.ts";
import { message } from "../i18n/message.ts";

/**
 * An order's timeline event worded in the app's language from its `kind` and `data` (amount,
 * currency, provider, lines, reason...), which the server records beside its English
 * (server/commerce/order-events.ts). An event whose kind or figures the app does not know (an
 * event recorded before the figures were, a newer server) shows the stored English.
 */

type Detail = RouterOutputs["orders"]["get"];
type TimelineEvent = Detail["timeline"][number];
type Line = Detail["order"]["lines"][number];

export type EventTools = {
  intl: IntlShape;
  /** An amount in the order's currency (or the one given), as the app prints money. */
  money: (minor: number, currency?: string) => string;
  dateTime: (iso: string) => string;
  currency: string;
  lines: Line[];
};

const PROVIDERS: Record<string, MessageDescriptor> = {
  test: message({ id: "commerce.order.event.provider.test", defaultMessage: "the test gateway" }),
  stripe: message({ id: "commerce.order.event.provider.stripe", defaultMessage: "Stripe" }),
  paypal: message({ id: "commerce.order.event.provider.paypal", defaultMessage: "PayPal" }),
};

const UNWANTED: Record<string, MessageDescriptor> = {
  "sold out": message({
    id: "commerce.order.event.unwanted.soldOut",
    defaultMessage: "Sold out while paying ({amount})",
  }),
  "code used up": message({
    id: "commerce.order.event.unwanted.codeUsedUp",
    defaultMessage: "Discount code used up while paying ({amount})",
  }),
  cancelled: message({
    id: "commerce.order.event.unwanted.cancelled",
    defaultMessage: "Paid after the checkout was cancelled ({amount})",
  }),
  "paid twice": message({
    id: "commerce.order.event.unwanted.paidTwice",
    defaultMessage: "Paid twice: the second payment was refunded automatically ({amount})",
  }),
};

const CHECKOUT_CANCELLED: Record<string, MessageDescriptor> = {
  "sold out": message({
    id: "commerce.order.event.checkoutCancelled.soldOut",
    defaultMessage:
      "Checkout cancelled: sold out while the payment was being made; the payment was refunded.",
  }),
  "code used up": message({
    id: "commerce.order.event.checkoutCancelled.codeUsedUp",
    defaultMessage:
      "Checkout cancelled: the discount code was used up while the payment was being made; the payment was refunded.",
  }),
};

/** The card networks' and PayPal's dispute reasons (lower case codes). */
const DISPUTE_REASONS: Record<string, MessageDescriptor> = {
  fraudulent: message({
    id: "commerce.order.event.disputeReason.fraudulent",
    defaultMessage: "fraudulent",
  }),
  duplicate: message({
    id: "commerce.order.event.disputeReason.duplicate",
    defaultMessage: "duplicate",
  }),
  product_not_received: message({
    id: "commerce.order.event.disputeReason.productNotReceived",
    defaultMessage: "product not received",
  }),
  product_unacceptable: message({
    id: "commerce.order.event.disputeReason.productUnacceptable",
    defaultMessage: "product unacceptable",
  }),
  credit_not_processed: message({
    id: "commerce.order.event.disputeReason.creditNotProcessed",
    defaultMessage: "credit not processed",
  }),
  unrecognized: message({
    id: "commerce.order.event.disputeReason.unrecognized",
    defaultMessage: "unrecognized",
  }),
  subscription_canceled: message({
    id: "commerce.order.event.disputeReason.subscriptionCanceled",
    defaultMessage: "subscription cancelled",
  }),
  general: message({ id: "commerce.order.event.disputeReason.general", defaultMessage: "general" }),
};

/** PayPal's codes that mean one of the above. */
const REASON_ALIASES: Record<string, string> = {
  merchandise_or_service_not_received: "product_not_received",
  merchandise_or_service_not_as_described: "product_unacceptable",
  unauthorised: "unrecognized",
};

/** A refund, with or without what it gave back (`{what}`: "1 × Matcha Bowl and shipping"). */
const REFUND_WORDS = {
  pending: {
    for: message({
      id: "commerce.order.event.refundPendingFor",
      defaultMessage: "Refund pending: {amount} for {what}",
    }),
    plain: message({
      id: "commerce.order.event.refundPending",
      defaultMessage: "Refund pending: {amount}",
    }),
  },
  done: {
    for: message({
      id: "commerce.order.event.refundedFor",
      defaultMessage: "Refunded: {amount} for {what}",
    }),
    plain: message({ id: "commerce.order.event.refunded", defaultMessage: "Refunded: {amount}" }),
  },
};

type Data = Record<string, unknown>;

function num(data: Data, key: string): number | null {
  const value = data[key];
  return typeof value === "number" ? value : null;
}

function str(data: Data, key: string): string | null {
  const value = data[key];
  return typeof value === "string" && value !== "" ? value : null;
}

/** "1 × Matcha Bowl, shipping": what a refund gave back; null when a line is unknown. */
function refundedWhat(data: Data, tools: EventTools): string | null {
  const picks = Array.isArray(data.lines) ? (data.lines as unknown[]) : [];
  const parts: string[] = [];
  for (const pick of picks) {
    const p = pick as { lineId?: unknown; quantity?: unknown };
    const line = tools.lines.find((l) => l.id === p.lineId);
    if (!line || typeof p.quantity !== "number") return null;
    parts.push(`${p.quantity} × ${line.title}`);
  }
  if (data.shipping === true)
    parts.push(
      tools.intl.formatMessage({
        id: "commerce.order.event.refundShipping",
        defaultMessage: "shipping",
      }),
    );
  return tools.intl.formatList(parts);
}

/** The event in the app's language, or null when the app cannot word it (the English shows). */
function worded(event: TimelineEvent, tools: EventTools): string | null {
  const { intl } = tools;
  const data: Data =
    event.data && typeof event.data === "object" && !Array.isArray(event.data)
      ? (event.data as Data)
      : {};
  const currency = str(data, "currency") ?? tools.currency;
  const amountOf = (key: string) => {
    const minor = num(data, key);
    return minor === null ? null : tools.money(minor, currency);
  };
  const amount = amountOf("amount");
  switch (event.kind) {
    case "payment.paid": {
      const provider = str(data, "provider");
      if (amount === null || !provider) return null;
      if (provider === "none")
        return intl.formatMessage(
          {
            id: "commerce.order.event.paidNothing",
            defaultMessage: "Payment of {amount} received (nothing to pay)",
          },
          { amount },
        );
      const name = PROVIDERS[provider];
      return intl.formatMessage(
        {
          id: "commerce.order.event.paid",
          defaultMessage: "Payment of {amount} received through {provider}",
        },
        { amount, provider: name ? intl.formatMessage(name) : provider },
      );
    }
    case "payment.processing":
      if (amount === null) return null;
      return intl.formatMessage(
        {
          id: "commerce.order.event.processing",
          defaultMessage:
            "Payment of {amount} processing: the shopper's bank confirms it within days",
        },
        { amount },
      );
    case "payment.refunded_automatically": {
      const why = UNWANTED[str(data, "why") ?? ""];
      return why && amount !== null ? intl.formatMessage(why, { amount }) : null;
    }
    case "refund.pending":
    case "refund.succeeded": {
      if (amount === null) return null;
      if (data.byProvider === true || "eventId" in data)
        return intl.formatMessage(
          {
            id: "commerce.order.event.refundedByProvider",
            defaultMessage: "Refunded at the payment provider: {amount}",
          },
          { amount },
        );
      const what = refundedWhat(data, tools);
      if (what === null) return null;
      const words = REFUND_WORDS[event.kind === "refund.pending" ? "pending" : "done"];
      return intl.formatMessage(what ? words.for : words.plain, { amount, what });
    }
    case "refund.failed":
      if (amount === null) return null;
      return intl.formatMessage(
        {
          id: "commerce.order.event.refundFailed",
          defaultMessage: "Refund of {amount} failed at the payment provider",
        },
        { amount },
      );
    case "dispute.created": {
      const code = str(data, "reason");
      if (amount === null || !code) return null;
      const known = DISPUTE_REASONS[REASON_ALIASES[code] ?? code];
      const reason = known ? intl.formatMessage(known) : code.replaceAll("_", " ");
      const due = str(data, "evidenceDueBy");
      return due
        ? intl.formatMessage(
            {
              id: "commerce.order.event.disputeOpenedDue",
              defaultMessage: "Dispute opened for {amount} ({reason}); evidence due by {date}",
            },
            { amount, reason, date: tools.dateTime(due) },
          )
        : intl.formatMessage(
            {
              id: "commerce.order.event.disputeOpened",
              defaultMessage: "Dispute opened for {amount} ({reason})",
            },
            { amount, reason },
          );
    }
    case "dispute.closed": {
      const lost = amountOf("lost");
      if (amount === null || typeof data.won !== "boolean") return null;
      if (data.won)
        return intl.formatMessage(
          {
            id: "commerce.order.event.disputeWon",
            defaultMessage: "Dispute won: the {amount} stay with the store",
          },
          { amount },
        );
      return lost === null
        ? null
        : intl.formatMessage(
            {
              id: "commerce.order.event.disputeLost",
              defaultMessage: "Dispute lost: {amount} went back to the shopper's bank",
            },
            { amount: lost },
          );
    }
    case "fulfilment.shipped": {
      const picks = Array.isArray(data.lines) ? (data.lines as { quantity?: unknown }[]) : null;
      if (!picks) return null;
      const count = picks.reduce(
        (sum, p) => sum + (typeof p.quantity === "number" ? p.quantity : 0),
        0,
      );
      const number = str(data, "trackingNumber");
      const carrier = str(data, "trackingCarrier");
      const tracking = [carrier, number].filter(Boolean).join(" ");
      return tracking
        ? intl.formatMessage(
            {
              id: "commerce.order.event.shippedTracking",
              defaultMessage: "{count, plural, one {# item} other {# items}} shipped ({tracking})",
            },
            { count, tracking },
          )
        : intl.formatMessage(
            {
              id: "commerce.order.event.shipped",
              defaultMessage: "{count, plural, one {# item} other {# items}} shipped",
            },
            { count },
          );
    }
    case "order.cancelled": {
      const why = str(data, "why");
      if (why) {
        const words = CHECKOUT_CANCELLED[why];
        return words ? intl.formatMessage(words) : null;
      }
      if (!("reason" in data)) return null;
      const reason = str(data, "reason");
      return reason
        ? intl.formatMessage(
            {
              id: "commerce.order.event.cancelledReason",
              defaultMessage: "Order cancelled: {reason}",
            },
            { reason },
          )
        : intl.formatMessage({
            id: "commerce.order.event.cancelled",
            defaultMessage: "Order cancelled",
          });
    }
    default:
      return null;
  }
}

export function eventWords(event: TimelineEvent, tools: EventTools): string {
  return worded(event, tools) ?? event.message;
}
