import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop } from "./helpers.ts";

const { app, deps } = await useTestApp();

type Catalog = {
  currency: string;
  exponent: number;
  storefront: {
    products: { id: string; title: string; priceMin: number; priceMax: number }[];
    collections: { id: string; title: string; productIds: string[] }[];
  };
  unlisted: { id: string; title: string; status: string; image: unknown; priceMin: number }[];
};

describe("products.catalog (the visual editor's catalog)", () => {
  it("gives the storefront's products and collections, and the products it leaves out", async () => {
    const shop = await createShop(app, deps, { currency: "JPY" });
    const mug = await createProduct(shop, {
      title: "Stoneware Mug",
      variants: [
        { options: ["S"], price: 1800, stock: 3 },
        { options: ["L"], price: 2400, stock: 3 },
      ],
      options: [{ name: "Size", values: ["S", "L"] }],
    });
    const draft = await shop.as("mutation", "products.create", {
      product: {
        title: "Linen Apron",
        status: "draft",
        images: [{ src: "https://images.example.com/apron.jpg", alt: "An apron" }],
        variants: [{ price: 4800, stock: 1 }],
      },
    });
    const archived = await createProduct(shop, { title: "Old Kettle", status: "archived" });
    const gear = await shop.as("mutation", "collections.create", {
      collection: { title: "Kitchen", productIds: [mug.id, draft.data.product.id] },
    });

    const result = await shop.as<Catalog>("query", "products.catalog");
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    const catalog = result.data;
    expect(catalog).toMatchObject({ currency: "JPY", exponent: 0 });
    // What the storefront shows: active products only, collections holding only those.
    expect(catalog.storefront.products.map((p) => [p.title, p.priceMin, p.priceMax])).toEqual([
      ["Stoneware Mug", 1800, 2400],
    ]);
    expect(catalog.storefront.collections).toEqual([
      expect.objectContaining({
        id: gear.data.collection.id,
        title: "Kitchen",
        productIds: [mug.id],
      }),
    ]);
    // What the picker offers besides: drafts and archived products, with a first image.
    expect(catalog.unlisted).toEqual([
      {
        id: draft.data.product.id,
        handle: "linen-apron",
        title: "Linen Apron",
        status: "draft",
        image: {
          src: "https://images.example.com/apron.jpg",
          alt: "An apron",
          width: 800,
          height: 800,
        },
        priceMin: 4800,
        priceMax: 4800,
      },
      expect.objectContaining({ id: archived.id, status: "archived", image: null }),
    ]);
  });

  it("shows a product the moment it is published, in the right list", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { title: "Tea Towel", status: "draft" });
    const before = await shop.as<Catalog>("query", "products.catalog");
    expect(before.data.storefront.products).toEqual([]);
    expect(before.data.unlisted.map((p) => p.id)).toEqual([product.id]);

    await shop.as("mutation", "products.bulkUpdate", {
      productIds: [product.id],
      set: { status: "active" },
    });
    const after = await shop.as<Catalog>("query", "products.catalog");
    expect(after.data.storefront.products.map((p) => p.id)).toEqual([product.id]);
    expect(after.data.unlisted).toEqual([]);
  });
});
