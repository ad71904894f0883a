import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { message } from "../i18n/message.ts";
import { PAYOUTS_NOTES, TRANSACTIONS, wordOf } from "./paymentWords.ts";
import { ColumnHeads, LoadError, StatusLabel, useStore } from "./shared.tsx";

type View = RouterOutputs["payments"]["payouts"];
type Summary = Extract<View, { state: "ready" }>["summary"];

/** The states of a payout or a balance transaction, as the providers name them. */
const STATUS = {
  paid: message({ id: "commerce.payouts.status.paid", defaultMessage: "Paid" }),
  pending: message({ id: "commerce.payouts.status.pending", defaultMessage: "Pending" }),
  in_transit: message({ id: "commerce.payouts.status.inTransit", defaultMessage: "In transit" }),
  canceled: message({ id: "commerce.payouts.status.canceled", defaultMessage: "Cancelled" }),
  failed: message({ id: "commerce.payouts.status.failed", defaultMessage: "Failed" }),
  available: message({ id: "commerce.payouts.status.available", defaultMessage: "Available" }),
  reversed: message({ id: "commerce.payouts.status.reversed", defaultMessage: "Reversed" }),
} as Record<string, MessageDescriptor>;

/**
 * The store's money at its providers, each in its own card that loads, fails and answers on its
 * own: Stripe (the connected account, or the test gateway's charges) and PayPal. A provider that
 * is down or refuses is a sentence in its card; the rest of the page works.
 */
const COLUMNS = [
  message({ id: "commerce.payouts.column.date", defaultMessage: "Date" }),
  message({ id: "commerce.payouts.column.what", defaultMessage: "What" }),
  {
    word: message({ id: "commerce.payouts.column.amount", defaultMessage: "Amount" }),
    numeric: true,
  },
  { word: message({ id: "commerce.payouts.column.fees", defaultMessage: "Fees" }), numeric: true },
  { word: message({ id: "commerce.payouts.column.net", defaultMessage: "Net" }), numeric: true },
] as const;

export function PayoutsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({
    id: "commerce.payouts.title",
    defaultMessage: "Payments & payouts",
  });
  useDocumentTitle(title);
  const trpc = useTRPC();
  const { siteId } = useStore();
  const stripe = useQuery(trpc.payments.payouts.queryOptions({ siteId }));
  const paypal = useQuery(trpc.payments.paypalPayouts.queryOptions({ siteId }));
  return (
    <>
      <PageHeader
        title={title}
        description={intl.formatMessage({
          id: "commerce.payouts.description",
          defaultMessage:
            "Your money at Stripe and PayPal: what is ready, what is on its way, and the fees.",
        })}
      />
      <div className="stack">
        <ProviderCard
          title={intl.formatMessage({ id: "commerce.payouts.stripe", defaultMessage: "Stripe" })}
          description={intl.formatMessage({
            id: "commerce.payouts.stripeDescription",
            defaultMessage: "Your Stripe account's balance, payouts to your bank and fees.",
          })}
          query={stripe}
        />
        <ProviderCard
          title={intl.formatMessage({ id: "commerce.payouts.paypal", defaultMessage: "PayPal" })}
          description={intl.formatMessage({
            id: "commerce.payouts.paypalDescription",
            defaultMessage:
              "Your PayPal balance and transactions of the last 31 days, with PayPal's fees.",
          })}
          query={paypal}
        />
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
  const intl = useIntl();
  switch (view.state) {
    case "absent":
      return (
        <p className="payments-note">{wordOf(intl, PAYOUTS_NOTES, view.code, view.message)}</p>
      );
    case "unavailable":
      return (
        <Notice
          tone="warning"
          title={intl.formatMessage({
            id: "commerce.payouts.unavailable",
            defaultMessage: "Not available right now",
          })}
        >
          {wordOf(intl, PAYOUTS_NOTES, view.code, view.message, { provider: view.provider })}
        </Notice>
      );
    case "test":
      return <TestCharges charges={view.charges} />;
    case "ready":
      return <SummaryBody summary={view.summary} />;
  }
}

