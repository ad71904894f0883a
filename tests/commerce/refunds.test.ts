import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * What a refund of some units comes to, as the merchant's refund dialog asks for it
 * (`orders.refundQuote`) and as a refund without an amount takes it: each unit's price, less its
 * share of the discount, plus its share of the tax when tax is added on top; shipping on request,
 * once. Shares add up to exactly what a line cost, however it is refunded in parts.
 */
const { app, deps } = await useTestApp();

type Quote = {
  amount: number;
  items: number;
  discount: number;
  tax: number;
  shipping: number;
  refundable: number;
};

/**
 * A euro shop taxing the Netherlands at 21% (shipping too), shipping there for €5.95, with a 10%
 * code. The order: 3 × Linen Shirt at €29.99 and 1 × Wool Scarf at €12.00, paid.
 *
 * Shirts: 8997 − 900 discount = 8097, tax 1700. Scarf: 1200 − 120 = 1080, tax 227.
 * Shipping 595, tax 125. Total 8097 + 1080 + 595 + 1700 + 227 + 125 = 11824.
 */
async function euroOrder(options: { taxesIncluded?: boolean } = {}) {
  const shop = await createShop(app, deps, {
    currency: "EUR",
    taxesIncluded: options.taxesIncluded ?? false,
  });
  const setup = [
    await shop.as("mutation", "taxes.save", {
      rate: { country: "NL", name: "BTW", ratePpm: 210_000, appliesToShipping: true },
    }),
    await shop.as("mutation", "shipping.createZone", {
      zone: {
        name: "NL",
        countries: ["NL"],
        rates: [{ name: "PostNL", kind: "flat", price: 595 }],
      },
    }),
    await shop.as("mutation", "discounts.create", {
      discount: { code: "TEN", kind: "percentage", value: 1000 },
    }),
  ];
  for (const r of setup) expect(r.status, JSON.stringify(r.error)).toBe(200);
  const shirt = await createProduct(shop, { title: "Linen Shirt", price: 2999, stock: 10 });
  const scarf = await createProduct(shop, { title: "Wool Scarf", price: 1200, stock: 10 });
  const shopper = new Shopper(app, shop);
  await shopper.add(shirt.variants[0]!.id, 3);
  await shopper.add(scarf.variants[0]!.id, 1);
  expect((await shopper.post("/api/cart/discount", { code: "TEN" })).statusCode).toBe(200);
  const { token } = await shopper.startCheckout();
  const info = await shopper.information(token!, {
    email: "eva@example.nl",
    "address.name": "Eva de Vries",
    "address.line1": "Keizersgracht 1",
    "address.city": "Amsterdam",
    "address.region": "",
    "address.postalCode": "1015 CJ",
    "address.country": "NL",
  });
  expect(info.statusCode, info.body).toBe(200);
  const paid = await shopper.pay(token!);
  expect(paid.statusCode, paid.body).toBe(200);
  const order = await deps.db.prisma.order.findFirstOrThrow({
    where: { token },
    include: { lines: true },
  });
  const lineOf = (title: string) => order.lines.find((l) => l.title === title)!.id;
  return { shop, order, shirtLine: lineOf("Linen Shirt"), scarfLine: lineOf("Wool Scarf") };
}

async function quote(shop: Shop, orderId: string, input: Record<string, unknown>) {
  return shop.as<Quote>("query", "orders.refundQuote", { orderId, ...input });
}

