import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { NavLink, Outlet, useParams, Link } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ArrowLeftIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { Button } from "../ui/Button.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { message } from "../i18n/message.ts";
import { formatAmount } from "./money.ts";
import "./commerce.css";

export type StoreSettings = RouterOutputs["checkout"]["settings"];

export function useSiteId(): string {
  return useParams().siteId ?? "";
}

/** The shop's currency and how to print its amounts (in the app's language). */
export function useStore() {
  const trpc = useTRPC();
  const siteId = useSiteId();
  const settings = useQuery(trpc.checkout.settings.queryOptions({ siteId }));
  const currency = settings.data?.currency ?? "USD";
  const { locale } = useIntl();
  return {
    siteId,
    settings,
    currency,
    money: (minor: number) => formatAmount(minor, currency, locale),
  };
}

const SECTIONS = [
  ["products", message({ id: "commerce.layout.products", defaultMessage: "Products" })],
  ["collections", message({ id: "commerce.layout.collections", defaultMessage: "Collections" })],
  ["orders", message({ id: "commerce.layout.orders", defaultMessage: "Orders" })],
  ["discounts", message({ id: "commerce.layout.discounts", defaultMessage: "Discounts" })],
  ["taxes", message({ id: "commerce.layout.taxes", defaultMessage: "Taxes & currency" })],
  ["shipping", message({ id: "commerce.layout.shipping", defaultMessage: "Shipping" })],
  ["payments", message({ id: "commerce.layout.payments", defaultMessage: "Payments" })],
  ["payouts", message({ id: "commerce.layout.payouts", defaultMessage: "Payouts" })],
] as const;

/** The store screens' frame: back to the site, and a tab per part of the shop. */
export function CommerceLayout() {
  const siteId = useSiteId();
  const trpc = useTRPC();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  const intl = useIntl();
  return (
    <div className="page commerce">
      <div className="commerce__top">
        <Link to={`/sites/${siteId}/settings`} className="commerce__back">
          <ArrowLeftIcon size={14} />
          {site.data?.site.name ??
            intl.formatMessage({ id: "commerce.layout.site", defaultMessage: "Site" })}
        </Link>
        <nav
          aria-label={intl.formatMessage({ id: "commerce.layout.nav", defaultMessage: "Store" })}
          className="commerce__tabs"
        >
          {SECTIONS.map(([path, label]) => (
            <NavLink key={path} to={`/sites/${siteId}/store/${path}`} className="commerce__tab">
              {intl.formatMessage(label)}
            </NavLink>
          ))}
        </nav>
      </div>
      <Outlet />
    </div>
  );
}

/** A failed query, in the server's words, with a retry. */
export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  const intl = useIntl();
  return (
    <Notice
      tone="danger"
      title={intl.formatMessage({
        id: "commerce.loadError.title",
        defaultMessage: "This could not be loaded",
      })}
      action={
        <Button size="sm" onClick={retry}>
          <FormattedMessage id="commerce.loadError.retry" defaultMessage="Try again" />
        </Button>
      }
    >
      {toProblem(error).message}
    </Notice>
  );
}

/**
 * A list screen's query: a placeholder while it loads, the error with a retry, `empty` when
 * `isEmpty` says so, else `children` with the data.
 */
export function ListQuery<Data>({
  query,
  height = 200,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<Data, unknown>;
  /** Of the loading placeholder, in pixels. */
  height?: number;
  isEmpty: (data: Data) => boolean;
  empty: ReactNode;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <Skeleton height={height} radius={12} />;
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  return isEmpty(query.data) ? empty : children(query.data);
}

/** One of the label tables' words for `value`, or `value` itself when the table lacks it. */
export function StatusLabel({
  of,
  value,
}: {
  of: Record<string, MessageDescriptor>;
  value: string;
}) {
  const intl = useIntl();
  const descriptor = of[value];
  return <>{descriptor ? intl.formatMessage(descriptor) : value}</>;
}

export const STATUS_LABELS: Record<string, MessageDescriptor> = {
  pending: message({ id: "commerce.status.pending", defaultMessage: "Awaiting payment" }),
  paid: message({ id: "commerce.status.paid", defaultMessage: "Paid" }),
  fulfilled: message({ id: "commerce.status.fulfilled", defaultMessage: "Fulfilled" }),
  partially_refunded: message({
    id: "commerce.status.partiallyRefunded",
    defaultMessage: "Partially refunded",
  }),
  refunded: message({ id: "commerce.status.refunded", defaultMessage: "Refunded" }),
  cancelled: message({ id: "commerce.status.cancelled", defaultMessage: "Cancelled" }),
  draft: message({ id: "commerce.status.draft", defaultMessage: "Draft" }),
  active: message({ id: "commerce.status.active", defaultMessage: "Active" }),
  archived: message({ id: "commerce.status.archived", defaultMessage: "Archived" }),
};

/** An order's money (`paymentStatus`), in the merchant's words. */
export const PAYMENT_LABELS: Record<string, MessageDescriptor> = {
  pending: message({ id: "commerce.payment.pending", defaultMessage: "Awaiting payment" }),
  processing: message({ id: "commerce.payment.processing", defaultMessage: "Payment processing" }),
  authorized: message({ id: "commerce.payment.authorized", defaultMessage: "Authorized" }),
  paid: message({ id: "commerce.payment.paid", defaultMessage: "Paid" }),
  partially_refunded: message({
    id: "commerce.payment.partiallyRefunded",
    defaultMessage: "Partially refunded",
  }),
  refunded: message({ id: "commerce.payment.refunded", defaultMessage: "Refunded" }),
  disputed: message({ id: "commerce.payment.disputed", defaultMessage: "Disputed" }),
  failed: message({ id: "commerce.payment.failed", defaultMessage: "Payment failed" }),
  voided: message({ id: "commerce.payment.voided", defaultMessage: "Not paid" }),
};

/** An order's goods (`fulfilmentStatus`). */
export const FULFILMENT_LABELS: Record<string, MessageDescriptor> = {
  unfulfilled: message({ id: "commerce.fulfilment.unfulfilled", defaultMessage: "Unfulfilled" }),
  partially_fulfilled: message({
    id: "commerce.fulfilment.partiallyFulfilled",
    defaultMessage: "Partially fulfilled",
  }),
  fulfilled: message({ id: "commerce.fulfilment.fulfilled", defaultMessage: "Fulfilled" }),
  cancelled: message({ id: "commerce.fulfilment.cancelled", defaultMessage: "Cancelled" }),
};

export function paymentTone(
  status: string,
): "neutral" | "brand" | "success" | "warning" | "danger" {
  switch (status) {
    case "paid":
      return "success";
    case "pending":
    case "processing":
    case "authorized":
    case "partially_refunded":
      return "warning";
    case "refunded":
    case "disputed":
    case "failed":
      return "danger";
    default:
      return "neutral";
  }
}

export function fulfilmentTone(
  status: string,
): "neutral" | "brand" | "success" | "warning" | "danger" {
  switch (status) {
    case "fulfilled":
      return "success";
    case "partially_fulfilled":
      return "brand";
    case "unfulfilled":
      return "warning";
    default:
      return "neutral";
  }
}

export function statusTone(status: string): "neutral" | "brand" | "success" | "warning" | "danger" {
  switch (status) {
    case "paid":
    case "active":
      return "brand";
    case "fulfilled":
      return "success";
    case "pending":
    case "partially_refunded":
    case "draft":
      return "warning";
    case "cancelled":
    case "refunded":
      return "danger";
    default:
      return "neutral";
  }
}

export { Outlet };
