import { describe, expect, it } from "vitest";
import { releaseExpiredCheckouts, settleRefund } from "../../server/commerce/orders.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, orderOrCheckout } from "./helpers.ts";

// A clock the tests move forward to see stock holds expire.
let clock = Date.now();
const { app, deps, outbox } = await useTestApp({ now: () => new Date(clock) });
const shop = await createShop(app, deps);

async function paidOrder(quantity = 2, email = "buyer@example.com") {
  const product = await createProduct(shop, { title: "Pour-over Dripper", price: 3400, stock: 10 });
  const token = await new Shopper(app, shop).buy(product.variants[0]!.id, quantity, { email });
  const order = await deps.db.prisma.order.findFirstOrThrow({
    where: { token },
    include: { lines: true },
  });
  return { product, order };
}

const stockOf = async (variantId: string) =>
  (await deps.db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;

describe("orders for the merchant", () => {
  it("lists paid orders with search and filters, and shows one with its history", async () => {
    const { order } = await paidOrder(1, "finder@example.com");
    const found = await shop.as("query", "orders.list", { query: "finder@" });
    expect(found.data.orders.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const byNumber = await shop.as("query", "orders.list", { query: `#${order.number}` });
    expect(byNumber.data.orders[0].id).toBe(order.id);
    const open = await shop.as("query", "orders.list", { status: "open" });
    expect(open.data.orders.find((o: { id: string }) => o.id === order.id)).toBeUndefined();

    const detail = await shop.as("query", "orders.get", { orderId: order.id });
    expect(detail.data.order).toMatchObject({
      status: "paid",
      paymentStatus: "paid",
      fulfilmentStatus: "unfulfilled",
      payments: [{ provider: "test", amount: detail.data.order.total, status: "succeeded" }],
      lines: [{ title: "Pour-over Dripper", unitPrice: 3400, quantity: 1 }],
      shippingAddress: { city: "San Francisco", country: "US" },
      actions: { fulfil: true, cancel: true, refund: true },
    });
    expect(detail.data.history.map((h: { action: string }) => h.action)).toEqual(["order.paid"]);
    expect(detail.data.timeline.map((e: { kind: string }) => e.kind)).toEqual(["payment.paid"]);
    const unfulfilled = await shop.as("query", "orders.list", { fulfilment: "unfulfilled" });
    expect(unfulfilled.data.orders.map((o: { id: string }) => o.id)).toContain(order.id);
    const refunded = await shop.as("query", "orders.list", { payment: "refunded" });
    expect(refunded.data.orders.map((o: { id: string }) => o.id)).not.toContain(order.id);
  });

  it("fulfils with a tracking number, tells the shopper, and refuses to fulfil twice", async () => {
    const { order } = await paidOrder(1, "ship@example.com");
    const fulfilled = await shop.as("mutation", "orders.fulfil", {
      orderId: order.id,
      trackingNumber: "1Z999",
      trackingCarrier: "UPS",
      trackingUrl: "https://ups.example/1Z999",
    });
    expect(fulfilled.status, JSON.stringify(fulfilled.error)).toBe(200);
    expect(fulfilled.data.order).toMatchObject({
      paymentStatus: "paid",
      fulfilmentStatus: "fulfilled",
      fulfilments: [
        { trackingNumber: "1Z999", units: [{ title: "Pour-over Dripper", quantity: 1 }] },
      ],
    });
    const mail = (await outbox.list()).find(
      (m) => m.to === "ship@example.com" && /has shipped/.test(m.subject),
    );
    expect(mail?.text).toContain("Tracking number (UPS): 1Z999");
    const again = await shop.as("mutation", "orders.fulfil", { orderId: order.id });
    expect(again.status).toBe(409);
    expect(again.error!.message).toBe(
      "This order is paid and fulfilled: it cannot be fulfilled again.",
    );
    const cancel = await shop.as("mutation", "orders.cancel", { orderId: order.id });
    expect(cancel.status).toBe(409);
    expect(cancel.error!.message).toMatch(/cannot be cancelled/);
    const page = await app.inject({ url: `/s/${shop.slug}/orders/${order.token}` });
    expect(page.body).toContain("Your order is on its way.");
  });

  it("refunds in parts with restock, then in full, and never more than was paid", async () => {
    const { order, product } = await paidOrder(2);
    const variantId = product.variants[0]!.id;
    expect(await stockOf(variantId)).toBe(8);
    const line = order.lines[0]!;
    const partial = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      restock: true,
    });
    expect(partial.status, JSON.stringify(partial.error)).toBe(200);
    expect(partial.data.order).toMatchObject({
      paymentStatus: "partially_refunded",
      fulfilmentStatus: "unfulfilled",
      refundedTotal: 3400,
    });
    expect(await stockOf(variantId)).toBe(9);
    const tooMuch = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      amount: order.total,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.error!.message).toBe("At most $34.00 can be refunded on this order.");
    const rest = await shop.as("mutation", "orders.refund", { orderId: order.id });
    expect(rest.data.order).toMatchObject({
      paymentStatus: "refunded",
      refundedTotal: order.total,
    });
    const more = await shop.as("mutation", "orders.refund", { orderId: order.id, amount: 1 });
    expect(more.status).toBe(409);
    expect(more.error!.message).toBe(
      "This order is refunded and unfulfilled: it cannot be refunded.",
    );
    const history = (await shop.as("query", "orders.get", { orderId: order.id })).data.history.map(
      (h: { action: string }) => h.action,
    );
    expect(history).toEqual(["order.paid", "order.refunded", "order.refunded"]);
  });

  it("cancels a paid order: the money goes back and the units go back on sale", async () => {
    const { order, product } = await paidOrder(3);
    const result = await shop.as("mutation", "orders.cancel", {
      orderId: order.id,
      reason: "Customer asked",
      restock: true,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    expect(result.data.order).toMatchObject({
      status: "cancelled",
      paymentStatus: "refunded",
      fulfilmentStatus: "cancelled",
      refundedTotal: order.total,
      cancelReason: "Customer asked",
    });
    expect(await stockOf(product.variants[0]!.id)).toBe(10);
  });

  it("refuses what an unpaid order cannot do", async () => {
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    const order = await orderOrCheckout(deps.db.prisma, { token });
    expect((await shop.as("mutation", "orders.fulfil", { orderId: order.id })).status).toBe(409);
    expect((await shop.as("mutation", "orders.refund", { orderId: order.id })).status).toBe(409);
    expect((await orderOrCheckout(deps.db.prisma, { id: order.id })).status).toBe("pending");
    // Cancelling it releases the hold at once.
    expect((await shop.as("mutation", "orders.cancel", { orderId: order.id })).status).toBe(200);
    expect(
      await deps.db.prisma.inventoryReservation.count({
        where: { checkoutId: order.id, releasedAt: null },
      }),
    ).toBe(0);
  });

  it("ships part of an order, refunds one line, and the order says both", async () => {
    const kettle = await createProduct(shop, { title: "Kettle", price: 5000, stock: 5 });
    const cups = await createProduct(shop, { title: "Cup", price: 1200, stock: 20 });
    const shopper = new Shopper(app, shop);
    await shopper.add(kettle.variants[0]!.id, 1);
    await shopper.add(cups.variants[0]!.id, 4);
    const { token } = await shopper.startCheckout();
    await shopper.information(token!, { email: "split@example.com" });
    expect((await shopper.pay(token!)).statusCode).toBe(200);
    const order = await deps.db.prisma.order.findFirstOrThrow({
      where: { token },
      include: { lines: { orderBy: { title: "asc" } } },
    });
    const [cupLine, kettleLine] = order.lines;

    const first = await shop.as("mutation", "orders.fulfil", {
      orderId: order.id,
      lines: [
        { lineId: kettleLine!.id, quantity: 1 },
        { lineId: cupLine!.id, quantity: 2 },
      ],
      trackingNumber: "PARCEL-1",
      trackingCarrier: "DHL",
    });
    expect(first.status, JSON.stringify(first.error)).toBe(200);
    expect(first.data.order).toMatchObject({
      paymentStatus: "paid",
      fulfilmentStatus: "partially_fulfilled",
      actions: { fulfil: true, refund: true, cancel: false },
    });
    const mail = (await outbox.list()).find(
      (m) => m.to === "split@example.com" && /part of/.test(m.subject),
    );
    expect(mail?.text).toContain("2 × Cup");
    expect(mail?.text).toContain("Tracking number (DHL): PARCEL-1");
    const tooMany = await shop.as("mutation", "orders.fulfil", {
      orderId: order.id,
      lines: [{ lineId: kettleLine!.id, quantity: 1 }],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.error!.message).toBe("Kettle has nothing left to ship.");

    // The two cups not shipped are refunded: nothing is left to ship, so the order is fulfilled
    // and, at the same time, partly refunded.
    const refund = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      lines: [{ lineId: cupLine!.id, quantity: 2 }],
      reason: "Out of cups",
    });
    expect(refund.status, JSON.stringify(refund.error)).toBe(200);
    expect(refund.data.order).toMatchObject({
      paymentStatus: "partially_refunded",
      fulfilmentStatus: "fulfilled",
    });
    expect(refund.data.order.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: "Cup",
          fulfilledQuantity: 2,
          refundedQuantity: 2,
          toShipQuantity: 0,
        }),
        expect.objectContaining({ title: "Kettle", fulfilledQuantity: 1, toShipQuantity: 0 }),
      ]),
    );
    expect(refund.data.order.actions.fulfil).toBe(false);

    const listed = await shop.as("query", "orders.list", {
      payment: "partially_refunded",
      fulfilment: "fulfilled",
      query: "split@",
    });
    expect(listed.data.orders.map((o: { id: string }) => o.id)).toEqual([order.id]);
    const page = await app.inject({ url: `/s/${shop.slug}/orders/${token}` });
    expect(page.body).toContain("Your order is on its way. Part of it was refunded.");
    expect(page.body).toContain("PARCEL-1");

    const detail = await shop.as("query", "orders.get", { orderId: order.id });
    expect(detail.data.timeline.map((e: { message: string }) => e.message)).toEqual([
      expect.stringMatching(/^Payment of \$\d+\.\d\d received through the test gateway$/),
      "3 items shipped (DHL PARCEL-1)",
      "Refunded: $24.00 for 2 × Cup",
    ]);
  });

  it("shows a refund the provider has not paid out yet as pending until it settles", async () => {
    const { order } = await paidOrder(2, "pending-refund@example.com");
    const provider = deps.commerce.payments;
    const original = provider.refund.bind(provider);
    provider.refund = async (request) => ({ ...(await original(request)), status: "pending" });
    let result;
    try {
      result = await shop.as("mutation", "orders.refund", {
        orderId: order.id,
        lines: [{ lineId: order.lines[0]!.id, quantity: 1 }],
      });
    } finally {
      provider.refund = original;
    }
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    expect(result.data.order).toMatchObject({
      paymentStatus: "paid",
      refundedTotal: 0,
      refunds: [{ status: "pending", amount: 3400 }],
      lines: [{ refundedQuantity: 0, refundableQuantity: 1 }],
    });
    const refund = await deps.db.prisma.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(await settleRefund(deps, refund.providerRef!, "succeeded")).toEqual({
      changed: true,
      orderId: order.id,
    });
    expect((await settleRefund(deps, refund.providerRef!, "succeeded")).changed).toBe(false);
    const settled = await shop.as("query", "orders.get", { orderId: order.id });
    expect(settled.data.order).toMatchObject({
      paymentStatus: "partially_refunded",
      refundedTotal: 3400,
      refunds: [{ status: "succeeded" }],
      lines: [{ refundedQuantity: 1 }],
    });
    expect(settled.data.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      "payment.paid",
      "refund.pending",
      "refund.succeeded",
    ]);
  });

  it("refuses another site's order as if it did not exist", async () => {
    const { order } = await paidOrder(1);
    const other = await createShop(app, deps);
    const result = await other.as("query", "orders.get", { orderId: order.id });
    expect(result.status).toBe(404);
    expect((await other.as("mutation", "orders.refund", { orderId: order.id })).status).toBe(404);
  });
});

