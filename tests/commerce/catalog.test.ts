import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper } from "./helpers.ts";

const { app, deps } = await useTestApp();
const shop = await createShop(app, deps);

const sizes = { name: "Size", values: ["S", "M", "L"] };
const colours = { name: "Colour", values: ["Sage", "Rust"] };

describe("products", () => {
  it("creates a product with options and variants, and edits it keeping variant ids", async () => {
    const created = await shop.as("mutation", "products.create", {
      product: {
        title: "Linen Apron",
        descriptionHtml: "<p>Cross-back straps</p>",
        status: "active",
        vendor: "Northbound",
        tags: ["kitchen", "gift"],
        options: [sizes, colours],
        variants: [
          { options: ["S", "Sage"], price: 4800, compareAtPrice: 6000, sku: "AP-S-SA", stock: 3 },
          { options: ["M", "Sage"], price: 4800, stock: 0 },
          { options: ["L", "Rust"], price: 5200, stock: 7, weightGrams: 250 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.error)).toBe(200);
    const product = created.data.product;
    expect(product).toMatchObject({
      handle: "linen-apron",
      status: "active",
      tags: ["kitchen", "gift"],
    });
    expect(product.variants.map((v: { title: string }) => v.title)).toEqual([
      "S / Sage",
      "M / Sage",
      "L / Rust",
    ]);

    const [first, , third] = product.variants;
    const updated = await shop.as("mutation", "products.update", {
      productId: product.id,
      product: {
        title: "Linen Apron",
        status: "active",
        options: [sizes, colours],
        variants: [
          { ...first, options: ["S", "Sage"], price: 4500 },
          { ...third, options: ["L", "Rust"] },
          { options: ["M", "Rust"], price: 5000, stock: 2 },
        ],
      },
    });
    expect(updated.status, JSON.stringify(updated.error)).toBe(200);
    const ids = updated.data.product.variants.map((v: { id: string }) => v.id);
    expect(ids.slice(0, 2)).toEqual([first.id, third.id]);
    expect(updated.data.product.variants).toHaveLength(3);
  });

  it("applies a stock edit as a change, so sales made meanwhile are kept", async () => {
    const product = await createProduct(shop, { title: "Edit Race", price: 1000, stock: 10 });
    const shopper = new Shopper(app, shop);
    await shopper.buy(product.variants[0]!.id, 2); // 10 -> 8 while the merchant's form still shows 10
    const result = await shop.as("mutation", "products.update", {
      productId: product.id,
      product: {
        title: "Edit Race",
        status: "active",
        variants: [{ id: product.variants[0]!.id, price: 1000, stock: 15, stockWas: 10 }],
      },
    });
    expect(result.data.product.variants[0].stock).toBe(13);
  });

  it.each([
    [
      "a fourth option",
      { options: [sizes, colours, { name: "A", values: ["1"] }, { name: "B", values: ["2"] }] },
      /at most three options/,
    ],
    [
      "a variant with a value its option lacks",
      { options: [sizes], variants: [{ options: ["XL"], price: 100 }] },
      /XL is not a value of Size/,
    ],
    [
      "two variants with the same options",
      {
        options: [sizes],
        variants: [
          { options: ["S"], price: 1 },
          { options: ["S"], price: 2 },
        ],
      },
      /same options/,
    ],
    ["a negative price", { variants: [{ price: -5 }] }, /cannot be negative/],
    ["a price in decimals", { variants: [{ price: 18.5 }] }, /whole number of minor units/],
    [
      "a compare-at price below the price",
      { variants: [{ price: 1000, compareAtPrice: 900 }] },
      /higher than the price/,
    ],
    ["no variants", { variants: [] }, /at least one variant/],
    ["a javascript: image", { images: [{ src: "javascript:alert(1)" }] }, /https:\/\/ address/],
  ])("refuses %s", async (_name, over, message) => {
    const before = await deps.db.prisma.product.count({ where: { siteId: shop.siteId } });
    const result = await shop.as("mutation", "products.create", {
      product: { title: "Bad", variants: [{ price: 100 }], ...over },
    });
    expect(result.status).toBe(400);
    expect(result.error!.message).toMatch(message);
    expect(await deps.db.prisma.product.count({ where: { siteId: shop.siteId } })).toBe(before);
  });

  it("bulk edits, archives and deletes", async () => {
    const a = await createProduct(shop, { title: "Bulk A" });
    const b = await createProduct(shop, { title: "Bulk B", tags: ["old"] });
    const bulk = await shop.as("mutation", "products.bulkUpdate", {
      productIds: [a.id, b.id],
      set: { vendor: "Acme", addTags: ["new"], removeTags: ["old"], status: "draft" },
    });
    expect(bulk.data).toEqual({ updated: 2 });
    const listed = await shop.as("query", "products.list", { query: "bulk", status: "draft" });
    expect(
      listed.data.products.map((p: { vendor: string; tags: string[] }) => [p.vendor, p.tags]),
    ).toEqual([
      ["Acme", ["new"]],
      ["Acme", ["new"]],
    ]);
    expect((await shop.as("mutation", "products.archive", { productIds: [a.id] })).data).toEqual({
      updated: 1,
    });
    expect((await shop.as("mutation", "products.delete", { productIds: [b.id] })).data).toEqual({
      deleted: 1,
    });
    expect(await deps.db.prisma.product.findUnique({ where: { id: b.id } })).toBeNull();
    const audit = await deps.db.prisma.auditLog.findMany({
      where: { siteId: shop.siteId, action: { startsWith: "product." } },
    });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["product.bulk_updated", "product.deleted"]),
    );
  });
});

describe("CSV import and export in Shopify's columns", () => {
  const csv = [
    "Handle,Title,Body (HTML),Vendor,Tags,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Variant SKU,Variant Price,Variant Compare At Price,Variant Inventory Qty,Image Src",
    'field-jacket,Field Jacket,"<p>Waxed, warm</p>",Acme,"outerwear, winter",Size,S,Colour,Olive,FJ-S-O,129.00,149.00,4,https://cdn.example/fj.jpg',
    "field-jacket,,,,,,M,,Olive,FJ-M-O,129.00,,0,https://cdn.example/fj-2.jpg",
    "wool-socks,Wool Socks,,Acme,,Title,Default Title,,,WS,12.5,,30,",
  ].join("\n");

  it("imports products and variants, and exports them again", async () => {
    const s = await createShop(app, deps);
    const result = await s.as("mutation", "products.importCsv", { csv });
    expect(result.status, JSON.stringify(result.error)).toBe(200);
    expect(result.data).toMatchObject({ imported: 2, created: 2, updated: 0, problems: [] });
    const list = await s.as("query", "products.list", {});
    const jacket = list.data.products.find((p: { handle: string }) => p.handle === "field-jacket");
    expect(jacket).toMatchObject({
      title: "Field Jacket",
      vendor: "Acme",
      tags: ["outerwear", "winter"],
    });
    expect(
      jacket.variants.map((v: { options: string[]; price: number; stock: number }) => [
        v.options,
        v.price,
        v.stock,
      ]),
    ).toEqual([
      [["S", "Olive"], 12900, 4],
      [["M", "Olive"], 12900, 0],
    ]);
    expect(jacket.images.map((i: { src: string }) => i.src)).toEqual([
      "https://cdn.example/fj.jpg",
      "https://cdn.example/fj-2.jpg",
    ]);
    const socks = list.data.products.find((p: { handle: string }) => p.handle === "wool-socks");
    expect(socks.variants).toMatchObject([{ options: [], price: 1250, stock: 30 }]);

    const exported = await s.as("query", "products.exportCsv");
    expect(exported.data.csv.split("\r\n")[0]).toMatch(/^Handle,Title,Body \(HTML\),Vendor,Tags/);
    expect(exported.data.csv).toContain(
      'field-jacket,Field Jacket,"<p>Waxed, warm</p>",Acme,"outerwear, winter",active,Size,S,Colour,Olive,,,FJ-S-O,0,4,deny,129.00,149.00,,https://cdn.example/fj.jpg,',
    );
    // Importing the export again updates the same products.
    const again = await s.as("mutation", "products.importCsv", { csv: exported.data.csv });
    expect(again.data).toMatchObject({ imported: 2, created: 0, updated: 2 });
    const after = await s.as("query", "products.list", {});
    expect(
      after.data.products.find((p: { handle: string }) => p.handle === "field-jacket").variants[0]
        .id,
    ).toBe(jacket.variants[0].id);
  });

  it("reports every bad row and imports nothing", async () => {
    const s = await createShop(app, deps);
    const bad = [
      "Handle,Title,Option1 Name,Option1 Value,Variant Price,Variant Inventory Qty",
      "good-one,Good One,Title,Default Title,10.00,5",
      "bad-price,Bad Price,Title,Default Title,ten dollars,5",
      "bad-qty,Bad Qty,Title,Default Title,1.00,2.5",
      ",No Handle,Title,Default Title,1.00,1",
      "too-precise,Too Precise,Title,Default Title,1.005,1",
    ].join("\n");
    const result = await s.as("mutation", "products.importCsv", { csv: bad });
    expect(result.status).toBe(200);
    expect(result.data.imported).toBe(0);
    expect(result.data.problems).toEqual([
      { row: 3, column: "Variant Price", message: "“ten dollars” is not a price in USD." },
      { row: 4, column: "Variant Inventory Qty", message: "“2.5” is not a whole number of units." },
      { row: 5, column: "Handle", message: "Every row needs a Handle." },
      { row: 6, column: "Variant Price", message: "“1.005” is not a price in USD." },
    ]);
    expect(await deps.db.prisma.product.count({ where: { siteId: s.siteId } })).toBe(0);
  });
});

describe("collections and the storefront", () => {
  it("shows live products on the storefront, and a change at once", async () => {
    const s = await createShop(app, deps);
    const mug = await createProduct(s, { title: "Stoneware Mug", price: 2400, stock: 1 });
    const manual = await s.as("mutation", "collections.create", {
      collection: { title: "Kitchen", productIds: [mug.id] },
    });
    expect(manual.status, JSON.stringify(manual.error)).toBe(200);

    const page = await app.inject({ url: `/s/${s.slug}/products/${mug.handle}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Stoneware Mug");
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"Product"[\s\S]*?)<\/script>/.exec(
        page.body,
      )![1]!,
    );
    expect(ld.offers).toMatchObject({
      price: "24.00",
      priceCurrency: "USD",
      availability: "https://schema.org/InStock",
    });
    expect((await app.inject({ url: `/s/${s.slug}/collections/kitchen` })).body).toContain(
      "Stoneware Mug",
    );

    // The last one sells: the page says so at once, without waiting for a cache to expire.
    await new Shopper(app, s).buy(mug.variants[0]!.id, 1);
    const after = await app.inject({ url: `/s/${s.slug}/products/${mug.handle}` });
    expect(after.body).toContain("https://schema.org/OutOfStock");
    expect(after.body).toMatch(/<button type="submit" class="[^"]*" disabled="">Sold out/);

    // Draft products are not on the storefront.
    await s.as("mutation", "products.bulkUpdate", {
      productIds: [mug.id],
      set: { status: "draft" },
    });
    expect((await app.inject({ url: `/s/${s.slug}/products/${mug.handle}` })).statusCode).toBe(404);
  });

  it("fills automatic collections from tag, vendor and price rules", async () => {
    const s = await createShop(app, deps);
    const cheap = await createProduct(s, { title: "Cheap Gift", price: 900, tags: ["Gift"] });
    await createProduct(s, { title: "Dear Gift", price: 9000, tags: ["gift"] });
    await createProduct(s, { title: "Not A Gift", price: 500 });
    const result = await s.as("mutation", "collections.create", {
      collection: {
        title: "Gifts under 50",
        automatic: true,
        rules: [
          { field: "tag", relation: "equals", value: "gift" },
          { field: "price", relation: "less_than", value: 5000 },
        ],
      },
    });
    expect(result.data.collection.productIds).toEqual([cheap.id]);
    const page = await app.inject({ url: `/s/${s.slug}/collections/gifts-under-50` });
    expect(page.body).toContain("Cheap Gift");
    expect(page.body).not.toContain("Dear Gift");
    const empty = await s.as("mutation", "collections.create", {
      collection: { title: "Empty", automatic: true, rules: [] },
    });
    expect(empty.status).toBe(400);
  });
});
