import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * A checkout that goes nowhere never keeps stock: starting again from the same cart gives back
 * the earlier attempts' units (a blocked redirect, a closed tab), and a payment refused because
 * something sold out gives back the rest at once, with the reason shown to the shopper.
 */

const { app, deps } = await useTestApp();

const liveHolds = async (variantId: string) =>
  (
    await deps.db.prisma.inventoryReservation.aggregate({
      where: { variantId, releasedAt: null, expiresAt: { gt: deps.now() } },
      _sum: { quantity: true },
    })
  )._sum.quantity ?? 0;

async function setStock(shop: Shop, productId: string, stock: number) {
  const full = (await shop.as("query", "products.get", { productId })).data.product;
  const edit = await shop.as("mutation", "products.update", {
    productId,
    product: {
      title: full.title,
      status: "active",
      variants: [{ ...full.variants[0], stock }],
    },
  });
  expect(edit.status, JSON.stringify(edit.error)).toBe(200);
}

describe("stock holds of checkouts that go nowhere", () => {
  it("a shopper who starts checkout again and again holds one checkout's units, not one per try", async () => {
    const shop = await createShop(app, deps);
    const planter = await createProduct(shop, { title: "Fern Planter", stock: 5 });
    const variantId = planter.variants[0]!.id;
    const shopper = new Shopper(app, shop);
    await shopper.add(variantId, 1);
    // Six tries whose redirect never got the shopper to the checkout page.
    for (let attempt = 1; attempt <= 6; attempt++) {
      const { status, error } = await shopper.startCheckout();
      expect(status, `attempt ${attempt}: ${error}`).toBe(201);
    }
    expect(await liveHolds(variantId)).toBe(1);

    // The shopper's own cart is not limited by their own checkout: all 5 can still be taken.
    const own = await shopper.post("/api/cart/update", {
      lineId: (await shopper.cart()).lines[0]!.id,
      quantity: 5,
    });
    expect(own.statusCode, own.body).toBe(200);
    expect((await shopper.cart()).notices).toEqual([]);

    // The next shopper sees every unit but the one held by the newest checkout.
    const next = new Shopper(app, shop);
    const four = await next.add(variantId, 4);
    expect(four.statusCode, four.body).toBe(200);
    const fifth = await next.add(variantId, 1);
    expect(fifth.statusCode).toBe(409);
    expect((fifth.json() as { error: string }).error).toBe("Only 4 of Fern Planter left.");
  });

  it("a payment refused because an item sold out gives back the checkout's other units and says why", async () => {
    const shop = await createShop(app, deps);
    const planter = await createProduct(shop, { title: "Fern Planter", stock: 5 });
    const mug = await createProduct(shop, { title: "Clay Mug", stock: 1 });
    const shopper = new Shopper(app, shop);
    await shopper.add(planter.variants[0]!.id, 2);
    await shopper.add(mug.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    expect((await shopper.information(token!)).statusCode).toBe(200);
    expect(await liveHolds(planter.variants[0]!.id)).toBe(2);

    // The merchant finds the last mug broken while the shopper is filling in the card.
    await setStock(shop, mug.id, 0);
    const paid = await shopper.pay(token!);
    expect(paid.statusCode).toBe(409);
    expect((paid.json() as { error: string }).error).toBe(
      "Sorry, Clay Mug sold out while you were checking out.",
    );
    expect(await liveHolds(planter.variants[0]!.id)).toBe(0);
    const order = await orderOrCheckout(deps.db.prisma, { token });
    expect(order.status).toBe("pending");

    // Without JavaScript the checkout page comes back with the reason on it.
    const page = await shopper.post(
      `/api/checkout/${token}/pay`,
      { "card.number": "4242 4242 4242 4242", "card.expiry": "12/40", "card.cvc": "123" },
      { html: true },
    );
    expect(page.statusCode).toBe(409);
    expect(page.body.includes("Sorry, Clay Mug sold out while you were checking out.")).toBe(true);

    // The next shopper can have all five planters at once.
    const next = new Shopper(app, shop);
    const five = await next.add(planter.variants[0]!.id, 5);
    expect(five.statusCode, five.body).toBe(200);
    expect((await next.cart()).notices).toEqual([]);
  });
});
