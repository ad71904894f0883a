import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markPaid } from "../../server/commerce/checkout.ts";
import { customerKey } from "../../server/commerce/discounts.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { testDatabaseKinds } from "../helpers/database.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * A code with a limit, raced by shoppers paying at the same moment: exactly as many orders as the
 * limit allows are paid with it; every other shopper is told before paying that it is used up, or
 * (when the payment was already taken) refunded automatically, with the refund on record. On
 * real PostgreSQL (DATABASE_URL) with a pool of connections, as well as on PGlite.
 */
describe.each(testDatabaseKinds())("discount limits under concurrency, on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind });
  });
  afterAll(() => t.close());

  type Outcome =
    { outcome: "paid"; token: string } | { outcome: "refused"; status: number; message: string };

  /** One shopper's whole visit: cart with the code, checkout, address, pay. */
  async function visit(shopper: Shopper, token: string, email: string): Promise<Outcome> {
    const info = await shopper.information(token, { email });
    if (info.statusCode !== 200)
      return { outcome: "refused", status: info.statusCode, message: info.body };
    const paid = await shopper.pay(token);
    return paid.statusCode === 200
      ? { outcome: "paid", token }
      : {
          outcome: "refused",
          status: paid.statusCode,
          message: (paid.json() as { error: string }).error,
        };
  }

  /** Shoppers with the code in their carts, then all at once: checkout, address and payment. */
  async function race(shop: Shop, code: string, emails: string[]) {
    const product = await createProduct(shop, { title: "Linen Apron", price: 2000, stock: 100 });
    const shoppers = emails.map(() => new Shopper(t.app, shop));
    for (const shopper of shoppers) {
      expect((await shopper.add(product.variants[0]!.id, 1)).statusCode).toBe(200);
      const applied = await shopper.post("/api/cart/discount", { code });
      expect(applied.statusCode, applied.body).toBe(200);
    }
    const results = await Promise.all(
      shoppers.map(async (shopper, i) => {
        const started = await shopper.startCheckout();
        if (!started.token)
          return {
            outcome: "refused" as const,
            status: started.status,
            message: started.error ?? "",
          };
        return visit(shopper, started.token, emails[i]!);
      }),
    );
    const orders = await t.deps.db.prisma.order.findMany({
      where: { siteId: shop.siteId },
      include: { refunds: true },
    });
    const discount = await t.deps.db.prisma.discount.findFirstOrThrow({
      where: { siteId: shop.siteId, code },
    });
    return { results, orders, discount };
  }

  /** Every shopper who did not get the code was refused before paying or paid back in full. */
  function expectTheRestTurnedAway(
    code: string,
    { results, orders }: Awaited<ReturnType<typeof race>>,
    refusal = `The code ${code} has been used up. Remove it to continue.`,
  ) {
    for (const r of results) {
      const order = orders.find((o) => r.outcome === "paid" && o.token === r.token);
      if (r.outcome === "refused") {
        expect(r.status, r.message).toBe(409);
        expect(r.message).toBe(refusal);
      } else if (order!.status === "cancelled") {
        // Charged before the last use went: the money went back, and it says why.
        expect(order!.refunds.map((f) => [f.status, f.amount])).toEqual([
          ["succeeded", order!.total],
        ]);
        expect(order!.cancelReason).toMatch(new RegExp(`code ${code}`));
      } else {
        // Nobody who asked for the code pays without it.
        expect(order!.discountCode).toBe(code);
      }
    }
  }

  it.each([3, 1])(
    "a code limited to %i is redeemed exactly that often by 20 shoppers at once",
    { timeout: 180_000 },
    async (limit) => {
      const shop = await createShop(t.app, t.deps);
      const code = `LIMIT${limit}`;
      const created = await shop.as("mutation", "discounts.create", {
        discount: { code, kind: "percentage", value: 1000, usageLimit: limit },
      });
      expect(created.status, JSON.stringify(created.error)).toBe(200);
      const emails = Array.from({ length: 20 }, (_, i) => `racer${i}@example.com`);
      const raced = await race(shop, code, emails);
      const paidWithCode = raced.orders.filter((o) => o.paidAt && o.discountCode === code);
      const kept = paidWithCode.filter((o) => o.status === "paid");
      expect(kept).toHaveLength(limit);
      expect(raced.discount.usedCount).toBe(limit);
      expect(
        await t.deps.db.prisma.discountRedemption.count({
          where: { discountId: raced.discount.id },
        }),
      ).toBe(limit);
      expectTheRestTurnedAway(code, raced);
      // The merchant's list says the same.
      const listed = await shop.as("query", "discounts.list");
      expect(listed.data.discounts[0]).toMatchObject({ code, usedCount: limit, usageLimit: limit });
    },
  );

  it(
    "a once-per-customer code is used once by one person, whatever +tag or gmail dots they add",
    { timeout: 180_000 },
    async () => {
      const shop = await createShop(t.app, t.deps);
      const created = await shop.as("mutation", "discounts.create", {
        discount: { code: "HELLO", kind: "percentage", value: 1000, perCustomerLimit: 1 },
      });
      expect(created.status, JSON.stringify(created.error)).toBe(200);
      const ann = [
        "ann@example.com",
        "ann+1@example.com",
        "Ann+Shop@Example.com",
        "ann+@example.com",
      ];
      const jo = [
        "jo.smith@gmail.com",
        "josmith@gmail.com",
        "J.O.Smith+deals@gmail.com",
        "jo.smith@googlemail.com",
      ];
      const raced = await race(shop, "HELLO", [...ann, ...jo]);
      const uses = (emails: string[]) =>
        raced.orders.filter(
          (o) =>
            o.status === "paid" &&
            o.discountCode === "HELLO" &&
            emails.some((e) => e.toLowerCase() === o.email),
        );
      expect(uses(ann)).toHaveLength(1);
      expect(uses(jo)).toHaveLength(1);
      expect(raced.discount.usedCount).toBe(2);
      expectTheRestTurnedAway(
        "HELLO",
        raced,
        "You have already used the code HELLO. Remove it to continue.",
      );

      // Later, one at a time: the same people are still refused; dots are someone else's
      // address at providers that do not ignore them.
      const product = await createProduct(shop, { price: 2000, stock: 10 });
      for (const email of ["ANN+later@example.com", "j.osmith+x@googlemail.com"]) {
        const again = new Shopper(t.app, shop);
        await again.add(product.variants[0]!.id, 1);
        await again.post("/api/cart/discount", { code: "HELLO" });
        const { token } = await again.startCheckout();
        await again.information(token!, { email });
        const paid = await again.pay(token!);
        expect(paid.statusCode, email).toBe(409);
        expect((paid.json() as { error: string }).error).toBe(
          "You have already used the code HELLO. Remove it to continue.",
        );
      }
      const other = new Shopper(t.app, shop);
      await other.add(product.variants[0]!.id, 1);
      await other.post("/api/cart/discount", { code: "HELLO" });
      const { token } = await other.startCheckout();
      await other.information(token!, { email: "a.nn@example.com" });
      expect((await other.pay(token!)).statusCode).toBe(200);
    },
  );

  it(
    "a declined card holds no use of the code: the next payer gets it, and the retry too",
    { timeout: 120_000 },
    async () => {
      const shop = await createShop(t.app, t.deps);
      await shop.as("mutation", "discounts.create", {
        discount: { code: "ONCE", kind: "fixed_amount", value: 500, usageLimit: 1 },
      });
      const product = await createProduct(shop, { price: 2000, stock: 10 });
      const withCode = async (email: string) => {
        const shopper = new Shopper(t.app, shop);
        await shopper.add(product.variants[0]!.id, 1);
        await shopper.post("/api/cart/discount", { code: "ONCE" });
        const { token } = await shopper.startCheckout();
        await shopper.information(token!, { email });
        return { shopper, token: token! };
      };
      const declined = { "card.number": "4000 0000 0000 0002" };

      const first = await withCode("first@example.com");
      expect((await first.shopper.pay(first.token, declined)).statusCode).toBe(400);
      // The next shopper is not refused the code the declined attempt no longer uses.
      const second = await withCode("second@example.com");
      expect((await second.shopper.pay(second.token, declined)).statusCode).toBe(400);
      const paid = await second.shopper.pay(second.token);
      expect(paid.statusCode, paid.body).toBe(200);
      const order = await orderOrCheckout(t.deps.db.prisma, { token: second.token });
      expect(order).toMatchObject({ status: "paid", discountCode: "ONCE", total: 1500 });
      // Now the one use is gone: the first shopper, retrying with a good card, is told so.
      const retried = await first.shopper.pay(first.token);
      expect(retried.statusCode).toBe(409);
      expect((retried.json() as { error: string }).error).toBe(
        "The code ONCE has been used up. Remove it to continue.",
      );
    },
  );

  it(
    "a payment that arrives after the last use went is refunded automatically and recorded",
    { timeout: 120_000 },
    async () => {
      const shop = await createShop(t.app, t.deps);
      await shop.as("mutation", "discounts.create", {
        discount: { code: "LASTONE", kind: "fixed_amount", value: 500, usageLimit: 1 },
      });
      const product = await createProduct(shop, { price: 2000, stock: 10 });
      const variantId = product.variants[0]!.id;
      // The late payer opened checkout with the code, then paid at the provider (a hosted page
      // whose confirmation is slow); meanwhile another shopper used the code up.
      const late = new Shopper(t.app, shop);
      await late.add(variantId, 1);
      await late.post("/api/cart/discount", { code: "LASTONE" });
      const { token } = await late.startCheckout();
      await late.information(token!, { email: "late@example.com" });
      const early = new Shopper(t.app, shop);
      await early.add(variantId, 1);
      await early.post("/api/cart/discount", { code: "LASTONE" });
      const started = await early.startCheckout();
      await early.information(started.token!, { email: "early@example.com" });
      expect((await early.pay(started.token!)).statusCode).toBe(200);
      const order = await orderOrCheckout(t.deps.db.prisma, { token });
      expect(order).toMatchObject({ status: "pending", discountCode: "LASTONE", total: 1500 });
      const charge = await t.deps.commerce.payments.startPayment({
        orderId: order.id,
        siteId: shop.siteId,
        amount: order.total,
        currency: order.currency,
        email: "late@example.com",
        description: "Test Shop: 1 item",
        idempotencyKey: `late-${order.id}`,
        returnUrl: "http://localhost/return",
        cancelUrl: "http://localhost/cancel",
        card: { number: "4242424242424242", expMonth: 12, expYear: 2040, cvc: "123" },
      });
      if (charge.status !== "paid") throw new Error("the test card was not charged");

      const result = await markPaid(t.deps, order.id, {
        provider: "test",
        paymentRef: charge.paymentRef,
        refundRef: charge.refundRef,
        amount: charge.amount,
        currency: charge.currency,
      });
      expect(result).toEqual({ changed: true, status: "cancelled", refunded: true });
      const after = await t.deps.db.prisma.order.findUniqueOrThrow({
        where: { id: order.id },
        include: { refunds: true },
      });
      expect(after.cancelReason).toBe(
        "The code LASTONE was used up while the payment was being made; the payment was refunded.",
      );
      expect(after.refunds.map((r) => [r.status, r.amount, r.reason])).toEqual([
        ["succeeded", 1500, "Discount code used up while paying"],
      ]);
      const discount = await t.deps.db.prisma.discount.findFirstOrThrow({
        where: { siteId: shop.siteId },
      });
      expect(discount.usedCount).toBe(1);
      // The units stay on sale: only the early shopper's one was taken.
      expect(
        (await t.deps.db.prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } }))
          .stock,
      ).toBe(9);
      const history = await shop.as("query", "orders.get", { orderId: order.id });
      expect(history.data.history.map((h: { action: string }) => h.action)).toEqual([
        "order.cancelled",
        "order.payment_refunded_automatically",
      ]);
    },
  );
});

describe("one customer behind many addresses", () => {
  it.each([
    ["Ann@Example.com", "ann@example.com"],
    ["ann+shop@example.com", "ann@example.com"],
    ["ann+@example.com", "ann@example.com"],
    ["a.nn@example.com", "a.nn@example.com"],
    ["J.O.Smith+deals@gmail.com", "josmith@gmail.com"],
    ["jo.smith@googlemail.com", "josmith@gmail.com"],
    ["+only@example.com", "+only@example.com"],
  ])("%s counts as %s", (email, key) => {
    expect(customerKey(email)).toBe(key);
  });
});
