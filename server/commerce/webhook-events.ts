import type { AppDeps } from "../deps.ts";

/**
 * A payment provider's event, handled once: the one de-duplication Stripe's webhooks
 * (webhooks.ts) and PayPal's (payments/paypal-events.ts) share.
 *
 * 1. The event is stored by id under the `WebhookEvent` unique constraint (provider, event id)
 *    before anything is done with it, so nothing a provider sent is lost.
 * 2. One delivery claims it (an atomic `UPDATE ... WHERE not processed and not claimed`) for
 *    `EVENT_CLAIM_MS`; a delivery arriving meanwhile is told it is in flight (the route answers
 *    409, and the provider delivers again later), so two deliveries never handle it at once.
 * 3. Handled: marked processed, and every later delivery is a duplicate. Failed: the claim is
 *    let go at once with the error kept (`lastError`, `attempts`), the error goes back to the
 *    provider, and its next delivery handles the event again. A process that died while handling
 *    holds the claim until it lapses.
 */

/** How long a delivery may handle an event before another delivery may take it over. */
export const EVENT_CLAIM_MS = 5 * 60_000;

export type EventOutcome =
  /** Handled now; it changed an order (or an account). */
  | "processed"
  /** Handled now; nothing of ours was concerned. */
  | "ignored"
  /** Handled before: nothing done. */
  | "duplicate"
  /** Another delivery is handling it right now: try again later. */
  | "in_flight";

export type ProviderEvent = {
  provider: "stripe" | "paypal";
  id: string;
  type: string;
};

/**
 * Handles `event` with `handle` unless it was handled before or is being handled. `handle`
 * returns the id of the order the event concerned, or null when it concerned none of ours.
 */
export async function handleOnce(
  deps: Pick<AppDeps, "db" | "now">,
  event: ProviderEvent,
  handle: () => Promise<string | null>,
): Promise<EventOutcome> {
  const events = deps.db.prisma.webhookEvent;
  const key = { provider: event.provider, eventId: event.id };
  await events.createMany({ data: [{ ...key, type: event.type }], skipDuplicates: true });
  const now = deps.now();
  const claimed = await events.updateMany({
    where: {
      ...key,
      processedAt: null,
      OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
    },
    data: { claimedUntil: new Date(now.getTime() + EVENT_CLAIM_MS), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const seen = await events.findUnique({ where: { provider_eventId: key } });
    return seen?.processedAt ? "duplicate" : "in_flight";
  }
  let orderId: string | null;
  try {
    orderId = await handle();
  } catch (error) {
    await events
      .update({
        where: { provider_eventId: key },
        data: {
          claimedUntil: null,
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
        },
      })
      .catch(() => undefined);
    throw error;
  }
  await events.update({
    where: { provider_eventId: key },
    data: { processedAt: deps.now(), orderId, claimedUntil: null, lastError: null },
  });
  return orderId === null ? "ignored" : "processed";
}
