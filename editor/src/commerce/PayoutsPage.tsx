import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { formatAmount } from "./money.ts";
import { LoadError, useStore } from "./shared.tsx";
import { formatDate } from "./time.ts";

type View = RouterOutputs["payments"]["payouts"];
type Summary = Extract<View, { state: "ready" }>["summary"];

/** Every word of this screen, in one place for the translation pass. */
const WORDS = {
  title: "Payments & payouts",
  description: "Your money at Stripe and PayPal: what is ready, what is on its way, and the fees.",
  stripe: "Stripe",
  stripeDescription: "Your Stripe account's balance, payouts to your bank and fees.",
  paypal: "PayPal",
  paypalDescription:
    "Your PayPal balance and transactions of the last 31 days, with PayPal's fees.",
  testTitle: "Test payments only",
  testBody:
    "This store pays with the built-in test gateway: no money moves, so there is no balance or payout to show.",
  testNone: "No test payments yet.",
  testTotals: (count: number) => `${count} test ${count === 1 ? "payment" : "payments"}`,
  testRefunded: "refunded",
  unavailable: "Not available right now",
  available: "Available",
  pending: "On its way",
  none: "None",
  payouts: "Recent payouts",
  noPayouts: "No payouts yet.",
  arriving: "arrives",
  sent: "sent",
  fees: "Platform fees",
  noFees: "No platform fees taken yet.",
  transactions: "Recent activity",
  noTransactions: "No activity yet.",
  columns: { date: "Date", what: "What", amount: "Amount", fees: "Fees", net: "Net" },
  feeParts: (provider: string, platform: string | null) =>
    platform ? `${provider} + platform ${platform}` : provider,
  status: {
    paid: "Paid",
    pending: "Pending",
    in_transit: "In transit",
    canceled: "Cancelled",
    failed: "Failed",
    available: "Available",
    reversed: "Reversed",
  } as Record<string, string>,
};

/**
 * The store's money at its providers, each in its own card that loads, fails and answers on its
 * own: Stripe (the connected account, or the test gateway's charges) and PayPal. A provider that
 * is down or refuses is a sentence in its card; the rest of the page works.
 */
export function PayoutsPage() {
  useDocumentTitle(WORDS.title);
  const trpc = useTRPC();
  const { siteId } = useStore();
  const stripe = useQuery(trpc.payments.payouts.queryOptions({ siteId }));
  const paypal = useQuery(trpc.payments.paypalPayouts.queryOptions({ siteId }));
  return (
    <>
      <PageHeader title={WORDS.title} description={WORDS.description} />
      <div className="stack">
        <ProviderCard title={WORDS.stripe} description={WORDS.stripeDescription} query={stripe} />
        <ProviderCard title={WORDS.paypal} description={WORDS.paypalDescription} query={paypal} />
      </div>
    </>
  );
}

function ProviderCard({
  title,
  description,
  query,
}: {
  title: string;
  description: string;
  query: UseQueryResult<View, unknown>;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <CardBody>
        <section aria-label={title}>
          {query.isPending ? (
            <Skeleton height={120} radius={8} />
          ) : query.isError ? (
            <LoadError error={query.error} retry={() => void query.refetch()} />
          ) : (
            <ViewBody view={query.data} />
          )}
        </section>
      </CardBody>
    </Card>
  );
}

function ViewBody({ view }: { view: View }) {
  switch (view.state) {
    case "absent":
      return <p className="payments-note">{view.message}</p>;
    case "unavailable":
      return (
        <Notice tone="warning" title={WORDS.unavailable}>
          {view.message}
        </Notice>
      );
    case "test":
      return <TestCharges charges={view.charges} />;
    case "ready":
      return <SummaryBody summary={view.summary} />;
  }
}

