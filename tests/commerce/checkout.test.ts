import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, orderOrCheckout } from "./helpers.ts";

const { app, deps, outbox } = await useTestApp();

describe("checkout with the built-in test gateway", () => {
  it("takes a shopper from cart to a paid order, with stock, email and confirmation page", async () => {
    const shop = await createShop(app, deps);
    const mug = await createProduct(shop, { title: "Speckled Mug", price: 2400, stock: 5 });
    const shopper = new Shopper(app, shop);
    const added = await shopper.add(mug.variants[0]!.id, 2);
    expect(added.statusCode, added.body).toBe(200);
    expect((added.json() as { cart: { subtotal: number } }).cart.subtotal).toBe(4800);

    const { token, status, error } = await shopper.startCheckout();
    expect(status, error).toBe(201);
    const page = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.body).toContain("Speckled Mug");
    expect(page.body).toContain("Shipping address");

    const info = await shopper.information(token!);
    expect(info.statusCode, info.body).toBe(200);
    // Until it is paid, it is a checkout and not an order (decision 0014).
    const open = await deps.db.prisma.checkout.findFirstOrThrow({ where: { token } });
    expect(open).toMatchObject({ status: "open", orderId: null });
    expect(await deps.db.prisma.order.count({ where: { siteId: shop.siteId } })).toBe(0);
    const paid = await shopper.pay(token!);
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toEqual({
      next: expect.stringMatching(new RegExp(`/s/${shop.slug}/orders/${token}$`)),
    });

    const order = await orderOrCheckout(deps.db.prisma, { token });
    // The order keeps the checkout's id, token and line ids; the checkout is completed.
    expect(order.id).toBe(open.id);
    expect(await deps.db.prisma.checkout.findFirstOrThrow({ where: { token } })).toMatchObject({
      status: "completed",
      orderId: open.id,
    });
    expect(
      (await deps.db.prisma.orderLine.findMany({ where: { orderId: order.id } })).map((l) => l.id),
    ).toEqual(
      (await deps.db.prisma.checkoutLine.findMany({ where: { checkoutId: open.id } })).map(
        (l) => l.id,
      ),
    );
    expect(order).toMatchObject({
      status: "paid",
      number: 1001,
      total: 4800,
      email: "shopper@example.com",
    });
    const variant = await deps.db.prisma.productVariant.findUniqueOrThrow({
      where: { id: mug.variants[0]!.id },
    });
    expect(variant.stock).toBe(3);
    expect((await shopper.cart()).lines).toEqual([]);

    const confirmation = await shopper.get(`/s/${shop.slug}/orders/${token}`);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.body).toContain("Thank you! Order #1001");
    const mails = await outbox.list();
    expect(mails.find((m) => m.to === "shopper@example.com")?.subject).toBe(
      "Test Shop: order #1001 confirmed",
    );
  });
});

describe("checkout: bad input changes nothing", () => {
  it.each([
    ["a malformed email", { email: "not-an-email" }, "email", /email address such as/],
    ["a missing street", { "address.line1": "" }, "address.line1", /Enter the street address/],
    ["an unknown country", { "address.country": "XX" }, "address.country", /Choose a country/],
    [
      "a US address with a bad ZIP",
      { "address.postalCode": "ABCDE" },
      "address.postalCode",
      /94107/,
    ],
    ["a US address without a state", { "address.region": "" }, "address.region", /two-letter code/],
    [
      "markup in the name",
      { "address.name": "<script>x</script>" },
      "address.name",
      /cannot print/,
    ],
  ])("%s", async (_name, fields, field, message) => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    const before = await orderOrCheckout(deps.db.prisma, { token });
    const response = await shopper.information(token!, fields);
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: string;
      data: { fieldErrors: Record<string, string[]> };
    };
    expect(body.data.fieldErrors[field]?.[0]).toMatch(message);
    expect(await orderOrCheckout(deps.db.prisma, { token })).toEqual(before);

    // Without JavaScript the same mistake re-renders the form, the message next to the field.
    const page = await shopper.post(
      `/api/checkout/${token}/information`,
      { email: "x", ...fields },
      { html: true },
    );
    expect(page.statusCode).toBe(400);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain('aria-invalid="true"');
  });

  it("refuses prices sent with the payment and a declined card, charging nothing", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    await shopper.information(token!);
    const tampered = await shopper.pay(token!, { total: "1" });
    expect(tampered.statusCode).toBe(400);
    expect((tampered.json() as { error: string }).error).toBe(
      "Prices are set by the shop, not by the checkout.",
    );
    const declined = await shopper.pay(token!, { "card.number": "4000 0000 0000 0002" });
    expect(declined.statusCode).toBe(400);
    expect((declined.json() as { error: string }).error).toBe("Your card was declined.");
    const order = await orderOrCheckout(deps.db.prisma, { token });
    expect(order.status).toBe("pending");
    expect(
      (
        await deps.db.prisma.productVariant.findUniqueOrThrow({
          where: { id: product.variants[0]!.id },
        })
      ).stock,
    ).toBe(5);
    // The shopper tries another card and it works.
    expect((await shopper.pay(token!)).statusCode).toBe(200);
  });

  it("turns checkout off for previews", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const response = await shopper.post("/api/checkout", { returnTo: "/p/sometoken/cart" });
    expect(response.statusCode).toBe(403);
    expect(await deps.db.prisma.order.count({ where: { siteId: shop.siteId } })).toBe(0);
  });

  it("has no Stripe webhook when Stripe is not configured", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/webhooks/stripe",
      headers: { "content-type": "application/json" },
      payload: "{}",
    });
    expect(response.statusCode).toBe(404);
  });
});