describe("stock holds", () => {
  it("holds the last unit for 15 minutes, then lets the next shopper buy it", async () => {
    const product = await createProduct(shop, { title: "Last Grinder", price: 9000, stock: 1 });
    const variantId = product.variants[0]!.id;
    const first = new Shopper(app, shop);
    await first.add(variantId, 1);
    const { token: firstToken } = await first.startCheckout();
    expect(firstToken).toBeTruthy();

    const second = new Shopper(app, shop);
    const refused = await second.add(variantId, 1);
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as { error: string }).error).toBe("Last Grinder is sold out.");

    clock += 15 * 60_000 + 1_000;
    expect((await releaseExpiredCheckouts(deps)).released).toBeGreaterThanOrEqual(1);
    const token = await second.buy(variantId, 1);
    expect((await orderOrCheckout(deps.db.prisma, { token })).status).toBe("paid");

    // The first shopper comes back too late: told plainly, not charged.
    await first.information(firstToken!);
    const late = await first.pay(firstToken!);
    expect(late.statusCode).toBe(409);
    expect((late.json() as { error: string }).error).toBe(
      "Sorry, Last Grinder sold out while you were checking out.",
    );
    expect(await stockOf(variantId)).toBe(0);
  });

  it("cancels checkouts abandoned for a day", async () => {
    const product = await createProduct(shop, { price: 500, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    clock += 25 * 60 * 60_000;
    await releaseExpiredCheckouts(deps);
    expect(await orderOrCheckout(deps.db.prisma, { token })).toMatchObject({
      status: "cancelled",
      cancelReason: "Checkout abandoned",
    });
    const page = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
    expect(page.body).toContain("This order was cancelled: Checkout abandoned");
  });
});
