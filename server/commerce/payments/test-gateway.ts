import { randomBytes } from "node:crypto";
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

type Charge = { id: string; amount: number; currency: string; refunded: number; orderId: string };

export class TestGateway implements PaymentProvider {
  readonly kind = "test";
  readonly collectsCard = true;
  private readonly charges = new Map<string, Charge>();
  private readonly byKey = new Map<string, PaymentResult | { refundId: string }>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async startPayment(request: PaymentRequest): Promise<PaymentResult> {
    const seen = this.byKey.get(request.idempotencyKey);
    if (seen) return seen as PaymentResult;
    const result = this.charge(request);
    this.byKey.set(request.idempotencyKey, result);
    return result;
  }

  private charge(request: PaymentRequest): PaymentResult {
    const card = request.card;
    if (!card) return { status: "declined", message: "Enter your card details." };
    const problem = cardProblem(card, this.now());
    if (problem) return { status: "declined", message: problem };
    const outcome = TEST_CARDS[card.number];
    if (!outcome)
      return {
        status: "declined",
        message:
          "This shop takes test payments only: use the test card 4242 4242 4242 4242 with any future date.",
      };
    if (outcome === "declined") return { status: "declined", message: "Your card was declined." };
    if (outcome === "insufficient_funds")
      return { status: "declined", message: "Your card has insufficient funds." };
    const id = `tch_${randomBytes(12).toString("hex")}`;
    this.charges.set(id, {
      id,
      amount: request.amount,
      currency: request.currency,
      refunded: 0,
      orderId: request.orderId,
    });
    return {
      status: "paid",
      paymentRef: id,
      refundRef: id,
      amount: request.amount,
      currency: request.currency,
    };
  }

  /** The charges taken for an order, as the card statement would list them. */
  chargesFor(orderId: string): readonly Readonly<Charge>[] {
    return [...this.charges.values()].filter((charge) => charge.orderId === orderId);
  }

  async lookupPayment(paymentRef: string): Promise<PaymentLookup> {
    const charge = this.charges.get(paymentRef);
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
    const seen = this.byKey.get(request.idempotencyKey);
    if (seen) return seen as { refundId: string };
    if (!request.refundRef.startsWith("tch_"))
      throw new PaymentProviderError(`The test gateway has no charge ${request.refundRef}.`);
    // Charges made before a restart are forgotten; the test gateway then trusts our own ledger.
    const charge = this.charges.get(request.refundRef);
    if (charge) {
      if (charge.refunded + request.amount > charge.amount)
        throw new PaymentProviderError("The refund is larger than what is left of the charge.");
      charge.refunded += request.amount;
    }
    const result = { refundId: `tre_${randomBytes(12).toString("hex")}` };
    this.byKey.set(request.idempotencyKey, result);
    return result;
  }

  async cancelPayment(): Promise<void> {
    // Test charges are immediate: there is never an unfinished payment to stop.
  }
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
