import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../i18n/catalogue.ts";
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
      paymentStatus: "paid",
      fulfilmentStatus: "unfulfilled",
      email: "shopper@example.com",
      customerName: "Sam Shopper",
      currency: "JPY",
      total: 4995,
      refundedTotal: 0,
      itemCount: 3,
      createdAt: "2026-11-24T10:00:00.000Z",
      paidAt: "2026-11-24T10:01:00.000Z",
      token: "t".repeat(32),
      subtotal: 5550,
      discountTotal: 555,
      discountCode: "SAVE10",
      shippingTotal: 0,
      shippingRateId: "free",
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
      payments: [
        {
          id: "66666666-6666-4666-8666-666666666666",
          provider: "test",
          amount: 4995,
          currency: "JPY",
          status: "succeeded",
          createdAt: "2026-11-24T10:01:00.000Z",
        },
      ],
      fulfilments: [],
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
          fulfilledQuantity: 0,
          toShipQuantity: 3,
          refundableQuantity: 3,
          discount: 555,
          tax: 454,
        },
      ],
      refunds: [],
      shippingRefundable: 0,
      actions: { fulfil: true, cancel: true, refund: true },
      ...over,
    },
    history: [
      {
        at: "2026-11-24T10:01:00.000Z",
        action: "order.paid",
        actorId: null,
        data: null,
        refund: null,
      },
    ],
    dispute: null,
    timeline: [
      {
        id: "77777777-7777-4777-8777-777777777777",
        at: "2026-11-24T10:01:00.000Z",
        kind: "payment.paid",
        data: { amount: 4995, currency: "JPY", provider: "test", paymentRef: "pay_1" },
        message: "Payment of ¥4,995 received through the test gateway",
      },
    ],
  };
}

