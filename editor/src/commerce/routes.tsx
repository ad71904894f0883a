import type { RouteObject } from "react-router";
import { Navigate } from "react-router";
import { loadArea } from "../i18n/catalogue.ts";

/**
 * The store screens under /sites/:siteId/store: products (list, editor), collections, orders
 * (list, detail), discounts, taxes & currency, shipping, payments (Stripe account, PayPal), payouts (balances, payouts and fees at both).
 * Each screen is its own chunk.
 */
export const commerceRoute: RouteObject = {
  path: "sites/:siteId/store",
  lazy: async () => {
    const [layout] = await Promise.all([import("./shared.tsx"), loadArea("commerce")]);
    return { Component: layout.CommerceLayout };
  },
  children: [
    { index: true, element: <Navigate to="products" replace /> },
    {
      path: "products",
      lazy: async () => ({ Component: (await import("./ProductsPage.tsx")).ProductsPage }),
    },
    {
      path: "products/:productId",
      lazy: async () => ({
        Component: (await import("./ProductEditorPage.tsx")).ProductEditorPage,
      }),
    },
    {
      path: "collections",
      lazy: async () => ({ Component: (await import("./CollectionsPage.tsx")).CollectionsPage }),
    },
    {
      path: "orders",
      lazy: async () => ({ Component: (await import("./OrdersPage.tsx")).OrdersPage }),
    },
    {
      path: "orders/:orderId",
      lazy: async () => ({ Component: (await import("./OrdersPage.tsx")).OrderDetailPage }),
    },
    {
      path: "discounts",
      lazy: async () => ({ Component: (await import("./DiscountsPage.tsx")).DiscountsPage }),
    },
    {
      path: "taxes",
      lazy: async () => ({ Component: (await import("./TaxesPage.tsx")).TaxesPage }),
    },
    {
      path: "shipping",
      lazy: async () => ({ Component: (await import("./ShippingPage.tsx")).ShippingPage }),
    },
    {
      path: "payments",
      lazy: async () => ({ Component: (await import("./PaymentsPage.tsx")).PaymentsPage }),
    },
    {
      path: "payouts",
      lazy: async () => ({ Component: (await import("./PayoutsPage.tsx")).PayoutsPage }),
    },
  ],
};
