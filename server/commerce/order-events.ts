/**
 * The order's timeline: one `OrderEvent` per payment, refund, dispute and fulfilment event,
 * written in the transaction that made the change, so the timeline never shows what did not
 * happen nor misses what did. Stored rather than derived from the records because some events
 * leave no record of their own (a refund that failed and was retried, a dispute opened then won,
 * a payment refused as a second one) and because the words of an event are those of its moment.
 */
import type { Prisma } from "../db/client.ts";

type Tx = Prisma.TransactionClient;

export type OrderEventKind =
  | "payment.paid"
  | "payment.processing"
  | "payment.failed"
  | "payment.refunded_automatically"
  | "refund.pending"
  | "refund.succeeded"
  | "refund.failed"
  | "dispute.created"
  | "dispute.closed"
  | "fulfilment.shipped"
  | "order.cancelled";

export async function recordOrderEvent(
  tx: Pick<Tx, "orderEvent">,
  event: {
    orderId: string;
    kind: OrderEventKind;
    message: string;
    data?: Prisma.InputJsonObject;
    actorId?: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.orderEvent.create({
    data: {
      orderId: event.orderId,
      kind: event.kind,
      message: event.message,
      ...(event.data ? { data: event.data } : {}),
      actorId: event.actorId ?? null,
      at: event.at,
    },
  });
}

/** "2 items", "1 item". */
export function itemCount(units: number): string {
  return `${units} ${units === 1 ? "item" : "items"}`;
}
