import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RouterOutputs } from "../api/types.ts";
import { ANA, site } from "../test/fixtures.ts";
import { FakeApiError } from "../test/fakeServer.ts";
import { renderWithApi } from "../test/render.tsx";

const SITE = site({ id: "11111111-1111-4111-8111-111111111111", name: "Fern & Clay" });
const ORDER_ID = "33333333-3333-4333-8333-333333333333";

type Detail = RouterOutputs["orders"]["get"];

function detail(over: Partial<Detail["order"]> = {}): Detail {
  return {
    order: {
      id: ORDER_ID,
      number: 1001,
      status: "paid",
      email: "shopper@example.com",
      customerName: "Sam Shopper",
      currency: "JPY",
      total: 4995,
      refundedTotal: 0,
      itemCount: 3,
      fulfilled: false,
      createdAt: "2026-11-24T10:00:00.000Z",
      paidAt: "2026-11-24T10:01:00.000Z",
      token: "t".repeat(32),
      subtotal: 5550,
      discountTotal: 555,
      discountCode: "SAVE10",
      shippingTotal: 0,
      shippingRateName: "Free shipping",
      taxTotal: 454,
      taxesIncluded: true,
      shippingAddress: {
        name: "Sam Shopper",
        line1: "1-1 Chiyoda",
        line2: "",
        city: "Tokyo",
        region: "",
        postalCode: "100-0001",
        country: "JP",
        phone: "",
      },
      paymentProvider: "test",
      trackingNumber: null,
      trackingCarrier: null,
      trackingUrl: null,
      cancelReason: null,
      fulfilledAt: null,
      cancelledAt: null,
      lines: [
        {
          id: "44444444-4444-4444-8444-444444444444",
          productId: null,
          variantId: null,
          title: "Matcha Bowl",
          variantTitle: "",
          sku: null,
          image: null,
          unitPrice: 1850,
          quantity: 3,
          refundedQuantity: 0,
          discount: 555,
          tax: 454,
        },
      ],
      refunds: [],
      actions: { fulfil: true, cancel: true, refund: true },
      ...over,
    },
    history: [{ at: "2026-11-24T10:01:00.000Z", action: "order.paid", actorId: null, data: null }],
  };
}

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "JPY",
  exponent: 0,
  taxesIncluded: true,
  currencies: ["JPY", "USD"],
  payments: { provider: "test", testMode: true },
};

describe("an order for the merchant", () => {
  it("shows the order in the shop's currency and fulfils it with a tracking number", async () => {
    let current = detail();
    const { user, server } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.get": () => current,
        "orders.fulfil": () => {
          current = detail({
            status: "fulfilled",
            fulfilled: true,
            trackingNumber: "1Z9",
            actions: { fulfil: false, cancel: false, refund: true },
          });
          return current;
        },
      },
    });
    expect(await screen.findByRole("heading", { name: "Order #1001", level: 1 })).toBeTruthy();
    // JPY has no decimals: ¥4,995, not ¥49.95.
    expect(screen.getAllByText("¥4,995").length).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: "Fulfil" }));
    const dialog = await screen.findByRole("dialog", { name: "Fulfil order" });
    await user.type(within(dialog).getByLabelText("Tracking number"), "1Z9");
    await user.click(within(dialog).getByRole("button", { name: "Mark as fulfilled" }));
    expect(await screen.findByText("1Z9")).toBeTruthy();
    expect(server.inputsOf("orders.fulfil")).toEqual([
      { siteId: SITE.id, orderId: ORDER_ID, trackingNumber: "1Z9", notifyCustomer: true },
    ]);
    expect(screen.queryByRole("button", { name: "Fulfil" })).toBeNull();
  });

  it("shows the server's refusal in the refund dialog and keeps it open", async () => {
    const { user } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.get": () => detail(),
        "orders.refund": () =>
          Promise.reject(
            new FakeApiError("BAD_REQUEST", "At most ¥4,995 can be refunded on this order."),
          ),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Refund" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund" });
    const amount = within(dialog).getByLabelText("Amount");
    await user.clear(amount);
    await user.type(amount, "9999");
    await user.click(within(dialog).getByRole("button", { name: "Refund" }));
    expect(
      await within(dialog).findByText("At most ¥4,995 can be refunded on this order."),
    ).toBeTruthy();
  });
});