function TestCharges({ charges }: { charges: Extract<View, { state: "test" }>["charges"] }) {
  return (
    <div className="form-stack">
      <Notice tone="info" title={WORDS.testTitle}>
        {WORDS.testBody}
      </Notice>
      {charges.length === 0 ? (
        <p className="payments-note">{WORDS.testNone}</p>
      ) : (
        <dl className="commerce-dl payouts-dl">
          {charges.map((c) => (
            <div key={c.currency} className="payouts-dl__row">
              <dt>{WORDS.testTotals(c.count)}</dt>
              <dd>
                {formatAmount(c.amount, c.currency)}
                {c.refunded > 0
                  ? ` (${formatAmount(c.refunded, c.currency)} ${WORDS.testRefunded})`
                  : ""}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

const amounts = (rows: { amount: number; currency: string }[]) =>
  rows.length ? rows.map((r) => formatAmount(r.amount, r.currency)).join(", ") : WORDS.none;

function statusBadge(status: string) {
  const tone =
    status === "paid" || status === "available"
      ? "success"
      : status === "failed" || status === "canceled" || status === "reversed"
        ? "danger"
        : "warning";
  return <Badge tone={tone}>{WORDS.status[status] ?? status.replaceAll("_", " ")}</Badge>;
}

function SummaryBody({ summary }: { summary: Summary }) {
  return (
    <div className="form-stack">
      <dl className="commerce-dl payouts-dl">
        <div className="payouts-dl__row">
          <dt>{WORDS.available}</dt>
          <dd>{amounts(summary.available)}</dd>
        </div>
        <div className="payouts-dl__row">
          <dt>{WORDS.pending}</dt>
          <dd>{amounts(summary.pending)}</dd>
        </div>
      </dl>
      <h3 className="payouts-heading">{WORDS.payouts}</h3>
      {summary.payouts.length === 0 ? (
        <p className="payments-note">{WORDS.noPayouts}</p>
      ) : (
        <ul className="payments-list payouts-list" aria-label={WORDS.payouts}>
          {summary.payouts.map((p) => (
            <li key={p.id}>
              <span className="payouts-list__amount">{formatAmount(p.amount, p.currency)}</span>{" "}
              {statusBadge(p.status)}{" "}
              <span className="payments-note">
                {p.arrivalDate
                  ? `${WORDS.arriving} ${formatDate(p.arrivalDate)}`
                  : `${WORDS.sent} ${formatDate(p.createdAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="payouts-heading">{WORDS.transactions}</h3>
      {summary.transactions.length === 0 ? (
        <p className="payments-note">{WORDS.noTransactions}</p>
      ) : (
        <div className="payouts-table-wrap">
          <table className="commerce-table" aria-label={WORDS.transactions}>
            <thead>
              <tr>
                <th scope="col">{WORDS.columns.date}</th>
                <th scope="col">{WORDS.columns.what}</th>
                <th scope="col" className="num">
                  {WORDS.columns.amount}
                </th>
                <th scope="col" className="num">
                  {WORDS.columns.fees}
                </th>
                <th scope="col" className="num">
                  {WORDS.columns.net}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.transactions.map((t) => (
                <tr key={t.id}>
                  <td>{formatDate(t.createdAt)}</td>
                  <td>
                    {t.description} {t.status !== "available" ? statusBadge(t.status) : null}
                  </td>
                  <td className="num">{formatAmount(t.amount, t.currency)}</td>
                  <td className="num">
                    {WORDS.feeParts(
                      formatAmount(t.providerFee, t.currency),
                      t.platformFee ? formatAmount(t.platformFee, t.currency) : null,
                    )}
                  </td>
                  <td className="num">{formatAmount(t.net, t.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.fees.length > 0 ? (
        <>
          <h3 className="payouts-heading">{WORDS.fees}</h3>
          <ul className="payments-list" aria-label={WORDS.fees}>
            {summary.fees.map((f) => (
              <li key={f.id}>
                {formatAmount(f.amount, f.currency)} · {formatDate(f.createdAt)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