describe("discounts, taxes and currencies at checkout", () => {
  it("applies a code, adds tax on top and charges the computed total", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 2500, stock: 10 });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "save10", kind: "percentage", value: 1000 },
    });
    await shop.as("mutation", "taxes.save", {
      rate: { country: "US", name: "Sales tax", ratePpm: 80_000, appliesToShipping: false },
    });
    await shop.as("mutation", "shipping.createZone", {
      zone: {
        name: "US",
        countries: ["US"],
        rates: [{ name: "Standard", kind: "flat", price: 500 }],
      },
    });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 2);
    const { token } = await shopper.startCheckout();
    await shopper.information(token!);
    const applied = await shopper.post(`/api/checkout/${token}/discount`, { code: "Save10" });
    expect(applied.statusCode, applied.body).toBe(200);
    expect((await shopper.pay(token!)).statusCode).toBe(200);
    const order = await orderOrCheckout(deps.db.prisma, { token });
    // 5000 - 10% = 4500; 8% tax = 360; shipping 500
    expect(order).toMatchObject({
      subtotal: 5000,
      discountTotal: 500,
      taxTotal: 360,
      shippingTotal: 500,
      total: 5360,
      discountCode: "SAVE10",
    });
    expect(
      (await deps.db.prisma.discount.findFirstOrThrow({ where: { siteId: shop.siteId } }))
        .usedCount,
    ).toBe(1);
  });

  it("takes tax out of tax-inclusive prices (EUR)", async () => {
    const shop = await createShop(app, deps, {
      currency: "EUR",
      taxesIncluded: true,
      locale: "de-DE",
    });
    const product = await createProduct(shop, { price: 1190, stock: 10 });
    await shop.as("mutation", "taxes.save", {
      rate: { country: "DE", name: "MwSt", ratePpm: 190_000 },
    });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    await shopper.information(token!, {
      "address.country": "DE",
      "address.region": "",
      "address.postalCode": "10115",
      "address.city": "Berlin",
    });
    const page = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
    // Printed in the store's locale: German decimals, euro sign after the amount.
    expect(page.body.replace(/\u00a0/g, " ")).toContain("Inklusive Steuern</dt><dd>1,90 €");
    expect((await shopper.pay(token!)).statusCode).toBe(200);
    expect(await orderOrCheckout(deps.db.prisma, { token })).toMatchObject({
      currency: "EUR",
      taxesIncluded: true,
      subtotal: 1190,
      taxTotal: 190,
      total: 1190,
    });
  });

  it("sells in JPY (no decimals) and BHD (three decimals)", async () => {
    for (const [currency, price, rate, expected] of [
      ["JPY", 1850, 100_000, { subtotal: 3700, taxTotal: 370, total: 4070 }],
      ["BHD", 1235, 100_000, { subtotal: 2470, taxTotal: 247, total: 2717 }],
    ] as const) {
      const shop = await createShop(app, deps, { currency });
      const product = await createProduct(shop, { price, stock: 10 });
      await shop.as("mutation", "taxes.save", { rate: { country: "US", ratePpm: rate } });
      const shopper = new Shopper(app, shop);
      const cart = (await shopper.add(product.variants[0]!.id, 1)).json() as {
        cart: { currency: string };
      };
      expect(cart.cart.currency).toBe(currency);
      await shopper.buy(product.variants[0]!.id, 1);
      const order = await deps.db.prisma.order.findFirstOrThrow({
        where: { siteId: shop.siteId, status: "paid" },
      });
      expect(order).toMatchObject({ currency, ...expected });
    }
  });

  it("refuses an expired code, a code not yet valid and a used-up code", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 2000, stock: 10 });
    const day = 86_400_000;
    await shop.as("mutation", "discounts.create", {
      discount: {
        code: "SUMMER",
        kind: "percentage",
        value: 2000,
        endsAt: new Date(Date.now() - day).toISOString(),
      },
    });
    await shop.as("mutation", "discounts.create", {
      discount: {
        code: "LATER",
        kind: "fixed_amount",
        value: 500,
        startsAt: new Date(Date.now() + day).toISOString(),
      },
    });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "ONCE", kind: "fixed_amount", value: 500, usageLimit: 1 },
    });

    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const expired = await shopper.post("/api/cart/discount", { code: "summer" });
    expect(expired.statusCode).toBe(400);
    expect((expired.json() as { error: string }).error).toBe("The code SUMMER has expired.");
    const later = await shopper.post("/api/cart/discount", { code: "LATER" });
    expect((later.json() as { error: string }).error).toBe("The code LATER is not valid yet.");
    expect((await shopper.cart()).discount).toBeNull();

    // The first shopper uses ONCE; afterwards it is used up for everyone.
    const first = new Shopper(app, shop);
    await first.add(product.variants[0]!.id, 1);
    expect((await first.post("/api/cart/discount", { code: "ONCE" })).statusCode).toBe(200);
    await first.buy(product.variants[0]!.id, 1);
    const order = await deps.db.prisma.order.findFirstOrThrow({
      where: { siteId: shop.siteId, status: "paid" },
    });
    expect(order).toMatchObject({ discountCode: "ONCE", discountTotal: 500 });
    const second = await shopper.post("/api/cart/discount", { code: "ONCE" });
    expect(second.statusCode).toBe(400);
    expect((second.json() as { error: string }).error).toBe("The code ONCE has been used up.");
  });

  it("says so on the checkout page when the cart's code was used up or expired before checkout", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { title: "Tote", price: 2000, stock: 10 });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "ONCE", kind: "fixed_amount", value: 500, usageLimit: 1 },
    });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "SOON", kind: "fixed_amount", value: 300 },
    });
    const withCode = async (code: string) => {
      const shopper = new Shopper(app, shop);
      await shopper.add(product.variants[0]!.id, 1);
      expect((await shopper.post("/api/cart/discount", { code })).statusCode).toBe(200);
      return shopper;
    };
    // Both carts took ONCE; the first shopper uses it up, then the second starts checkout.
    const [first, second] = [await withCode("ONCE"), await withCode("ONCE")];
    await first.buy(product.variants[0]!.id, 1);
    const { token, status } = await second.startCheckout();
    expect(status).toBe(201);
    const page = await second.get(`/s/${shop.slug}/checkout/${token}`);
    expect(page.body).toContain(
      "The code ONCE has been used up. It was removed from this checkout, so the total is without it.",
    );
    await second.information(token!);
    const payment = await second.get(`/s/${shop.slug}/checkout/${token}`);
    expect(payment.body).toContain("The code ONCE has been used up. It was removed");
    expect(payment.body).toContain("Pay $20.00");
    expect((await second.pay(token!)).statusCode).toBe(200);
    expect(await orderOrCheckout(deps.db.prisma, { token })).toMatchObject({
      status: "paid",
      total: 2000,
      discountCode: null,
    });

    // A code that expired between the cart and checkout: told the same way, until another is
    // applied on the checkout page.
    const third = await withCode("SOON");
    await deps.db.prisma.discount.updateMany({
      where: { siteId: shop.siteId, code: "SOON" },
      data: { endsAt: new Date(Date.now() - 1000) },
    });
    const started = await third.startCheckout();
    const expired = await third.get(`/s/${shop.slug}/checkout/${started.token}`);
    expect(expired.body).toContain("The code SOON has expired. It was removed from this checkout");
    await shop.as("mutation", "discounts.create", {
      discount: { code: "OTHER", kind: "fixed_amount", value: 100 },
    });
    const applied = await third.post(`/api/checkout/${started.token}/discount`, { code: "OTHER" });
    expect(applied.statusCode, applied.body).toBe(200);
    const after = await third.get(`/s/${shop.slug}/checkout/${started.token}`);
    expect(after.body).not.toContain("It was removed from this checkout");
  });

  it("limits a code per customer by email", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 2000, stock: 10 });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "HELLO", kind: "percentage", value: 1000, perCustomerLimit: 1 },
    });
    const first = new Shopper(app, shop);
    await first.add(product.variants[0]!.id, 1);
    await first.post("/api/cart/discount", { code: "HELLO" });
    await first.buy(product.variants[0]!.id, 1, { email: "repeat@example.com" });
    const again = new Shopper(app, shop);
    await again.add(product.variants[0]!.id, 1);
    expect((await again.post("/api/cart/discount", { code: "HELLO" })).statusCode).toBe(200);
    const { token } = await again.startCheckout();
    await again.information(token!, { email: "Repeat@Example.com" });
    const paid = await again.pay(token!);
    expect(paid.statusCode).toBe(409);
    expect((paid.json() as { error: string }).error).toBe(
      "You have already used the code HELLO. Remove it to continue.",
    );
  });

  it("makes a fully discounted order free without asking the payment provider", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 2000, stock: 10 });
    await shop.as("mutation", "discounts.create", {
      discount: { code: "FREE", kind: "percentage", value: 10_000 },
    });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    await shopper.post("/api/cart/discount", { code: "FREE" });
    const { token } = await shopper.startCheckout();
    await shopper.information(token!);
    expect(
      (
        await shopper.pay(token!, {
          "card.number": undefined,
          "card.expiry": undefined,
          "card.cvc": undefined,
        })
      ).statusCode,
    ).toBe(400);
    expect((await shopper.pay(token!)).statusCode).toBe(200);
    expect(await orderOrCheckout(deps.db.prisma, { token })).toMatchObject({
      status: "paid",
      total: 0,
      paymentProvider: "none",
    });
  });
});