const settings: RouterOutputs["checkout"]["settings"] = {
  currency: "JPY",
  exponent: 0,
  taxesIncluded: true,
  currencies: ["JPY", "USD"],
  language: "en" as const,
  languages: ["en", "fr", "de", "es", "pt", "it"] as const,
  timeZone: "UTC",
  timeZones: ["UTC"],
  currencyLocked: false,
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
            fulfilmentStatus: "fulfilled",
            fulfilments: [
              {
                id: "88888888-8888-4888-8888-888888888888",
                status: "shipped",
                trackingNumber: "1Z9",
                trackingCarrier: null,
                trackingUrl: null,
                createdAt: "2026-11-25T10:00:00.000Z",
                units: [{ title: "Matcha Bowl", variantTitle: "", quantity: 3 }],
              },
            ],
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
    const dialog = await screen.findByRole("dialog", { name: "Ship items" });
    await user.type(within(dialog).getByLabelText("Tracking number"), "1Z9");
    await user.click(within(dialog).getByRole("button", { name: "Mark as fulfilled" }));
    expect(await screen.findByText("1Z9")).toBeTruthy();
    expect(server.inputsOf("orders.fulfil")).toEqual([
      { siteId: SITE.id, orderId: ORDER_ID, trackingNumber: "1Z9", notifyCustomer: true },
    ]);
    expect(screen.queryByRole("button", { name: "Fulfil" })).toBeNull();
    expect(screen.getByText("Fulfilled")).toBeTruthy();
    expect(screen.getByText("Paid")).toBeTruthy();
  });

  it("ships some units of a line and shows the order paid and partially fulfilled", async () => {
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
          current = detail({ fulfilmentStatus: "partially_fulfilled" });
          return current;
        },
      },
    });
    await user.click(await screen.findByRole("button", { name: "Fulfil" }));
    const dialog = await screen.findByRole("dialog", { name: "Ship items" });
    const units = within(dialog).getByLabelText("Matcha Bowl (3 to ship)");
    await user.clear(units);
    await user.type(units, "1");
    await user.click(within(dialog).getByRole("button", { name: "Ship 1 item" }));
    expect(await screen.findByText("Partially fulfilled")).toBeTruthy();
    expect(server.inputsOf("orders.fulfil")).toEqual([
      {
        siteId: SITE.id,
        orderId: ORDER_ID,
        lines: [{ lineId: "44444444-4444-4444-8444-444444444444", quantity: 1 }],
        notifyCustomer: true,
      },
    ]);
  });

  it("suggests the refund for the units chosen, lets it be lowered, and asks before sending", async () => {
    const { user, server } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.get": () => detail(),
        // Each bowl: 1850 less its 185 share of the discount (tax is included in JPY prices).
        "orders.refundQuote": ({ lines = [] }) => {
          const units = lines.reduce((sum, l) => sum + l.quantity, 0);
          return {
            amount: 1665 * units,
            items: 1850 * units,
            discount: 185 * units,
            tax: 151 * units,
            shipping: 0,
            refundable: 4995,
          };
        },
        "orders.refund": () => detail({ status: "partially_refunded", refundedTotal: 3000 }),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Refund" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund" });
    expect(within(dialog).getByRole("button", { name: "Refund ¥0" })).toHaveProperty(
      "disabled",
      true,
    );
    const bowls = within(dialog).getByLabelText("Matcha Bowl");
    await user.clear(bowls);
    await user.type(bowls, "1");
    expect(await within(dialog).findByRole("button", { name: "Refund ¥1,665" })).toBeTruthy();
    expect(within(dialog).getByLabelText("Refund amount")).toHaveProperty("value", "1665");
    await user.clear(bowls);
    await user.type(bowls, "2");
    const amount = within(dialog).getByLabelText("Refund amount");
    expect(await within(dialog).findByRole("button", { name: "Refund ¥3,330" })).toBeTruthy();

    // More than is left is refused on the spot; less is the merchant's call.
    await user.clear(amount);
    await user.type(amount, "6000");
    expect(within(dialog).getByText("At most ¥4,995 can be refunded.")).toBeTruthy();
    expect(within(dialog).getByRole("button", { name: "Refund ¥6,000" })).toHaveProperty(
      "disabled",
      true,
    );
    await user.clear(amount);
    await user.type(amount, "3000");
    await user.type(within(dialog).getByLabelText("Reason (optional)"), "Chipped");
    await user.click(within(dialog).getByRole("button", { name: "Refund ¥3,000" }));

    expect(within(dialog).getByText("Refund ¥3,000 to shopper@example.com?")).toBeTruthy();
    const summary = within(dialog).getByRole("list", { name: "What is refunded" });
    expect(summary.textContent).toContain("2 × Matcha Bowl");
    expect(summary.textContent).toContain("Reason: Chipped");
    expect(server.inputsOf("orders.refund")).toEqual([]);
    await user.click(within(dialog).getByRole("button", { name: "Confirm refund" }));
    expect(await screen.findByText("Refunded ¥3,000")).toBeTruthy();
    expect(server.inputsOf("orders.refund")).toEqual([
      {
        siteId: SITE.id,
        orderId: ORDER_ID,
        amount: 3000,
        lines: [{ lineId: "44444444-4444-4444-8444-444444444444", quantity: 2 }],
        shipping: false,
        restock: true,
        reason: "Chipped",
      },
    ]);
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
        "orders.refundQuote": () => ({
          amount: 0,
          items: 0,
          discount: 0,
          tax: 0,
          shipping: 0,
          refundable: 4995,
        }),
        "orders.refund": () =>
          Promise.reject(
            new FakeApiError("BAD_REQUEST", "At most ¥4,995 can be refunded on this order."),
          ),
      },
    });
    await user.click(await screen.findByRole("button", { name: "Refund" }));
    const dialog = await screen.findByRole("dialog", { name: "Refund" });
    const amount = within(dialog).getByLabelText("Refund amount");
    await user.clear(amount);
    await user.type(amount, "100");
    await user.click(within(dialog).getByRole("button", { name: "Refund ¥100" }));
    await user.click(within(dialog).getByRole("button", { name: "Confirm refund" }));
    expect(
      await within(dialog).findByText("At most ¥4,995 can be refunded on this order."),
    ).toBeTruthy();
  });

  it("shows each refund with its amount, units and reason, and the order's timeline", async () => {
    const refund = {
      id: "55555555-5555-4555-8555-555555555555",
      amount: 1665,
      status: "succeeded",
      reason: "Chipped",
      restock: true,
      shipping: false,
      units: [{ title: "Matcha Bowl", variantTitle: "", quantity: 1 }],
      createdAt: "2026-11-25T09:00:00.000Z",
    };
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.get": () => ({
          ...detail({
            paymentStatus: "partially_refunded",
            refundedTotal: 1665,
            refunds: [refund, { ...refund, id: "9", status: "pending", reason: null }],
          }),
          timeline: [
            ...detail().timeline,
            {
              id: "e2",
              at: "2026-11-25T09:00:00.000Z",
              kind: "refund.succeeded",
              data: null,
              message: "Refunded: ¥1,665 for 1 × Matcha Bowl",
            },
          ],
        }),
      },
    });
    const money = await screen.findByRole("list", { name: "Payments and refunds" });
    const entry = within(money).getByText("Refunded").closest("li")!;
    expect(entry.textContent).toContain("¥1,665 · 1 × Matcha Bowl · back in stock");
    expect(entry.textContent).toContain("Reason: Chipped");
    expect(within(money).getByText("Refund pending")).toBeTruthy();
    const timeline = screen.getByRole("list", { name: "Order timeline" });
    expect(
      within(timeline)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining("Payment of ¥4,995 received through the test gateway"),
      expect.stringContaining("Refunded: ¥1,665 for 1 × Matcha Bowl"),
    ]);
  });
});