describe("the amount a refund suggests", () => {
  it("is the units' price less their share of the discount plus their share of tax", async () => {
    const { shop, order, shirtLine, scarfLine } = await euroOrder();
    expect(order).toMatchObject({ total: 11824, taxTotal: 2052, shippingTotal: 595 });

    const one = await quote(shop, order.id, { lines: [{ lineId: shirtLine, quantity: 1 }] });
    expect(one.status, JSON.stringify(one.error)).toBe(200);
    // 2999 − 300 + 567
    expect(one.data).toEqual({
      amount: 3266,
      items: 2999,
      discount: 300,
      tax: 567,
      shipping: 0,
      refundable: 11824,
    });

    const withShipping = await quote(shop, order.id, {
      lines: [
        { lineId: shirtLine, quantity: 1 },
        { lineId: scarfLine, quantity: 1 },
      ],
      shipping: true,
    });
    // 3266 + (1200 − 120 + 227) + 595 + 125
    expect(withShipping.data).toEqual({
      amount: 3266 + 1307 + 720,
      items: 2999 + 1200,
      discount: 420,
      tax: 567 + 227 + 125,
      shipping: 595,
      refundable: 11824,
    });
    // Asking changes nothing.
    const stored = await orderOrCheckout(deps.db.prisma, { id: order.id });
    expect(stored).toMatchObject({ status: "paid", refundedTotal: 0 });
  });

  it("adds up to exactly what a line cost when it is refunded unit by unit", async () => {
    const { shop, order, shirtLine } = await euroOrder();
    const amounts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await quote(shop, order.id, { lines: [{ lineId: shirtLine, quantity: 1 }] });
      amounts.push(q.data.amount);
      // Without an amount, the refund takes the suggestion.
      const refund = await shop.as("mutation", "orders.refund", {
        orderId: order.id,
        lines: [{ lineId: shirtLine, quantity: 1 }],
        restock: true,
      });
      expect(refund.status, JSON.stringify(refund.error)).toBe(200);
      expect(refund.data.order.refundedTotal).toBe(amounts.reduce((a, b) => a + b, 0));
    }
    expect(amounts).toEqual([3266, 3265, 3266]);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(8997 - 900 + 1700);
    const gone = await quote(shop, order.id, { lines: [{ lineId: shirtLine, quantity: 1 }] });
    expect(gone.status).toBe(400);
    expect(gone.error!.message).toBe("Every unit of Linen Shirt has been refunded already.");
  });

  it("refunds 1 of 3 units as those units, not the whole order, and lets the merchant lower it", async () => {
    const { shop, order, shirtLine } = await euroOrder();
    const lowered = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      lines: [{ lineId: shirtLine, quantity: 1 }],
      amount: 2500,
      restock: false,
      reason: "Small stain, customer keeps it",
    });
    expect(lowered.status, JSON.stringify(lowered.error)).toBe(200);
    expect(lowered.data.order).toMatchObject({
      paymentStatus: "partially_refunded",
      refundedTotal: 2500,
      lines: expect.arrayContaining([
        expect.objectContaining({
          title: "Linen Shirt",
          refundedQuantity: 1,
          refundableQuantity: 2,
        }),
      ]),
    });
    const tooMuch = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      lines: [{ lineId: shirtLine, quantity: 1 }],
      amount: 11824,
      restock: false,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.error!.message).toBe("At most €93.24 can be refunded on this order.");
    const over = await quote(shop, order.id, { lines: [{ lineId: shirtLine, quantity: 3 }] });
    expect(over.status).toBe(400);
    expect(over.error!.message).toBe("At most 2 of Linen Shirt can be refunded.");
    expect(over.error!.data.fieldErrors).toEqual({
      lines: ["At most 2 of Linen Shirt can be refunded."],
    });
  });

  it("includes the shipping once", async () => {
    const { shop, order } = await euroOrder();
    const first = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      shipping: true,
      reason: "Late delivery",
    });
    expect(first.status, JSON.stringify(first.error)).toBe(200);
    expect(first.data.order).toMatchObject({ refundedTotal: 720, shippingRefundable: 0 });
    expect((await quote(shop, order.id, { shipping: true })).data).toMatchObject({
      amount: 0,
      shipping: 0,
    });
    const again = await shop.as("mutation", "orders.refund", { orderId: order.id, shipping: true });
    expect(again.status).toBe(400);
    expect(again.error!.message).toBe("The shipping of this order has been refunded already.");
  });

  it("with prices that include tax, is the units' price less their discount", async () => {
    const { shop, order, shirtLine } = await euroOrder({ taxesIncluded: true });
    // Shirts 8997 − 900 = 8097, of which tax 8097 − round(8097 / 1.21) = 1405.
    const one = await quote(shop, order.id, { lines: [{ lineId: shirtLine, quantity: 1 }] });
    expect(one.data).toMatchObject({ amount: 2999 - 300, discount: 300, tax: 468 });
  });

  it("is shown in the order's history with its amount, units and reason", async () => {
    const { shop, order, shirtLine, scarfLine } = await euroOrder();
    const refund = await shop.as("mutation", "orders.refund", {
      orderId: order.id,
      lines: [
        { lineId: shirtLine, quantity: 1 },
        { lineId: scarfLine, quantity: 1 },
      ],
      restock: true,
      reason: "Wrong size",
    });
    expect(refund.status, JSON.stringify(refund.error)).toBe(200);
    const detail = await shop.as("query", "orders.get", { orderId: order.id });
    const entry = detail.data.history.find(
      (h: { action: string }) => h.action === "order.refunded",
    );
    expect(entry.refund).toMatchObject({
      amount: 3266 + 1307,
      status: "succeeded",
      reason: "Wrong size",
      restock: true,
      shipping: false,
      units: [
        { title: "Linen Shirt", variantTitle: "", quantity: 1 },
        { title: "Wool Scarf", variantTitle: "", quantity: 1 },
      ],
    });
    expect(
      detail.data.history.find((h: { action: string }) => h.action === "order.paid").refund,
    ).toBeNull();
  });

  it("answers another site's order as if it did not exist", async () => {
    const { order, shirtLine } = await euroOrder();
    const other = await createShop(app, deps);
    const q = await quote(other, order.id, { lines: [{ lineId: shirtLine, quantity: 1 }] });
    expect(q.status).toBe(404);
  });
});
