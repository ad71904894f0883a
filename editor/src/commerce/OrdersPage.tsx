import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterInputs, RouterOutputs } from "../api/types.ts";
import { formatDateTime } from "./time.ts";
import { useDebouncedValue } from "../lib/useDebouncedValue.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Badge } from "../ui/Badge.tsx";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardHeader } from "../ui/Card.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { EmptyState } from "../ui/EmptyState.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { ListQuery, LoadError, STATUS_LABELS, statusTone, useStore } from "./shared.tsx";

type StatusFilter = RouterInputs["orders"]["list"]["status"];
type Order = RouterOutputs["orders"]["get"]["order"];

export function OrdersPage() {
  useDocumentTitle("Orders");
  const trpc = useTRPC();
  const { siteId, money } = useStore();
  const [status, setStatus] = useState<NonNullable<StatusFilter>>("orders");
  const [query, setQuery] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const search = useDebouncedValue(query, 250);
  const list = useQuery({
    ...trpc.orders.list.queryOptions({
      siteId,
      status,
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
      <PageHeader title="Orders" description="Paid orders to fulfil, and what happened to each." />
      <div className="commerce-toolbar">
        <TextField
          label="Search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="#1001, email or name"
        />
        <Select
          label="Show"
          value={status}
          onChange={(e) => setStatus(e.target.value as NonNullable<StatusFilter>)}
        >
          <option value="orders">All orders</option>
          <option value="paid">Unfulfilled (paid)</option>
          <option value="fulfilled">Fulfilled</option>
          <option value="partially_refunded">Partially refunded</option>
          <option value="refunded">Refunded</option>
          <option value="cancelled">Cancelled</option>
          <option value="open">Open checkouts</option>
          <option value="abandoned">Abandoned checkouts</option>
        </Select>
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField label="To" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <ListQuery
        query={list}
        height={240}
        isEmpty={() => orders.length === 0}
        empty={
          <EmptyState
            title="No orders here yet"
            description="Orders appear as soon as a shopper pays."
          />
        }
      >
        {() => (
          <Card>
            <table className="commerce-table">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Date</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Items
                  </th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={o.id}>{o.number ? `#${o.number}` : "Checkout"}</Link>
                    </td>
                    <td>{formatDateTime(o.paidAt ?? o.createdAt)}</td>
                    <td>{o.customerName ?? o.email ?? "—"}</td>
                    <td>
                      <Badge tone={statusTone(o.status)}>{STATUS_LABELS[o.status]}</Badge>
                    </td>
                    <td className="num">{o.itemCount}</td>
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
  useDocumentTitle(detail.data?.order.number ? `Order #${detail.data.order.number}` : "Order");
  const back = (
    <Link to={`/sites/${siteId}/store/orders`}>
      <ArrowLeftIcon size={14} /> Orders
    </Link>
  );
  if (detail.isPending) return <Skeleton height={420} radius={12} />;
  if (detail.isError) return <LoadError error={detail.error} retry={() => void detail.refetch()} />;
  return <OrderView order={detail.data.order} history={detail.data.history} back={back} />;
}

function OrderView({
  order,
  history,
  back,
}: {
  order: Order;
  history: RouterOutputs["orders"]["get"]["history"];
  back: React.ReactNode;
}) {
  const { money } = useStore();
  const [dialog, setDialog] = useState<"fulfil" | "cancel" | "refund" | null>(null);
  const address = order.shippingAddress;
  return (
    <>
      <PageHeader
        eyebrow={back}
        title={order.number ? `Order #${order.number}` : "Checkout in progress"}
        description={
          <>
            <Badge tone={statusTone(order.status)}>{STATUS_LABELS[order.status]}</Badge>
            {order.fulfilled && order.status !== "fulfilled" ? (
              <>
                {" "}
                <Badge tone="success">Fulfilled</Badge>
              </>
            ) : null}{" "}
            {formatDateTime(order.paidAt ?? order.createdAt)}
          </>
        }
        actions={
          <>
            {order.actions.fulfil ? (
              <Button variant="primary" onClick={() => setDialog("fulfil")}>
                Fulfil
              </Button>
            ) : null}
            {order.actions.refund ? (
              <Button onClick={() => setDialog("refund")}>Refund</Button>
            ) : null}
            {order.actions.cancel ? (
              <Button variant="danger-ghost" onClick={() => setDialog("cancel")}>
                Cancel order
              </Button>
            ) : null}
          </>
        }
      />
      <div className="commerce-grid">
        <div className="stack">
          <Card>
            <CardHeader title="Items" />
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
                            <small>SKU {line.sku}</small>
                          </>
                        ) : null}
                      </td>
                      <td className="num">
                        {line.quantity} × {money(line.unitPrice)}
                        {line.refundedQuantity ? (
                          <>
                            <br />
                            <small>{line.refundedQuantity} refunded</small>
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
                <dt>Subtotal</dt>
                <dd>{money(order.subtotal)}</dd>
                {order.discountTotal > 0 ? (
                  <>
                    <dt>Discount {order.discountCode ? `(${order.discountCode})` : ""}</dt>
                    <dd>−{money(order.discountTotal)}</dd>
                  </>
                ) : null}
                <dt>Shipping {order.shippingRateName ? `(${order.shippingRateName})` : ""}</dt>
                <dd>{money(order.shippingTotal)}</dd>
                <dt>{order.taxesIncluded ? "Including tax" : "Tax"}</dt>
                <dd>{money(order.taxTotal)}</dd>
                <dt className="total">Total</dt>
                <dd className="total">{money(order.total)}</dd>
                {order.refundedTotal > 0 ? (
                  <>
                    <dt>Refunded</dt>
                    <dd>−{money(order.refundedTotal)}</dd>
                  </>
                ) : null}
              </dl>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="History" />
            <CardBody>
              <ol className="commerce-history">
                {history.map((entry, i) => (
                  <li key={i}>
                    <strong>{describeEvent(entry.action)}</strong> · {formatDateTime(entry.at)}
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
        </div>
        <div className="stack">
          <Card>
            <CardHeader title="Customer" />
            <CardBody>
              <p>{order.email ?? "No email yet"}</p>
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
                  {address.postalCode} {address.city} {address.region}
                  <br />
                  {address.country}
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
          {order.trackingNumber ? (
            <Card>
              <CardHeader title="Tracking" />
              <CardBody>
                {order.trackingCarrier ? `${order.trackingCarrier}: ` : ""}
                {order.trackingUrl ? (
                  <a href={order.trackingUrl}>{order.trackingNumber}</a>
                ) : (
                  order.trackingNumber
                )}
              </CardBody>
            </Card>
          ) : null}
          {order.cancelReason ? (
            <Card>
              <CardHeader title="Cancelled" />
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

const EVENT_WORDS: Record<string, string> = {
  "order.paid": "Paid",
  "order.fulfilled": "Fulfilled",
  "order.refunded": "Refunded",
  "order.cancelled": "Cancelled",
  "order.payment_declined": "Payment declined",
  "order.payment_mismatch": "Payment amount did not match (check with the provider)",
  "order.refund_failed": "Refund failed",
  "order.payment_refunded_automatically": "Payment refunded automatically",
  "order.automatic_refund_failed": "Automatic refund failed: refund by hand",
};

function describeEvent(action: string): string {
  return EVENT_WORDS[action] ?? action;
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
  const fulfil = useMutation(
    trpc.orders.fulfil.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({ title: "Order fulfilled" });
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
      trackingNumber: String(form.get("trackingNumber") ?? "") || undefined,
      trackingCarrier: String(form.get("trackingCarrier") ?? "") || undefined,
      trackingUrl: String(form.get("trackingUrl") ?? "") || undefined,
      notifyCustomer: form.get("notify") === "on",
    });
  }
  return (
    <Dialog open={open} onClose={onClose} title="Fulfil order" dismissible={!fulfil.isPending}>
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField label="Tracking number" name="trackingNumber" maxLength={100} />
            <TextField label="Carrier" name="trackingCarrier" maxLength={100} />
            <TextField label="Tracking link" name="trackingUrl" type="url" placeholder="https://" />
            <label className="commerce-check">
              <input type="checkbox" name="notify" defaultChecked /> Email the customer
            </label>
            <FormError message={fulfil.error ? toProblem(fulfil.error).message : null} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Back</Button>
          <Button type="submit" variant="primary" loading={fulfil.isPending}>
            Mark as fulfilled
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
  const cancel = useMutation(
    trpc.orders.cancel.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({ title: "Order cancelled" });
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
      title="Cancel order"
      description={
        paid
          ? `${money(order.total - order.refundedTotal)} will be refunded to the customer.`
          : "The items go back on sale."
      }
      dismissible={!cancel.isPending}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            <TextField label="Reason (optional)" name="reason" maxLength={500} />
            {paid ? (
              <label className="commerce-check">
                <input type="checkbox" name="restock" defaultChecked /> Put the items back in stock
              </label>
            ) : null}
            <FormError message={cancel.error ? toProblem(cancel.error).message : null} />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Keep order</Button>
          <Button type="submit" variant="danger" loading={cancel.isPending}>
            Cancel order
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
  const trpc = useTRPC();
  const { siteId, money, exponent } = useStore();
  const refresh = useOrderMutation();
  const toast = useToast();
  const left = order.total - order.refundedTotal;
  const [amount, setAmount] = useState(minorToInput(left, exponent));
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [localError, setLocalError] = useState<string | null>(null);
  const refund = useMutation(
    trpc.orders.refund.mutationOptions({
      onSuccess: async () => {
        await refresh();
        toast.show({ title: "Refund sent" });
        onClose();
      },
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const minor = parseMinor(amount, exponent);
    if (minor === null || minor <= 0) {
      setLocalError("Enter the amount to refund.");
      return;
    }
    const lines = Object.entries(quantities)
      .filter(([, q]) => q > 0)
      .map(([lineId, quantity]) => ({ lineId, quantity }));
    refund.mutate({
      siteId,
      orderId: order.id,
      amount: minor,
      ...(lines.length ? { lines } : {}),
      restock: new FormData(event.currentTarget).get("restock") === "on",
      reason: String(new FormData(event.currentTarget).get("reason") ?? "") || undefined,
    });
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Refund"
      description={`Up to ${money(left)} can be refunded.`}
      dismissible={!refund.isPending}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogBody>
          <div className="form-stack">
            {order.lines.map((line) => (
              <TextField
                key={line.id}
                label={`${line.title}${line.variantTitle ? ` (${line.variantTitle})` : ""}: units to refund`}
                type="number"
                min={0}
                max={line.quantity - line.refundedQuantity}
                value={String(quantities[line.id] ?? 0)}
                onChange={(e) =>
                  setQuantities({ ...quantities, [line.id]: Number(e.target.value) || 0 })
                }
              />
            ))}
            <TextField
              label="Amount"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
            <TextField label="Reason (optional)" name="reason" maxLength={500} />
            <label className="commerce-check">
              <input type="checkbox" name="restock" /> Put the refunded units back in stock
            </label>
            <FormError
              message={localError ?? (refund.error ? toProblem(refund.error).message : null)}
            />
          </div>
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Back</Button>
          <Button type="submit" variant="primary" loading={refund.isPending}>
            Refund
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