describe("the orders list in French", () => {
  afterEach(() => setLanguage("en"));

  it("words the tabs, filters, columns and an order's states as Shopify's French admin does", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.list": () => ({ orders: [detail().order], total: 1, nextCursor: null }),
      },
    });
    expect(await screen.findByRole("link", { name: "#1001" })).toBeTruthy();
    const tabs = screen.getByRole("navigation", { name: "Boutique" });
    expect(within(tabs).getByRole("link", { name: "Commandes" })).toBeTruthy();
    expect(within(tabs).getByRole("link", { name: "Produits" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Commandes" })).toBeTruthy();
    expect(screen.getByLabelText("Rechercher")).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Client" })).toBeTruthy();
    const row = screen.getByRole("row", { name: /#1001/ });
    expect(within(row).getByText("Payé")).toBeTruthy();
    expect(within(row).getByText("Non traité")).toBeTruthy();
  });

  it("words an order's header, actions and totals in French", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => settings,
        "orders.get": () => detail(),
      },
    });
    expect(await screen.findByRole("heading", { name: "Commande #1001" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Expédier" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Rembourser" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Annuler la commande" })).toBeTruthy();
    expect(screen.getByText("Sous-total")).toBeTruthy();
    expect(screen.getByText("Réduction (SAVE10)")).toBeTruthy();
    expect(screen.getByText("Dont taxes")).toBeTruthy();
    expect(screen.getByText("Expédition (Livraison gratuite)")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Chronologie de la commande" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Paiements et remboursements" })).toBeTruthy();
    expect(screen.getByText("Client")).toBeTruthy();
  });
  it("words the fulfil and refund dialogs, their checks and summary in French", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const { user } = renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => ({ ...settings, timeZone: "Europe/Paris" }),
        "orders.get": () => detail(),
        "orders.refundQuote": ({ lines = [] }) => {
          const units = lines.reduce((sum, l) => sum + l.quantity, 0);
          return {
            amount: 1665 * units,
            items: 1850 * units,
            discount: 185 * units,
            tax: 151 * units,
            shipping: 0,
            refundable: 4995,
          };
        },
      },
    });
    // The order's time in the store's time zone (Paris: UTC+1 in November), in French.
    expect((await screen.findAllByText(/24 nov\. 2026, 11:01/)).length).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: "Expédier" }));
    const ship = await screen.findByRole("dialog", { name: "Expédier des articles" });
    expect(within(ship).getByLabelText("Numéro de suivi")).toBeTruthy();
    expect(within(ship).getByLabelText("Transporteur")).toBeTruthy();
    const bowls = within(ship).getByLabelText("Matcha Bowl (3 à expédier)");
    expect(within(ship).getByRole("button", { name: "Marquer comme traitée" })).toBeTruthy();
    await user.clear(bowls);
    await user.type(bowls, "2");
    expect(within(ship).getByRole("button", { name: "Expédier 2 articles" })).toBeTruthy();
    await user.click(within(ship).getByRole("button", { name: "Retour" }));

    await user.click(screen.getByRole("button", { name: "Rembourser" }));
    const dialog = await screen.findByRole("dialog", { name: "Rembourser" });
    expect(within(dialog).getByText("Articles à rembourser")).toBeTruthy();
    const units = within(dialog).getByLabelText("Matcha Bowl");
    await user.clear(units);
    await user.type(units, "5");
    expect(within(dialog).getByText("3 unités au maximum peuvent être remboursées.")).toBeTruthy();
    await user.clear(units);
    await user.type(units, "1");
    expect(await within(dialog).findByText("Remboursement suggéré")).toBeTruthy();
    const amount = within(dialog).getByLabelText("Montant du remboursement");
    await user.clear(amount);
    await user.type(amount, "6000");
    expect(within(dialog).getByText(/au maximum peuvent être remboursés/)).toBeTruthy();
    await user.clear(amount);
    await user.type(amount, "1000");
    await user.click(within(dialog).getByRole("button", { name: /^Rembourser 1\s000\sJPY$/ }));
    expect(
      within(dialog).getByText(/^Rembourser 1\s000\sJPY à shopper@example\.com\s\?$/),
    ).toBeTruthy();
    const summary = within(dialog).getByRole("list", { name: "Ce qui est remboursé" });
    expect(summary.textContent).toContain("1 × Matcha Bowl");
    expect(summary.textContent).toContain("Les unités sont remises en stock");
    expect(within(dialog).getByRole("button", { name: "Confirmer le remboursement" })).toBeTruthy();
  });

  it("words the order's timeline from each event's kind and figures, old events in their English", async () => {
    await loadArea("commerce");
    await setLanguage("fr");
    const line = detail().order.lines[0]!.id;
    const event = (id: string, kind: string, data: unknown, message: string) => ({
      id,
      at: "2026-11-25T09:00:00.000Z",
      kind,
      data: data as Detail["timeline"][number]["data"],
      message,
    });
    renderWithApi({
      routes: "app",
      url: `/sites/${SITE.id}/store/orders/${ORDER_ID}`,
      handlers: {
        "auth.me": () => ({ user: ANA }),
        "sites.get": () => ({ site: SITE }),
        "checkout.settings": () => ({ ...settings, timeZone: "Europe/Paris" }),
        "orders.get": () => ({
          ...detail(),
          timeline: [
            ...detail().timeline,
            event(
              "e2",
              "refund.succeeded",
              {
                amount: 1665,
                currency: "JPY",
                refundId: "r1",
                lines: [{ lineId: line, quantity: 1 }],
                shipping: true,
              },
              "Refunded: ¥1,665 for 1 × Matcha Bowl, shipping",
            ),
            event(
              "e3",
              "fulfilment.shipped",
              {
                lines: [{ lineId: line, quantity: 2 }],
                trackingCarrier: "Colissimo",
                trackingNumber: "6A123",
              },
              "2 items shipped (Colissimo 6A123)",
            ),
            event(
              "e4",
              "dispute.created",
              {
                amount: 4995,
                currency: "JPY",
                reason: "fraudulent",
                evidenceDueBy: "2026-12-05T10:00:00.000Z",
              },
              "Dispute opened for ¥4,995 (fraudulent); evidence due by 2026-12-05",
            ),
            event("e5", "refund.failed", { amount: 500, refundId: "r2" }, "Refund of ¥500 failed"),
            event("e6", "refund.succeeded", { refundId: "r3" }, "Refunded: ¥300 (old event)"),
          ],
        }),
      },
    });
    const timeline = await screen.findByRole("list", { name: "Chronologie de la commande" });
    const texts = within(timeline)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.replace(/\s/g, " "));
    expect(texts).toEqual([
      expect.stringContaining("Paiement de 4 995 JPY reçu via la passerelle de test"),
      expect.stringContaining("Remboursé : 1 665 JPY pour 1 × Matcha Bowl et livraison"),
      expect.stringContaining("2 articles expédiés (Colissimo 6A123)"),
      expect.stringContaining(
        "Litige ouvert pour 4 995 JPY (fraude) ; preuves à fournir avant le 5 déc. 2026, 11:00",
      ),
      expect.stringContaining("Échec du remboursement de 500 JPY chez le prestataire de paiement"),
      // An event recorded before its figures were keeps the English of its moment.
      expect.stringContaining("Refunded: ¥300 (old event)"),
    ]);
    expect(within(timeline).getAllByText(/25 nov\. 2026, 10:00/).length).toBe(5);
  });
});
