import { TEST_CARDS } from "../payments/test-gateway.ts";

/**
 * What a shopper is told when the store takes payments through the built-in test gateway: no
 * money moves, a real card is refused, and which test cards to type. Shown at the top of the
 * checkout's payment step and on the confirmation of an order paid that way. Self-contained (its
 * CSS is `TEST_PAYMENT_NOTICE_CSS`), so the checkout pages around it can change freely.
 */

const OUTCOMES: Record<(typeof TEST_CARDS)[string], string> = {
  paid: "payment succeeds",
  declined: "card declined",
  insufficient_funds: "insufficient funds",
};

/** "4242424242424242" as printed on a card: "4242 4242 4242 4242". */
const grouped = (number: string) => number.replace(/(\d{4})(?=\d)/g, "$1 ");

export const TEST_PAYMENT_NOTICE_CSS = `
.pg-test-payment{display:grid;gap:0.5rem;padding:var(--pg-space-sm) var(--pg-space-md);border:2px dashed #b54708;border-radius:var(--pg-radius);background:#fffaeb;color:#4e1d09}
.pg-test-payment strong{font-size:var(--pg-text-lg)}
.pg-test-payment p{margin:0}
.pg-test-payment ul{margin:0;padding:0;list-style:none;display:grid;gap:0.25rem}
.pg-test-payment code{font-variant-numeric:tabular-nums;white-space:nowrap;font-weight:600}
`;

/** On the payment step: before the shopper types a card. */
export function TestPaymentNotice() {
  return (
    <div className="pg-test-payment" role="note" aria-label="Test payment">
      <strong>Test payment: no money will be taken</strong>
      <p>
        This shop is in test mode. Your card will not be charged and a real card number is refused.
        Pay with one of these test cards, any future expiry date and any 3-digit security code:
      </p>
      <ul>
        {Object.entries(TEST_CARDS).map(([number, outcome]) => (
          <li key={number}>
            <code>{grouped(number)}</code>: {OUTCOMES[outcome]}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** On the confirmation of an order paid with a test card. */
export function TestOrderNotice() {
  return (
    <div className="pg-test-payment" role="note" aria-label="Test payment">
      <strong>This was a test payment</strong>
      <p>No money was taken from any card. The shop is in test mode and takes no real payments.</p>
    </div>
  );
}
