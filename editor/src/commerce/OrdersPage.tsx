import { FormattedMessage, useIntl, type IntlShape, type MessageDescriptor } from "react-intl";
import { message } from "../i18n/message.ts";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterInputs, RouterOutputs } from "../api/types.ts";
import { countryName, localityLine } from "../../../domain/storefront-i18n/index.ts";
import { useDebouncedValue } from "../lib/useDebouncedValue.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon } from "../ui/icons.tsx";
import { FormError, Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { eventWords } from "./orderEvents.ts";
import {
  ChoiceSelect,
  FULFILMENT_LABELS,
  fulfilmentTone,
  ListQuery,
  LoadError,
  PAYMENT_LABELS,
  paymentTone,
  STATUS_LABELS,
  StatusLabel,
  statusTone,
  useStore,
} from "./shared.tsx";

type ListInput = RouterInputs["orders"]["list"];
type StatusFilter = NonNullable<ListInput["status"]>;
type Order = RouterOutputs["orders"]["get"]["order"];
type Timeline = RouterOutputs["orders"]["get"]["timeline"];
type Dispute = RouterOutputs["orders"]["get"]["dispute"];

const ANY = message({ id: "commerce.orders.any", defaultMessage: "Any" });

const STATUS_FILTERS = [
  ["orders", message({ id: "commerce.orders.filter.orders", defaultMessage: "All orders" })],
  ["cancelled", message({ id: "commerce.orders.filter.cancelled", defaultMessage: "Cancelled" })],
  ["open", message({ id: "commerce.orders.filter.open", defaultMessage: "Open checkouts" })],
  [
    "abandoned",
    message({ id: "commerce.orders.filter.abandoned", defaultMessage: "Abandoned checkouts" }),
  ],
] as const;

const PAYMENT_FILTERS = [
  ["", ANY],
  ["paid", message({ id: "commerce.orders.filter.paid", defaultMessage: "Paid" })],
  [
    "partially_refunded",
    message({
      id: "commerce.orders.filter.partiallyRefunded",
      defaultMessage: "Partially refunded",
    }),
  ],
  ["refunded", message({ id: "commerce.orders.filter.refunded", defaultMessage: "Refunded" })],
  [
    "processing",
    message({ id: "commerce.orders.filter.processing", defaultMessage: "Payment processing" }),
  ],
  ["disputed", message({ id: "commerce.orders.filter.disputed", defaultMessage: "Disputed" })],
] as const;

const FULFILMENT_FILTERS = [
  ["", ANY],
  [
    "unfulfilled",
    message({ id: "commerce.orders.filter.unfulfilled", defaultMessage: "Unfulfilled" }),
  ],
  [
    "partially_fulfilled",
    message({
      id: "commerce.orders.filter.partiallyFulfilled",
      defaultMessage: "Partially fulfilled",
    }),
  ],
  ["fulfilled", message({ id: "commerce.orders.filter.fulfilled", defaultMessage: "Fulfilled" })],
] as const;

export function OrdersPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "commerce.orders.title", defaultMessage: "Orders" }));
  const trpc = useTRPC();
  const { siteId, money } = useStore();
  const dates = useStore();
  const [status, setStatus] = useState<StatusFilter>("orders");
  const [payment, setPayment] = useState<ListInput["payment"]>();
  const [fulfilment, setFulfilment] = useState<ListInput["fulfilment"]>();
  const [query, setQuery] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const search = useDebouncedValue(query, 250);
  const list = useQuery({
    ...trpc.orders.list.queryOptions({
      siteId,
      status,
      ...(payment ? { payment } : {}),
      ...(fulfilment ? { fulfilment } : {}),
      query: search,
      ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
      ...(to ? { to: new Date(`${to}T23:59:59.999`).toISOString() } : {}),
      limit: 100,
    }),
    placeholderData: keepPreviousData,
  });
  const orders = list.data?.orders ?? [];
  return (
    <>
      <PageHeader
        title={intl.formatMessage({ id: "commerce.orders.title", defaultMessage: "Orders" })}
        description={intl.formatMessage({
          id: "commerce.orders.description",
          defaultMessage: "Paid orders to fulfil, and what happened to each.",
        })}
      />
      <div className="commerce-toolbar">
        <TextField
          label={intl.formatMessage({ id: "commerce.orders.search", defaultMessage: "Search" })}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={intl.formatMessage({
            id: "commerce.orders.searchPlaceholder",
            defaultMessage: "#1001, email or name",
          })}
        />
        <ChoiceSelect
          label={intl.formatMessage({ id: "commerce.orders.show", defaultMessage: "Show" })}
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          choices={STATUS_FILTERS}
        />
        <ChoiceSelect
          label={intl.formatMessage({ id: "commerce.orders.payment", defaultMessage: "Payment" })}
          value={payment ?? ""}
          onChange={(e) => setPayment((e.target.value || undefined) as ListInput["payment"])}
          choices={PAYMENT_FILTERS}
        />
        <ChoiceSelect
          label={intl.formatMessage({
            id: "commerce.orders.fulfilment",
            defaultMessage: "Fulfilment",
          })}
          value={fulfilment ?? ""}
          onChange={(e) => setFulfilment((e.target.value || undefined) as ListInput["fulfilment"])}
          choices={FULFILMENT_FILTERS}
        />
        <TextField
          label={intl.formatMessage({ id: "commerce.orders.from", defaultMessage: "From" })}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={intl.formatMessage({ id: "commerce.orders.to", defaultMessage: "To" })}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <ListQuery
        query={list}
        height={240}
        isEmpty={() => orders.length === 0}
        empty={
          <EmptyState
            title={intl.formatMessage({
              id: "commerce.orders.empty",
              defaultMessage: "No orders here yet",
            })}
            description={intl.formatMessage({
              id: "commerce.orders.emptyHint",
              defaultMessage: "Orders appear as soon as a shopper pays.",
            })}
          />
        }
      >
        {() => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="commerce.orders.column.order" defaultMessage="Order" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="commerce.orders.column.date" defaultMessage="Date" />
                  </th>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.orders.column.customer"
                      defaultMessage="Customer"
                    />
                  </th>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.orders.column.payment"
                      defaultMessage="Payment"
                    />
                  </th>
                  <th scope="col">
                    <FormattedMessage
                      id="commerce.orders.column.fulfilment"
                      defaultMessage="Fulfilment"
                    />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage id="commerce.orders.column.items" defaultMessage="Items" />
                  </th>
                  <th scope="col" className="num">
                    <FormattedMessage id="commerce.orders.column.total" defaultMessage="Total" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={o.id}>
                        {o.number
                          ? intl.formatMessage(
                              { id: "commerce.orders.number", defaultMessage: "#{number}" },
                              { number: o.number },
                            )
                          : intl.formatMessage({
                              id: "commerce.orders.checkout",
                              defaultMessage: "Checkout",
                            })}
                      </Link>
                    </td>
                    <td>{dates.dateTime(o.paidAt ?? o.createdAt)}</td>
                    <td>{o.customerName ?? o.email ?? NONE}</td>
                    <OrderStates order={o} cells />
                    <td className="num">{intl.formatNumber(o.itemCount)}</td>
                    <td className="num">{money(o.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </ListQuery>
    </>
  );
}

export function OrderDetailPage() {
  const { orderId = "" } = useParams();
  const trpc = useTRPC();
  const { siteId } = useStore();
  const detail = useQuery(trpc.orders.get.queryOptions({ siteId, orderId }));
  const intl = useIntl();
  useDocumentTitle(
    detail.data?.order.number
      ? intl.formatMessage(
          { id: "commerce.order.titleNumber", defaultMessage: "Order #{number}" },
          { number: detail.data.order.number },
        )
      : intl.formatMessage({ id: "commerce.order.title", defaultMessage: "Order" }),
  );
  const back = (
    <Link to={`/sites/${siteId}/store/orders`}>
      <ArrowLeftIcon size={14} />
      <FormattedMessage id="commerce.order.back" defaultMessage="Orders" />
    </Link>
  );
  if (detail.isPending) return <Skeleton height={420} radius={12} />;
  if (detail.isError) return <LoadError error={detail.error} retry={() => void detail.refetch()} />;
  return (
    <OrderView
      order={detail.data.order}
      dispute={detail.data.dispute}
      timeline={detail.data.timeline}
      back={back}
    />
  );
}

/**
 * An order's two states side by side (money, goods); a checkout or a cancelled order shows its
 * one state instead.
 */
function OrderStates({
  order,
  cells = false,
}: {
  order: Pick<Order, "status" | "paymentStatus" | "fulfilmentStatus">;
  cells?: boolean;
}) {
  const checkout = order.status === "pending";
  const payment = checkout ? (
    <Badge tone={statusTone(order.status)}>
      <StatusLabel of={STATUS_LABELS} value={order.status} />
    </Badge>
  ) : (
    <Badge tone={paymentTone(order.paymentStatus)}>
      <StatusLabel of={PAYMENT_LABELS} value={order.paymentStatus} />
    </Badge>
  );
  const goods = checkout ? null : (
    <Badge tone={fulfilmentTone(order.fulfilmentStatus)}>
      <StatusLabel of={FULFILMENT_LABELS} value={order.fulfilmentStatus} />
    </Badge>
  );
  if (cells)
    return (
      <>
        <td>{payment}</td>
        <td>{goods ?? NONE}</td>
      </>
    );
  return (
    <>
      {payment} {goods}
    </>
  );
}

function OrderView({
  order,
  dispute,
  timeline,
  back,
}: {
  order: Order;
  dispute?: Dispute;
  timeline: Timeline;
  back: React.ReactNode;
}) {
  const intl = useIntl();
  const { money } = useStore();
  const dates = useStore();
  const [dialog, setDialog] = useState<"fulfil" | "cancel" | "refund" | null>(null);
  const address = order.shippingAddress;
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={
          order.number
            ? intl.formatMessage(
                { id: "commerce.order.titleNumber", defaultMessage: "Order #{number}" },
                { number: order.number },
              )
            : intl.formatMessage({
                id: "commerce.order.checkoutInProgress",
                defaultMessage: "Checkout in progress",
              })
        }
        description={
          <>
            <OrderStates order={order} /> {dates.dateTime(order.paidAt ?? order.createdAt)}
          </>
        }
        actions={
          <>
            {order.actions.fulfil ? (
              <Button variant="primary" onClick={() => setDialog("fulfil")}>
                {order.fulfilmentStatus === "partially_fulfilled"
                  ? intl.formatMessage({
                      id: "commerce.order.shipRest",
                      defaultMessage: "Ship the rest",
                    })
                  : intl.formatMessage({ id: "commerce.order.fulfil", defaultMessage: "Fulfil" })}
              </Button>
            ) : null}
            {order.actions.refund ? (
              <Button onClick={() => setDialog("refund")}>
                <FormattedMessage id="commerce.order.refund" defaultMessage="Refund" />
              </Button>
            ) : null}
            {order.actions.cancel ? (
              <Button variant="danger-ghost" onClick={() => setDialog("cancel")}>
                <FormattedMessage id="commerce.order.cancel" defaultMessage="Cancel order" />
              </Button>
            ) : null}
          </>
        }
      />
      {dispute ? (
        <Notice
          tone="danger"
          title={intl.formatMessage(
            { id: "commerce.order.disputeTitle", defaultMessage: "Disputed: {amount}" },
            { amount: money(dispute.amount) },
          )}
        >
          {dispute.evidenceDueBy
            ? intl.formatMessage(
                {
                  id: "commerce.order.disputeDue",
                  defaultMessage:
                    "The shopper's bank opened a dispute. Send your evidence in Stripe before {date}, or the dispute is lost.",
                },
                { date: dates.dateTime(dispute.evidenceDueBy) },
              )
            : intl.formatMessage({
                id: "commerce.order.dispute",
                defaultMessage: "The shopper's bank opened a dispute. Answer it in Stripe.",
              })}
        </Notice>
      ) : null}
      <div className="commerce-grid">
        <div className="stack">
          <Card>
            <CardHeader
              title={intl.formatMessage({ id: "commerce.order.items", defaultMessage: "Items" })}
            />
            <CardBody flush>
              <table className="commerce-table">
                <tbody>
                  {order.lines.map((line) => (
                    <tr key={line.id}>
                      <td>
                        {line.title}
                        {line.variantTitle ? (
                          <>
                            <br />
                            <small>{line.variantTitle}</small>
                          </>
                        ) : null}
                        {line.sku ? (
                          <>
                            <br />
                            <small>
                              <FormattedMessage
                                id="commerce.order.sku"
                                defaultMessage="SKU {sku}"
                                values={{ sku: line.sku }}
                              />
                            </small>
                          </>
                        ) : null}
                      </td>
                      <td className="num">
                        <FormattedMessage
                          id="commerce.order.lineQuantity"
                          defaultMessage="{quantity} × {price}"
                          values={{ quantity: line.quantity, price: money(line.unitPrice) }}
                        />
                        {line.fulfilledQuantity ? (
                          <>
                            <br />
                            <small>
                              <FormattedMessage
                                id="commerce.order.shipped"
                                defaultMessage="{count} shipped"
                                values={{ count: line.fulfilledQuantity }}
                              />
                            </small>
                          </>
                        ) : null}
                        {line.refundedQuantity ? (
                          <>
                            <br />
                            <small>
                              <FormattedMessage
                                id="commerce.order.refunded"
                                defaultMessage="{count} refunded"
                                values={{ count: line.refundedQuantity }}
                              />
                            </small>
                          </>
                        ) : null}
                      </td>
                      <td className="num">{money(line.unitPrice * line.quantity)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </CardBody>
            <CardBody>
              <dl className="commerce-dl">
                <dt>
                  <FormattedMessage id="commerce.order.subtotal" defaultMessage="Subtotal" />
                </dt>
                <dd>{money(order.subtotal)}</dd>
                {order.discountTotal > 0 ? (
                  <>
                    <dt>
                      {order.discountCode
                        ? intl.formatMessage(
                            {
                              id: "commerce.order.discountCode",
                              defaultMessage: "Discount ({code})",
                            },
                            { code: order.discountCode },
                          )
                        : intl.formatMessage({
                            id: "commerce.order.discount",
                            defaultMessage: "Discount",
                          })}
                    </dt>
                    <dd>{minus(money(order.discountTotal))}</dd>
                  </>
                ) : null}
                <dt>
                  {order.shippingRateName
                    ? intl.formatMessage(
                        { id: "commerce.order.shippingRate", defaultMessage: "Shipping ({rate})" },
                        {
                          // A shop with no zones ships for free (server FREE_SHIPPING_RATE).
                          rate:
                            order.shippingRateId === "free"
                              ? intl.formatMessage({
                                  id: "commerce.order.freeShipping",
                                  defaultMessage: "Free shipping",
                                })
                              : order.shippingRateName,
                        },
                      )
                    : intl.formatMessage({
                        id: "commerce.order.shipping",
                        defaultMessage: "Shipping",
                      })}
                </dt>
                <dd>{money(order.shippingTotal)}</dd>
                <dt>
                  {order.taxesIncluded
                    ? intl.formatMessage({
                        id: "commerce.order.taxIncluded",
                        defaultMessage: "Including tax",
                      })
                    : intl.formatMessage({ id: "commerce.order.tax", defaultMessage: "Tax" })}
                </dt>
                <dd>{money(order.taxTotal)}</dd>
                <dt className="total">
                  <FormattedMessage id="commerce.order.total" defaultMessage="Total" />
                </dt>
                <dd className="total">{money(order.total)}</dd>
                {order.refundedTotal > 0 ? (
                  <>
                    <dt>
                      <FormattedMessage
                        id="commerce.order.refundedTotal"
                        defaultMessage="Refunded"
                      />
                    </dt>
                    <dd>{minus(money(order.refundedTotal))}</dd>
                  </>
                ) : null}
              </dl>
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title={intl.formatMessage({
                id: "commerce.order.timeline",
                defaultMessage: "Timeline",
              })}
            />
            <CardBody>
              <ol
                className="commerce-history"
                aria-label={intl.formatMessage({
                  id: "commerce.order.timelineLabel",
                  defaultMessage: "Order timeline",
                })}
              >
                {timeline.length === 0 ? (
                  <li>
                    <FormattedMessage
                      id="commerce.order.timelineEmpty"
                      defaultMessage="Nothing has happened to this order yet."
                    />
                  </li>
                ) : null}
                {timeline.map((event) => (
                  <li key={event.id}>
                    <strong>
                      {eventWords(event, {
                        intl,
                        money,
                        dateTime: dates.dateTime,
                        currency: order.currency,
                        lines: order.lines,
                      })}
                    </strong>
                    <p className="commerce-history__details">{dates.dateTime(event.at)}</p>
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
        </div>
        <div className="stack">
          <Card>
            <CardHeader
              title={intl.formatMessage({
                id: "commerce.order.customer",
                defaultMessage: "Customer",
              })}
            />
            <CardBody>
              <p>
                {order.email ??
                  intl.formatMessage({
                    id: "commerce.order.noEmail",
                    defaultMessage: "No email yet",
                  })}
              </p>
              {address ? (
                <address>
                  {address.name}
                  <br />
                  {address.line1}
                  {address.line2 ? (
                    <>
                      <br />
                      {address.line2}
                    </>
                  ) : null}
                  <br />
                  {localityLine(address)}
                  <br />
                  {countryName(address.country, intl.locale)}
                  {address.phone ? (
                    <>
                      <br />
                      {address.phone}
                    </>
                  ) : null}
                </address>
              ) : null}
            </CardBody>
          </Card>
          {order.fulfilments.length > 0 ? (
            <Card>
              <CardHeader
                title={intl.formatMessage({
                  id: "commerce.order.shipments",
                  defaultMessage: "Shipments",
                })}
              />
              <CardBody>
                <ol
                  className="commerce-history"
                  aria-label={intl.formatMessage({
                    id: "commerce.order.shipments",
                    defaultMessage: "Shipments",
                  })}
                >
                  {order.fulfilments.map((f) => (
                    <li key={f.id}>
                      <strong>{intl.formatList(f.units.map((u) => describeUnits(intl, u)))}</strong>
                      <p className="commerce-history__details">
                        {dates.dateTime(f.createdAt)}
                        {f.trackingNumber ? (
                          <>
                            <br />
                            {f.trackingCarrier ? (
                              <FormattedMessage
                                id="commerce.order.carrier"
                                defaultMessage="{carrier}: {tracking}"
                                values={{
                                  carrier: f.trackingCarrier,
                                  tracking: f.trackingUrl ? (
                                    <a href={f.trackingUrl}>{f.trackingNumber}</a>
                                  ) : (
                                    <span>{f.trackingNumber}</span>
                                  ),
                                }}
                              />
                            ) : f.trackingUrl ? (
                              <a href={f.trackingUrl}>{f.trackingNumber}</a>
                            ) : (
                              <span>{f.trackingNumber}</span>
                            )}
                          </>
                        ) : null}
                      </p>
                    </li>
                  ))}
                </ol>
              </CardBody>
            </Card>
          ) : null}
          {order.payments.length > 0 || order.refunds.length > 0 ? (
            <Card>
              <CardHeader
                title={intl.formatMessage({
                  id: "commerce.order.payments",
                  defaultMessage: "Payments and refunds",
                })}
              />
              <CardBody>
                <ol
                  className="commerce-history"
                  aria-label={intl.formatMessage({
                    id: "commerce.order.payments",
                    defaultMessage: "Payments and refunds",
                  })}
                >
                  {order.payments.map((p) => (
                    <li key={p.id}>
                      <strong>
                        {p.status === "succeeded"
                          ? intl.formatMessage(
                              { id: "commerce.order.paymentPaid", defaultMessage: "{amount} paid" },
                              { amount: money(p.amount) },
                            )
                          : intl.formatMessage(
                              {
                                id: "commerce.order.paymentStatus",
                                defaultMessage:
                                  "{amount} {status, select, pending {pending} failed {failed} refunded {refunded} other {{status}}}",
                              },
                              { amount: money(p.amount), status: p.status },
                            )}
                      </strong>
                      <p className="commerce-history__details">
                        <FormattedMessage
                          id="commerce.order.paymentDetails"
                          defaultMessage="{provider} · {date}"
                          values={{
                            provider: providerName(intl, p.provider),
                            date: dates.dateTime(p.createdAt),
                          }}
                        />
                      </p>
                    </li>
                  ))}
                  {order.refunds.map((r) => (
                    <li key={r.id}>
                      <strong>
                        {r.status === "pending"
                          ? intl.formatMessage({
                              id: "commerce.order.refundPending",
                              defaultMessage: "Refund pending",
                            })
                          : r.status === "failed"
                            ? intl.formatMessage({
                                id: "commerce.order.refundFailed",
                                defaultMessage: "Refund failed",
                              })
                            : intl.formatMessage({
                                id: "commerce.order.refundedTotal",
                                defaultMessage: "Refunded",
                              })}
                      </strong>
                      <RefundDetails refund={r} />
                    </li>
                  ))}
                </ol>
              </CardBody>
            </Card>
          ) : null}
          {order.cancelReason ? (
            <Card>
              <CardHeader
                title={intl.formatMessage({
                  id: "commerce.order.cancelled",
                  defaultMessage: "Cancelled",
                })}
              />
              <CardBody>{order.cancelReason}</CardBody>
            </Card>
          ) : null}
        </div>
      </div>
      <FulfilDialog order={order} open={dialog === "fulfil"} onClose={() => setDialog(null)} />
      <CancelDialog order={order} open={dialog === "cancel"} onClose={() => setDialog(null)} />
      <RefundDialog order={order} open={dialog === "refund"} onClose={() => setDialog(null)} />
    </>
  );
}

/** What a refund in the history gave back: amount, units, shipping, stock and why. */
function RefundDetails({ refund }: { refund: Order["refunds"][number] }) {
  const { money } = useStore();
  const intl = useIntl();
  const parts = [
    money(refund.amount),
    ...(refund.units.length || refund.shipping
      ? [
          intl.formatList([
            ...refund.units.map((u) => describeUnits(intl, u)),
            ...(refund.shipping
              ? [
                  intl.formatMessage({
                    id: "commerce.order.refundShipping",
                    defaultMessage: "shipping",
                  }),
                ]
              : []),
          ]),
        ]
      : []),
    ...(refund.units.length && refund.restock
      ? [intl.formatMessage({ id: "commerce.order.restocked", defaultMessage: "back in stock" })]
      : []),
  ];
  return (
    <p className="commerce-history__details">
      {parts.join(" · ")}
      {refund.reason ? (
        <>
          <br />
          <FormattedMessage
            id="commerce.order.reason"
            defaultMessage="Reason: {reason}"
            values={{ reason: refund.reason }}
          />
        </>
      ) : null}
    </p>
  );
}

const PROVIDER_NAMES: Record<string, MessageDescriptor> = {
  test: message({ id: "commerce.order.provider.test", defaultMessage: "Test gateway" }),
  stripe: message({ id: "commerce.order.provider.stripe", defaultMessage: "Stripe" }),
  paypal: message({ id: "commerce.order.provider.paypal", defaultMessage: "PayPal" }),
  none: message({ id: "commerce.order.provider.none", defaultMessage: "Nothing to pay" }),
};

function providerName(intl: IntlShape, provider: string): string {
  const name = PROVIDER_NAMES[provider];
  return name ? intl.formatMessage(name) : provider;
}

/** "—": a cell with nothing to show. */
const NONE = "\u2014";

/** "−¥555": an amount taken off (a minus sign, not a hyphen). */
function minus(amount: string): string {
  return `\u2212${amount}`;
}

/** "2 × Matcha Bowl (Large)". */
function describeUnits(
  intl: IntlShape,
  unit: { quantity: number; title: string; variantTitle: string },
): string {
  return intl.formatMessage(
    { id: "commerce.order.units", defaultMessage: "{quantity} × {line}" },
    { quantity: unit.quantity, line: describeLine(unit) },
  );
}

function useOrderMutation() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => queryClient.invalidateQueries({ queryKey: trpc.orders.pathKey() });
}

function FulfilDialog({
  order,
  open,
  onClose,
}: {
  order: Order;
  open: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { siteId } = useStore();
  const refresh = useOrderMutation();
  const toast = useToast();
  const intl = useIntl();
  const toShip = order.lines.filter((l) => l.toShipQuantity > 0);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const quantityOf = (line: (typeof toShip)[number]) => quantities[line.id] ?? line.toShipQuantity;
  const units = toShip.reduce((sum, l) => sum + quantityOf(l), 0);
  const everything = toShip.every((l) => quantityOf(l) === l.toShipQuantity);
  const fulfil = useMutation(
    trpc.orders.fulfil.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({
          title: everything
            ? intl.formatMessage({ id: "commerce.fulfil.done", defaultMessage: "Order fulfilled" })
            : intl.formatMessage(
                {
                  id: "commerce.fulfil.shipped",
                  defaultMessage: "{units, plural, one {# item shipped} other {# items shipped}}",
                },
                { units },
              ),
        });
        setQuantities({});
        onClose();
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    fulfil.mutate({
      siteId,
      orderId: order.id,
      // Everything left: no list, so units refunded meanwhile are not shipped by mistake.
      ...(everything
        ? {}
        : { lines: toShip.map((l) => ({ lineId: l.id, quantity: quantityOf(l) })) }),
      trackingNumber: String(form.get("trackingNumber") ?? "") || undefined,
      trackingCarrier: String(form.get("trackingCarrier") ?? "") || undefined,
      trackingUrl: String(form.get("trackingUrl") ?? "") || undefined,
      notifyCustomer: form.get("notify") === "on",
    });
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: "commerce.fulfil.title", defaultMessage: "Ship items" })}
      dismissible={!fulfil.isPending}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <fieldset className="commerce-refund-lines">
              <legend>
                <FormattedMessage
                  id="commerce.fulfil.items"
                  defaultMessage="Items in this shipment"
                />
              </legend>
              {toShip.map((line) => (
                <TextField
                  key={line.id}
                  label={intl.formatMessage(
                    { id: "commerce.fulfil.toShip", defaultMessage: "{line} ({count} to ship)" },
                    { line: describeLine(line), count: line.toShipQuantity },
                  )}
                  type="number"
                  min={0}
                  max={line.toShipQuantity}
                  value={String(quantityOf(line))}
                  onChange={(e) =>
                    setQuantities((q) => ({
                      ...q,
                      [line.id]: Math.max(
                        0,
                        Math.min(line.toShipQuantity, Math.floor(Number(e.target.value) || 0)),
                      ),
                    }))
                  }
                />
              ))}
            </fieldset>
            <TextField
              label={intl.formatMessage({
                id: "commerce.fulfil.trackingNumber",
                defaultMessage: "Tracking number",
              })}
              name="trackingNumber"
              maxLength={100}
            />
            <TextField
              label={intl.formatMessage({
                id: "commerce.fulfil.carrier",
                defaultMessage: "Carrier",
              })}
              name="trackingCarrier"
              maxLength={100}
            />
            <TextField
              label={intl.formatMessage({
                id: "commerce.fulfil.trackingUrl",
                defaultMessage: "Tracking link",
              })}
              name="trackingUrl"
              type="url"
              placeholder={URL_PLACEHOLDER}
            />
            <label className="commerce-check">
              <input type="checkbox" name="notify" defaultChecked />
              <FormattedMessage id="commerce.fulfil.notify" defaultMessage="Email the customer" />
            </label>
            <FormError message={fulfil.error ? toProblem(fulfil.error).message : null} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>
            <FormattedMessage id="commerce.fulfil.back" defaultMessage="Back" />
          </Button>
          <Button type="submit" variant="primary" loading={fulfil.isPending} disabled={units === 0}>
            {everything
              ? intl.formatMessage({
                  id: "commerce.fulfil.all",
                  defaultMessage: "Mark as fulfilled",
                })
              : intl.formatMessage(
                  {
                    id: "commerce.fulfil.some",
                    defaultMessage: "{units, plural, one {Ship # item} other {Ship # items}}",
                  },
                  { units },
                )}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function CancelDialog({
  order,
  open,
  onClose,
}: {
  order: Order;
  open: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { siteId, money } = useStore();
  const refresh = useOrderMutation();
  const toast = useToast();
  const intl = useIntl();
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({
          title: intl.formatMessage({
            id: "commerce.cancel.done",
            defaultMessage: "Order cancelled",
          }),
        });
        onClose();
      },
    }),
  );
  const paid = order.paidAt !== null;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    cancel.mutate({
      siteId,
      orderId: order.id,
      reason: String(form.get("reason") ?? "") || undefined,
      restock: form.get("restock") === "on",
    });
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: "commerce.cancel.title", defaultMessage: "Cancel order" })}
      description={
        paid
          ? intl.formatMessage(
              {
                id: "commerce.cancel.refunded",
                defaultMessage: "{amount} will be refunded to the customer.",
              },
              { amount: money(order.total - order.refundedTotal) },
            )
          : intl.formatMessage({
              id: "commerce.cancel.backOnSale",
              defaultMessage: "The items go back on sale.",
            })
      }
      dismissible={!cancel.isPending}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField
              label={intl.formatMessage({
                id: "commerce.cancel.reason",
                defaultMessage: "Reason (optional)",
              })}
              name="reason"
              maxLength={500}
            />
            {paid ? (
              <label className="commerce-check">
                <input type="checkbox" name="restock" defaultChecked />
                <FormattedMessage
                  id="commerce.cancel.restock"
                  defaultMessage="Put the items back in stock"
                />
              </label>
            ) : null}
            <FormError message={cancel.error ? toProblem(cancel.error).message : null} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>
            <FormattedMessage id="commerce.cancel.keep" defaultMessage="Keep order" />
          </Button>
          <Button type="submit" variant="danger" loading={cancel.isPending}>
            <FormattedMessage id="commerce.cancel.submit" defaultMessage="Cancel order" />
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

function RefundDialog({
  order,
  open,
  onClose,
}: {
  order: Order;
  open: boolean;
  onClose: () => void;
}) {
  const [sending, setSending] = useState(false);
  const intl = useIntl();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={intl.formatMessage({ id: "commerce.refund.title", defaultMessage: "Refund" })}
      dismissible={!sending}
    >
      <RefundForm order={order} onClose={onClose} onSending={setSending} />
    </Dialog>
  );
}

type RefundPick = { lineId: string; quantity: number };

/**
 * Choose units (and shipping), see what they come to, then confirm. The amount follows the
 * chosen units as the server computes it (their price, share of discount and tax); the merchant
 * may type a lower one, never more than is left to refund.
 */
function RefundForm({
  order,
  onClose,
  onSending,
}: {
  order: Order;
  onClose: () => void;
  onSending: (sending: boolean) => void;
}) {
  const trpc = useTRPC();
  const { siteId, money, currency } = useStore();
  const refresh = useOrderMutation();
  const toast = useToast();
  const intl = useIntl();
  const [units, setUnits] = useState<Record<string, string>>({});
  const [shipping, setShipping] = useState(false);
  const [typedAmount, setTypedAmount] = useState<string | null>(null);
  const [restock, setRestock] = useState(true);
  const [reason, setReason] = useState("");
  const [step, setStep] = useState<"choose" | "confirm">("choose");

  const lines = order.lines.filter((l) => l.refundableQuantity > 0);
  const unitErrors: Record<string, string> = {};
  const picks: RefundPick[] = [];
  for (const line of lines) {
    const text = (units[line.id] ?? "").trim();
    const quantity = text === "" ? 0 : Number(text);
    if (!Number.isInteger(quantity) || quantity < 0)
      unitErrors[line.id] = intl.formatMessage({
        id: "commerce.refund.error.whole",
        defaultMessage: "Enter a whole number.",
      });
    else if (quantity > line.refundableQuantity)
      unitErrors[line.id] = intl.formatMessage(
        {
          id: "commerce.refund.error.atMostUnits",
          defaultMessage: "At most {count} can be refunded.",
        },
        { count: line.refundableQuantity },
      );
    else if (quantity > 0) picks.push({ lineId: line.id, quantity });
  }
  const unitsValid = Object.keys(unitErrors).length === 0;
  const quote = useQuery({
    ...trpc.orders.refundQuote.queryOptions({ siteId, orderId: order.id, lines: picks, shipping }),
    placeholderData: keepPreviousData,
    enabled: unitsValid,
  });
  const left = quote.data?.refundable ?? order.total - order.refundedTotal;
  // Until the merchant types an amount, it is the suggestion for what is chosen now.
  const following = typedAmount === null;
  const amountText = typedAmount ?? minorToInput(quote.data?.amount ?? 0, currency);
  const amount = parseMinor(amountText, currency);
  const amountError =
    amount === null && amountText.trim() !== ""
      ? intl.formatMessage(
          {
            id: "commerce.refund.error.amount",
            defaultMessage: "Enter an amount, such as {example}.",
          },
          { example: minorToInput(1250, currency) },
        )
      : amount !== null && amount > left
        ? intl.formatMessage(
            {
              id: "commerce.refund.error.atMost",
              defaultMessage: "At most {amount} can be refunded.",
            },
            { amount: money(left) },
          )
        : undefined;
  const settled = !following || (quote.isSuccess && !quote.isPlaceholderData);
  const ready = unitsValid && settled && amount !== null && amount > 0 && !amountError;
  const unitCount = picks.reduce((sum, p) => sum + p.quantity, 0);

  const refund = useMutation(
    trpc.orders.refund.mutationOptions({
      onMutate: () => onSending(true),
      onSettled: () => onSending(false),
      onSuccess: async () => {
        await refresh();
        toast.show({
          title: intl.formatMessage(
            { id: "commerce.refund.done", defaultMessage: "Refunded {amount}" },
            { amount: money(amount ?? 0) },
          ),
        });
        onClose();
      },
    }),
  );

  function choose(change: () => void) {
    change();
    setTypedAmount(null);
  }

  function onReview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ready) setStep("confirm");
  }

  function onConfirm() {
    if (amount === null) return;
    refund.mutate({
      siteId,
      orderId: order.id,
      amount,
      ...(picks.length ? { lines: picks } : {}),
      shipping,
      restock: restock && picks.length > 0,
      reason: reason.trim() || undefined,
    });
  }

  if (step === "confirm" && amount !== null)
    return (
      <>
        <DialogBody>
          <div className="form-stack">
            <Notice
              tone="warning"
              title={
                order.email
                  ? intl.formatMessage(
                      {
                        id: "commerce.refund.confirmTitle",
                        defaultMessage: "Refund {amount} to {email}?",
                      },
                      { amount: money(amount), email: order.email },
                    )
                  : intl.formatMessage(
                      {
                        id: "commerce.refund.confirmTitleCustomer",
                        defaultMessage: "Refund {amount} to the customer?",
                      },
                      { amount: money(amount) },
                    )
              }
            >
              <FormattedMessage
                id="commerce.refund.confirmText"
                defaultMessage="The money goes back to the payment they made. A refund cannot be undone."
              />
            </Notice>
            <ul
              className="commerce-refund-summary"
              aria-label={intl.formatMessage({
                id: "commerce.refund.summary",
                defaultMessage: "What is refunded",
              })}
            >
              {picks.map((pick) => {
                const line = order.lines.find((l) => l.id === pick.lineId)!;
                return (
                  <li key={pick.lineId}>
                    {describeUnits(intl, { ...line, quantity: pick.quantity })}
                  </li>
                );
              })}
              {shipping && quote.data?.shipping ? (
                <li>
                  <FormattedMessage
                    id="commerce.refund.summaryShipping"
                    defaultMessage="Shipping ({amount})"
                    values={{ amount: money(quote.data.shipping) }}
                  />
                </li>
              ) : null}
              {picks.length === 0 && !shipping ? (
                <li>
                  <FormattedMessage
                    id="commerce.refund.summaryAmountOnly"
                    defaultMessage="An amount, no items"
                  />
                </li>
              ) : null}
              {picks.length > 0 ? (
                <li>
                  {restock
                    ? intl.formatMessage({
                        id: "commerce.refund.summaryRestock",
                        defaultMessage: "Units go back in stock",
                      })
                    : intl.formatMessage({
                        id: "commerce.refund.summaryNoRestock",
                        defaultMessage: "Units stay out of stock",
                      })}
                </li>
              ) : null}
              {reason.trim() ? (
                <li>
                  <FormattedMessage
                    id="commerce.order.reason"
                    defaultMessage="Reason: {reason}"
                    values={{ reason: reason.trim() }}
                  />
                </li>
              ) : null}
            </ul>
            <FormError message={refund.error ? toProblem(refund.error).message : null} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setStep("choose")} disabled={refund.isPending}>
            <FormattedMessage id="commerce.refund.back" defaultMessage="Back" />
          </Button>
          <Button variant="primary" loading={refund.isPending} onClick={onConfirm}>
            <FormattedMessage id="commerce.refund.confirm" defaultMessage="Confirm refund" />
          </Button>
        </DialogFooter>
      </>
    );

  return (
    <form onSubmit={onReview} noValidate>
      <DialogBody>
        <div className="form-stack">
          {lines.length > 0 ? (
            <fieldset className="commerce-refund-lines">
              <legend>
                <FormattedMessage id="commerce.refund.items" defaultMessage="Items to refund" />
              </legend>
              {lines.map((line) => (
                <TextField
                  key={line.id}
                  label={describeLine(line)}
                  hint={intl.formatMessage(
                    {
                      id: "commerce.refund.lineHint",
                      defaultMessage: "{left} of {count} can be refunded · {price} each",
                    },
                    {
                      left: line.refundableQuantity,
                      count: line.quantity,
                      price: money(line.unitPrice),
                    },
                  )}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={line.refundableQuantity}
                  step={1}
                  value={units[line.id] ?? "0"}
                  error={unitErrors[line.id]}
                  onChange={(e) => choose(() => setUnits({ ...units, [line.id]: e.target.value }))}
                />
              ))}
            </fieldset>
          ) : null}
          {order.shippingRefundable > 0 ? (
            <label className="commerce-check">
              <input
                type="checkbox"
                checked={shipping}
                onChange={(e) => choose(() => setShipping(e.target.checked))}
              />
              <FormattedMessage
                id="commerce.refund.shipping"
                defaultMessage="Refund shipping ({amount})"
                values={{ amount: money(order.shippingRefundable) }}
              />
            </label>
          ) : null}
          {quote.data && (unitCount > 0 || shipping) ? (
            <dl
              className="commerce-dl"
              aria-label={intl.formatMessage({
                id: "commerce.refund.suggested",
                defaultMessage: "Suggested refund",
              })}
            >
              {unitCount > 0 ? (
                <>
                  <dt>
                    <FormattedMessage
                      id="commerce.refund.itemCount"
                      defaultMessage="{count, plural, one {# item} other {# items}}"
                      values={{ count: unitCount }}
                    />
                  </dt>
                  <dd>{money(quote.data.items)}</dd>
                </>
              ) : null}
              {quote.data.discount > 0 ? (
                <>
                  <dt>
                    <FormattedMessage id="commerce.order.discount" defaultMessage="Discount" />
                  </dt>
                  <dd>{minus(money(quote.data.discount))}</dd>
                </>
              ) : null}
              {quote.data.shipping > 0 ? (
                <>
                  <dt>
                    <FormattedMessage id="commerce.order.shipping" defaultMessage="Shipping" />
                  </dt>
                  <dd>{money(quote.data.shipping)}</dd>
                </>
              ) : null}
              {quote.data.tax > 0 ? (
                <>
                  <dt>
                    {order.taxesIncluded
                      ? intl.formatMessage({
                          id: "commerce.order.taxIncluded",
                          defaultMessage: "Including tax",
                        })
                      : intl.formatMessage({ id: "commerce.order.tax", defaultMessage: "Tax" })}
                  </dt>
                  <dd>{money(quote.data.tax)}</dd>
                </>
              ) : null}
              <dt className="total">
                <FormattedMessage
                  id="commerce.refund.suggested"
                  defaultMessage="Suggested refund"
                />
              </dt>
              <dd className="total">{money(quote.data.amount)}</dd>
            </dl>
          ) : null}
          <TextField
            label={intl.formatMessage({
              id: "commerce.refund.amount",
              defaultMessage: "Refund amount",
            })}
            inputMode="decimal"
            value={amountText}
            hint={intl.formatMessage(
              {
                id: "commerce.refund.amountHint",
                defaultMessage:
                  "Up to {amount} can be refunded. You may refund less than suggested.",
              },
              { amount: money(left) },
            )}
            error={amountError}
            onChange={(e) => setTypedAmount(e.target.value)}
          />
          <TextField
            label={intl.formatMessage({
              id: "commerce.refund.reason",
              defaultMessage: "Reason (optional)",
            })}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {unitCount > 0 ? (
            <label className="commerce-check">
              <input
                type="checkbox"
                checked={restock}
                onChange={(e) => setRestock(e.target.checked)}
              />
              <FormattedMessage
                id="commerce.refund.restock"
                defaultMessage="Put the refunded units back in stock"
              />
            </label>
          ) : null}
          <FormError message={quote.isError && following ? toProblem(quote.error).message : null} />
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>
          <FormattedMessage id="commerce.refund.cancel" defaultMessage="Cancel" />
        </Button>
        <Button type="submit" variant="primary" disabled={!ready}>
          <FormattedMessage
            id="commerce.refund.submit"
            defaultMessage="Refund {amount}"
            values={{ amount: money(amount ?? 0) }}
          />
        </Button>
      </DialogFooter>
    </form>
  );
}

/** A web address as people start typing one, the same in every language. */
const URL_PLACEHOLDER = "https://";

function describeLine(line: { title: string; variantTitle: string }): string {
  return line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title;
}
