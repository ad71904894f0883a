import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { NavLink, Outlet, useParams, Link } from "react-router";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterOutputs } from "../api/types.ts";
import { ArrowLeftIcon } from "../ui/icons.tsx";
import { Notice } from "../ui/Notice.tsx";
import { Button } from "../ui/Button.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { formatAmount } from "./money.ts";
import "./commerce.css";

export type StoreSettings = RouterOutputs["checkout"]["settings"];

export function useSiteId(): string {
  return useParams().siteId ?? "";
}

/** The shop's currency and how to print its amounts. */
export function useStore() {
  const trpc = useTRPC();
  const siteId = useSiteId();
  const settings = useQuery(trpc.checkout.settings.queryOptions({ siteId }));
  const currency = settings.data?.currency ?? "USD";
  return {
    siteId,
    settings,
    currency,
    money: (minor: number) => formatAmount(minor, currency),
  };
}

const SECTIONS = [
  ["products", "Products"],
  ["collections", "Collections"],
  ["orders", "Orders"],
  ["discounts", "Discounts"],
  ["taxes", "Taxes & currency"],
  ["shipping", "Shipping"],
  ["payments", "Payments"],
  ["payouts", "Payouts"],
] as const;

/** The store screens' frame: back to the site, and a tab per part of the shop. */
export function CommerceLayout() {
  const siteId = useSiteId();
  const trpc = useTRPC();
  const site = useQuery(trpc.sites.get.queryOptions({ siteId }));
  return (
    <div className="page commerce">
      <div className="commerce__top">
        <Link to={`/sites/${siteId}/settings`} className="commerce__back">
          <ArrowLeftIcon size={14} /> {site.data?.site.name ?? "Site"}
        </Link>
        <nav aria-label="Store" className="commerce__tabs">
          {SECTIONS.map(([path, label]) => (
            <NavLink key={path} to={`/sites/${siteId}/store/${path}`} className="commerce__tab">
              {label}
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
  return (
    <Notice
      tone="danger"
      title="This could not be loaded"
      action={
        <Button size="sm" onClick={retry}>
          Try again
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

export const STATUS_LABELS: Record<string, string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  fulfilled: "Fulfilled",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  cancelled: "Cancelled",
  draft: "Draft",
  active: "Active",
  archived: "Archived",
};

/** An order's money (`paymentStatus`), in the merchant's words. */
export const PAYMENT_LABELS: Record<string, string> = {
  pending: "Awaiting payment",
  processing: "Payment processing",
  authorized: "Authorized",
  paid: "Paid",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  disputed: "Disputed",
  failed: "Payment failed",
  voided: "Not paid",
};

/** An order's goods (`fulfilmentStatus`). */
export const FULFILMENT_LABELS: Record<string, string> = {
  unfulfilled: "Unfulfilled",
  partially_fulfilled: "Partially fulfilled",
  fulfilled: "Fulfilled",
  cancelled: "Cancelled",
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
