import { randomBytes } from "node:crypto";
import { Prisma, type PrismaClient } from "../../db/client.ts";
import {
  PaymentProviderError,
  type CardDetails,
  type PaymentLookup,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentResult,
  type RefundRequest,
} from "./port.ts";

/**
 * The built-in test gateway, the embedded default: no network, no real money. It follows
 * Stripe's test cards so the same numbers work in both: 4242 4242 4242 4242 is paid,
 * 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds. Any other number
 * is refused, so a real card is never typed into a shop that cannot take it.
 */
export const TEST_CARDS: Record<string, "paid" | "declined" | "insufficient_funds"> = {
  "4242424242424242": "paid",
  "5555555555554444": "paid",
  "4000000000000002": "declined",
  "4000000000009995": "insufficient_funds",
};

/** A charge as the card statement would list it. */
export type TestChargeRecord = {
  id: string;
  amount: number;
  currency: string;
  refunded: number;
  orderId: string;
};

const isDuplicateKey = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Its charges and refunds live in the database (TestCharge, TestRefund), as a card network keeps
 * them apart from the shop: a lookup, a refund or a retried request answers the same after a
 * restart, and a second gateway on the same database (another process) sees them too.
 */
export class TestGateway implements PaymentProvider {
  readonly kind = "test";
  readonly collectsCard = true;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async startPayment(request: PaymentRequest): Promise<PaymentResult> {
    const seen = await this.chargeByKey(request.idempotencyKey);
    if (seen) return paid(seen);
    // A declined card is not stored: the same request is declined again for the same reason.
    const problem = declineReason(request.card, this.now());
    if (problem) return { status: "declined", message: problem };
    try {
      const charge = await this.prisma.testCharge.create({
        data: {
          id: `tch_${randomBytes(12).toString("hex")}`,
          siteId: request.siteId,
          orderId: request.orderId,
          amount: request.amount,
          currency: request.currency,
          idempotencyKey: request.idempotencyKey,
        },
      });
      return paid(charge);
    } catch (error) {
      // The same key asked twice at once: the first charge is the answer to both.
      if (!isDuplicateKey(error)) throw error;
      return paid((await this.chargeByKey(request.idempotencyKey))!);
    }
  }

  private chargeByKey(idempotencyKey: string) {
    return this.prisma.testCharge.findUnique({ where: { idempotencyKey } });
  }

  /** The charges taken for an order, as the card statement would list them. */
  async chargesFor(orderId: string): Promise<TestChargeRecord[]> {
    return this.prisma.testCharge.findMany({
      where: { orderId },
      orderBy: { createdAt: "asc" },
      select: { id: true, amount: true, currency: true, refunded: true, orderId: true },
    });
  }

  async lookupPayment(paymentRef: string): Promise<PaymentLookup> {
    const charge = await this.prisma.testCharge.findUnique({ where: { id: paymentRef } });
    if (!charge) return { status: "expired", orderId: null };
    return {
      status: "paid",
      amount: charge.amount,
      currency: charge.currency,
      refundRef: charge.id,
      orderId: charge.orderId,
    };
  }

  async refund(request: RefundRequest): Promise<{ refundId: string }> {
    const seen = await this.refundByKey(request.idempotencyKey);
    if (seen) return { refundId: seen.id };
    if (!request.refundRef.startsWith("tch_"))
      throw new PaymentProviderError(`The test gateway has no charge ${request.refundRef}.`);
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          // One refund of a charge at a time, so two parts never add up to more than was paid.
          const [charge] = await tx.$queryRaw<{ amount: number; refunded: number }[]>`
            SELECT "amount", "refunded" FROM "TestCharge" WHERE "id" = ${request.refundRef} FOR UPDATE`;
          // Charges taken before the gateway kept them (an older version, in memory) are gone:
          // the shop's own ledger, which checked the amount, is trusted for those as it was then.
          if (!charge) return { refundId: newRefundId() };
          // The same refund asked at once: the first one, committed while we waited, is the answer.
          const first = await tx.testRefund.findUnique({
            where: { idempotencyKey: request.idempotencyKey },
          });
          if (first) return { refundId: first.id };
          if (charge.refunded + request.amount > charge.amount)
            throw new PaymentProviderError("The refund is larger than what is left of the charge.");
          await tx.testCharge.update({
            where: { id: request.refundRef },
            data: { refunded: { increment: request.amount } },
          });
          const refund = await tx.testRefund.create({
            data: {
              id: newRefundId(),
              chargeId: request.refundRef,
              amount: request.amount,
              idempotencyKey: request.idempotencyKey,
            },
          });
          return { refundId: refund.id };
        },
        { maxWait: 20_000, timeout: 30_000 },
      );
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return { refundId: (await this.refundByKey(request.idempotencyKey))!.id };
    }
  }

  private refundByKey(idempotencyKey: string) {
    return this.prisma.testRefund.findUnique({ where: { idempotencyKey } });
  }

  async cancelPayment(): Promise<void> {
    // Test charges are immediate: there is never an unfinished payment to stop.
  }
}

const newRefundId = () => `tre_${randomBytes(12).toString("hex")}`;

function paid(charge: { id: string; amount: number; currency: string }): PaymentResult {
  return {
    status: "paid",
    paymentRef: charge.id,
    refundRef: charge.id,
    amount: charge.amount,
    currency: charge.currency,
  };
}

/** Why the test gateway declines this card, or null when it pays. */
function declineReason(card: CardDetails | undefined, now: Date): string | null {
  if (!card) return "Enter your card details.";
  const problem = cardProblem(card, now);
  if (problem) return problem;
  const outcome = TEST_CARDS[card.number];
  if (!outcome)
    return "This shop takes test payments only: use the test card 4242 4242 4242 4242 with any future date.";
  if (outcome === "declined") return "Your card was declined.";
  if (outcome === "insufficient_funds") return "Your card has insufficient funds.";
  return null;
}

/** The checks any card form makes before asking the bank: the number's checksum and the date. */
export function cardProblem(card: CardDetails, now: Date): string | null {
  if (!/^\d{12,19}$/.test(card.number) || !luhn(card.number))
    return "Your card number is not valid.";
  const expiry = new Date(Date.UTC(card.expYear, card.expMonth, 1));
  if (!(card.expMonth >= 1 && card.expMonth <= 12) || expiry <= now)
    return "Your card has expired.";
  if (!/^\d{3,4}$/.test(card.cvc)) return "Your card's security code is not valid.";
  return null;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
