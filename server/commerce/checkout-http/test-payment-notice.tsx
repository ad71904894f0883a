import type { Translate } from "../../../domain/storefront-i18n/index.ts";
import { TEST_CARDS } from "../payments/test-gateway.ts";

/**
 * What a shopper is told when the store takes payments through the built-in test gateway: no
 * money moves, a real card is refused, and which test cards to type. Shown at the top of the
 * checkout's payment step and on the confirmation of an order paid that way. Self-contained (its
 * CSS is `TEST_PAYMENT_NOTICE_CSS`), so the checkout pages around it can change freely.
 */

const OUTCOMES = {
  paid: "storefront.test.paid",
  declined: "storefront.test.declined",
  insufficient_funds: "storefront.test.insufficient_funds",
} as const satisfies Record<(typeof TEST_CARDS)[string], string>;

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
export function TestPaymentNotice({ t }: { t: Translate }) {
  return (
    <div className="pg-test-payment" role="note" aria-label={t("storefront.test.label")}>
      <strong>{t("storefront.test.title")}</strong>
      <p>{t("storefront.test.text")}</p>
      <ul>
        {Object.entries(TEST_CARDS).map(([number, outcome]) => (
          <li key={number}>
            <code>{grouped(number)}</code>: {t(OUTCOMES[outcome])}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** On the confirmation of an order paid with a test card. */
export function TestOrderNotice({ t }: { t: Translate }) {
  return (
    <div className="pg-test-payment" role="note" aria-label={t("storefront.test.label")}>
      <strong>{t("storefront.test.orderTitle")}</strong>
      <p>{t("storefront.test.orderText")}</p>
    </div>
  );
}
