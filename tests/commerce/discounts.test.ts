import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop } from "./helpers.ts";

/**
 * A code aimed at products or collections names only this shop's: another site's product or
 * collection, or one that does not exist, is refused with the field it is about, and nothing is
 * stored or changed.
 */
const { app, deps } = await useTestApp();
const shop = await createShop(app, deps);
const other = await createShop(app, deps);
const mine = await createProduct(shop, { title: "Clay Mug" });
const theirs = await createProduct(other, { title: "Their Mug" });
const theirCollection = (
  await other.as("mutation", "collections.create", { collection: { title: "Theirs" } })
).data.collection as { id: string };

const list = async () =>
  (await shop.as("query", "discounts.list")).data.discounts as {
    code: string;
    productIds: string[];
  }[];

describe("what a discount may be aimed at", () => {
  it.each([
    ["another site's product", () => [mine.id, theirs.id], 1],
    ["a product that does not exist", () => [randomUUID()], 1],
    ["two that are not this shop's", () => [theirs.id, randomUUID(), mine.id], 2],
  ])("refuses %s, next to the products field", async (_, ids, count) => {
    const before = await list();
    const result = await shop.as("mutation", "discounts.create", {
      discount: {
        code: "MUGS",
        kind: "percentage",
        value: 1000,
        scope: "products",
        productIds: ids(),
      },
    });
    expect(result.status).toBe(400);
    const message =
      count === 1
        ? "One of the chosen products is not in this shop. Choose the products again."
        : `${count} of the chosen products are not in this shop. Choose the products again.`;
    expect(result.error!.message).toBe(message);
    expect(result.error!.data.fieldErrors).toEqual({ "discount.productIds": [message] });
    expect(await list()).toEqual(before);
  });

  it("refuses another site's collection", async () => {
    const result = await shop.as("mutation", "discounts.create", {
      discount: {
        code: "THEIRS",
        kind: "percentage",
        value: 1000,
        scope: "collections",
        collectionIds: [theirCollection.id],
      },
    });
    expect(result.status).toBe(400);
    expect(result.error!.data.fieldErrors).toEqual({
      "discount.collectionIds": [
        "One of the chosen collections is not in this shop. Choose the collections again.",
      ],
    });
  });

  it("refuses an update that aims an existing code at another site's product", async () => {
    const created = await shop.as("mutation", "discounts.create", {
      discount: {
        code: "MINE",
        kind: "percentage",
        value: 1000,
        scope: "products",
        productIds: [mine.id],
      },
    });
    expect(created.status, JSON.stringify(created.error)).toBe(200);
    const discountId = created.data.discount.id as string;
    const updated = await shop.as("mutation", "discounts.update", {
      discountId,
      discount: {
        code: "MINE",
        kind: "percentage",
        value: 5000,
        scope: "products",
        productIds: [theirs.id],
      },
    });
    expect(updated.status).toBe(400);
    expect(updated.error!.data.fieldErrors).toHaveProperty("discount.productIds");
    const stored = await deps.db.prisma.discount.findUniqueOrThrow({ where: { id: discountId } });
    expect(stored).toMatchObject({ value: 1000, productIds: [mine.id] });
  });

  it("says which field a taken code is about", async () => {
    const again = await shop.as("mutation", "discounts.create", {
      discount: { code: "MINE", kind: "free_shipping" },
    });
    expect(again.status).toBe(409);
    expect(again.error!.message).toBe("The code MINE already exists.");
    expect(again.error!.data.fieldErrors).toEqual({
      "discount.code": ["This code already exists."],
    });
  });
});