function TestCharges({ charges }: { charges: Extract<View, { state: "test" }>["charges"] }) {
  const intl = useIntl();
  const { money } = useStore();
  return (
    <div className="form-stack">
      <Notice
        tone="info"
        title={intl.formatMessage({
          id: "commerce.payouts.testTitle",
          defaultMessage: "Test payments only",
        })}
      >
        <FormattedMessage
          id="commerce.payouts.testBody"
          defaultMessage="This store pays with the built-in test gateway: no money moves, so there is no balance or payout to show."
        />
      </Notice>
      {charges.length === 0 ? (
        <p className="payments-note">
          <FormattedMessage id="commerce.payouts.testNone" defaultMessage="No test payments yet." />
        </p>
      ) : (
        <dl className="commerce-dl payouts-dl">
          {charges.map((c) => (
            <div key={c.currency} className="payouts-dl__row">
              <dt>
                <FormattedMessage
                  id="commerce.payouts.testCount"
                  defaultMessage="{count, plural, one {# test payment} other {# test payments}}"
                  values={{ count: c.count }}
                />
              </dt>
              <dd>
                {c.refunded > 0 ? (
                  <FormattedMessage
                    id="commerce.payouts.testAmountRefunded"
                    defaultMessage="{amount} ({refunded} refunded)"
                    values={{
                      amount: money(c.amount, c.currency),
                      refunded: money(c.refunded, c.currency),
                    }}
                  />
                ) : (
                  money(c.amount, c.currency)
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

function StatusBadge({ status }: { status: string }) {
  const tone =
    status === "paid" || status === "available"
      ? "success"
      : status === "failed" || status === "canceled" || status === "reversed"
        ? "danger"
        : "warning";
  return (
    <Badge tone={tone}>
      <StatusLabel of={STATUS} value={status} />
    </Badge>
  );
}

function SummaryBody({ summary }: { summary: Summary }) {
  const intl = useIntl();
  const { money, date } = useStore();
  const amounts = (rows: { amount: number; currency: string }[]) =>
    rows.length
      ? intl.formatList(
          rows.map((r) => money(r.amount, r.currency)),
          { type: "unit" },
        )
      : intl.formatMessage({ id: "commerce.payouts.none", defaultMessage: "None" });
  const payoutsLabel = intl.formatMessage({
    id: "commerce.payouts.payouts",
    defaultMessage: "Recent payouts",
  });
  const activityLabel = intl.formatMessage({
    id: "commerce.payouts.transactions",
    defaultMessage: "Recent activity",
  });
  const feesLabel = intl.formatMessage({
    id: "commerce.payouts.fees",
    defaultMessage: "Platform fees",
  });
  return (
    <div className="form-stack">
      <dl className="commerce-dl payouts-dl">
        <div className="payouts-dl__row">
          <dt>
            <FormattedMessage id="commerce.payouts.available" defaultMessage="Available" />
          </dt>
          <dd>{amounts(summary.available)}</dd>
        </div>
        <div className="payouts-dl__row">
          <dt>
            <FormattedMessage id="commerce.payouts.pending" defaultMessage="On its way" />
          </dt>
          <dd>{amounts(summary.pending)}</dd>
        </div>
      </dl>
      <h3 className="payouts-heading">{payoutsLabel}</h3>
      {summary.payouts.length === 0 ? (
        <p className="payments-note">
          <FormattedMessage id="commerce.payouts.noPayouts" defaultMessage="No payouts yet." />
        </p>
      ) : (
        <ul className="payments-list payouts-list" aria-label={payoutsLabel}>
          {summary.payouts.map((p) => (
            <li key={p.id}>
              <span className="payouts-list__amount">{money(p.amount, p.currency)}</span>
              <StatusBadge status={p.status} />
              <span className="payments-note">
                {p.arrivalDate ? (
                  <FormattedMessage
                    id="commerce.payouts.arrives"
                    defaultMessage="arrives {date}"
                    values={{ date: date(p.arrivalDate) }}
                  />
                ) : (
                  <FormattedMessage
                    id="commerce.payouts.sent"
                    defaultMessage="sent {date}"
                    values={{ date: date(p.createdAt) }}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="payouts-heading">{activityLabel}</h3>
      {summary.transactions.length === 0 ? (
        <p className="payments-note">
          <FormattedMessage
            id="commerce.payouts.noTransactions"
            defaultMessage="No activity yet."
          />
        </p>
      ) : (
        <div className="payouts-table-wrap">
          <table className="commerce-table" aria-label={activityLabel}>
            <ColumnHeads columns={COLUMNS} />
            <tbody>
              {summary.transactions.map((t) => (
                <tr key={t.id}>
                  <td>{date(t.createdAt)}</td>
                  <td>
                    <span className="commerce-inline">
                      {wordOf(intl, TRANSACTIONS, t.descriptionCode, t.description)}
                      {t.status !== "available" ? <StatusBadge status={t.status} /> : null}
                    </span>
                  </td>
                  <td className="num">{money(t.amount, t.currency)}</td>
                  <td className="num">
                    {t.platformFee ? (
                      <FormattedMessage
                        id="commerce.payouts.feeParts"
                        defaultMessage="{provider} + platform {platform}"
                        values={{
                          provider: money(t.providerFee, t.currency),
                          platform: money(t.platformFee, t.currency),
                        }}
                      />
                    ) : (
                      money(t.providerFee, t.currency)
                    )}
                  </td>
                  <td className="num">{money(t.net, t.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.fees.length > 0 ? (
        <>
          <h3 className="payouts-heading">{feesLabel}</h3>
          <ul className="payments-list" aria-label={feesLabel}>
            {summary.fees.map((f) => (
              <li key={f.id}>
                <FormattedMessage
                  id="commerce.payouts.feeLine"
                  defaultMessage="{amount} · {date}"
                  values={{ amount: money(f.amount, f.currency), date: date(f.createdAt) }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
