import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, registerUser, useTestApp } from "../helpers/app.ts";

/**
 * Every commerce procedure by every role, like tests/api/role-matrix.test.ts does for sites and
 * members: each allow and each refusal, and a refusal changes nothing.
 */
const { app, deps } = await useTestApp();
const people = {
  owner: await registerUser(app),
  admin: await registerUser(app),
  editor: await registerUser(app),
  viewer: await registerUser(app),
  stranger: await registerUser(app),
};
type Role = keyof typeof people;
type Outcome = 200 | 403 | 404;
type Cell = {
  siteId: string;
  productId: string;
  variantId: string;
  collectionId: string;
  orderId: string;
  discountId: string;
  taxRateId: string;
  zoneId: string;
};

async function freshSite(): Promise<Cell> {
  const p = deps.db.prisma;
  const site = await p.site.create({
    data: {
      name: "Matrix",
      slug: `cmx-${randomUUID().slice(0, 8)}`,
      members: {
        create: [
          { userId: people.owner.user.id, role: "owner" },
          { userId: people.admin.user.id, role: "admin" },
          { userId: people.editor.user.id, role: "editor" },
          { userId: people.viewer.user.id, role: "viewer" },
        ],
      },
      storeSettings: { create: { currency: "USD" } },
    },
  });
  const product = await p.product.create({
    data: {
      siteId: site.id,
      handle: "kettle",
      title: "Kettle",
      status: "active",
      variants: { create: { siteId: site.id, title: "Default Title", price: 1000, stock: 5 } },
    },
    include: { variants: true },
  });
  const collection = await p.collection.create({
    data: { siteId: site.id, handle: "gear", title: "Gear" },
  });
  const order = await p.order.create({
    data: {
      siteId: site.id,
      number: 1001,
      token: randomUUID(),
      status: "paid",
      email: "buyer@example.com",
      currency: "USD",
      taxesIncluded: false,
      subtotal: 1000,
      total: 1000,
      paymentProvider: "test",
      paymentRef: "tch_matrix",
      paymentIntentRef: "tch_matrix",
      reservedUntil: new Date(),
      paidAt: new Date(),
      lines: {
        create: {
          productId: product.id,
          variantId: product.variants[0]!.id,
          title: "Kettle",
          unitPrice: 1000,
          quantity: 1,
        },
      },
    },
  });
  const discount = await p.discount.create({
    data: { siteId: site.id, code: "TEN", kind: "percentage", value: 1000 },
  });
  const tax = await p.taxRate.create({ data: { siteId: site.id, country: "US", ratePpm: 50_000 } });
  const zone = await p.shippingZone.create({
    data: {
      siteId: site.id,
      name: "US",
      countries: ["US"],
      rates: { create: { name: "Std", kind: "flat", price: 500 } },
    },
  });
  return {
    siteId: site.id,
    productId: product.id,
    variantId: product.variants[0]!.id,
    collectionId: collection.id,
    orderId: order.id,
    discountId: discount.id,
    taxRateId: tax.id,
    zoneId: zone.id,
  };
}

async function snapshot(siteId: string) {
  const p = deps.db.prisma;
  const where = { siteId };
  return {
    settings: await p.storeSettings.findUnique({ where: { siteId } }),
    products: await p.product.findMany({
      where,
      include: { variants: true },
      orderBy: { id: "asc" },
    }),
    collections: await p.collection.findMany({
      where,
      include: { products: true },
      orderBy: { id: "asc" },
    }),
    orders: await p.order.findMany({ where, include: { refunds: true }, orderBy: { id: "asc" } }),
    discounts: await p.discount.findMany({ where, orderBy: { id: "asc" } }),
    taxes: await p.taxRate.findMany({ where, orderBy: { id: "asc" } }),
    zones: await p.shippingZone.findMany({
      where,
      include: { rates: true },
      orderBy: { id: "asc" },
    }),
  };
}

type Procedure = {
  kind: "query" | "mutation";
  input: (c: Cell) => Record<string, unknown>;
  min: "viewer" | "editor" | "admin";
};

const product = { title: "Kettle", status: "active", variants: [{ price: 1200, stock: 3 }] };
const zone = { name: "EU", countries: ["DE"], rates: [{ name: "Std", kind: "flat", price: 900 }] };
const procedures: Record<string, Procedure> = {
  "products.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "products.get": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, productId: c.productId }),
    min: "viewer",
  },
  "products.exportCsv": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "products.catalog": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "products.create": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, product: { ...product, title: "New" } }),
    min: "editor",
  },
  "products.update": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, productId: c.productId, product }),
    min: "editor",
  },
  "products.bulkUpdate": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, productIds: [c.productId], set: { vendor: "X" } }),
    min: "editor",
  },
  "products.archive": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, productIds: [c.productId] }),
    min: "editor",
  },
  "products.delete": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, productIds: [c.productId] }),
    min: "editor",
  },
  "products.importCsv": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, csv: "Handle,Title,Variant Price\nmug,Mug,10.00\n" }),
    min: "editor",
  },
  "collections.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "collections.get": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, collectionId: c.collectionId }),
    min: "viewer",
  },
  "collections.create": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, collection: { title: "New", productIds: [c.productId] } }),
    min: "editor",
  },
  "collections.update": {
    kind: "mutation",
    input: (c) => ({
      siteId: c.siteId,
      collectionId: c.collectionId,
      collection: { title: "Renamed" },
    }),
    min: "editor",
  },
  "collections.delete": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, collectionId: c.collectionId }),
    min: "editor",
  },
  "orders.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "editor" },
  "orders.get": {
    kind: "query",
    input: (c) => ({ siteId: c.siteId, orderId: c.orderId }),
    min: "editor",
  },
  "orders.fulfil": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, orderId: c.orderId, notifyCustomer: false }),
    min: "editor",
  },
  "orders.cancel": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, orderId: c.orderId }),
    min: "admin",
  },
  "orders.refund": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, orderId: c.orderId, amount: 100 }),
    min: "admin",
  },
  "checkout.settings": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "checkout.updateSettings": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, taxesIncluded: true }),
    min: "admin",
  },
  "discounts.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "editor" },
  "discounts.create": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, discount: { code: "NEW", kind: "free_shipping" } }),
    min: "admin",
  },
  "discounts.update": {
    kind: "mutation",
    input: (c) => ({
      siteId: c.siteId,
      discountId: c.discountId,
      discount: { code: "TEN", kind: "percentage", value: 500 },
    }),
    min: "admin",
  },
  "discounts.delete": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, discountId: c.discountId }),
    min: "admin",
  },
  "taxes.list": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "taxes.save": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, rate: { country: "DE", ratePpm: 190_000 } }),
    min: "admin",
  },
  "taxes.delete": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, taxRateId: c.taxRateId }),
    min: "admin",
  },
  "taxes.updateSettings": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, taxesIncluded: true }),
    min: "admin",
  },
  "shipping.listZones": { kind: "query", input: (c) => ({ siteId: c.siteId }), min: "viewer" },
  "shipping.createZone": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, zone }),
    min: "admin",
  },
  "shipping.updateZone": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, zoneId: c.zoneId, zone: { ...zone, countries: ["US"] } }),
    min: "admin",
  },
  "shipping.deleteZone": {
    kind: "mutation",
    input: (c) => ({ siteId: c.siteId, zoneId: c.zoneId }),
    min: "admin",
  },
};

const RANK = { viewer: 1, editor: 2, admin: 3, owner: 4 } as const;
function expected(role: Role, min: Procedure["min"]): Outcome {
  if (role === "stranger") return 404;
  return RANK[role] >= RANK[min] ? 200 : 403;
}

const cells = Object.entries(procedures).flatMap(([name, p]) =>
  (Object.keys(people) as Role[]).map((role) => [name, role, expected(role, p.min)] as const),
);

describe("commerce procedures by role", () => {
  it.each(cells)("%s as %s -> %i", async (name, role, outcome) => {
    const procedure = procedures[name]!;
    const cell = await freshSite();
    const before = await snapshot(cell.siteId);
    const result = await call(app, procedure.kind, name, procedure.input(cell), {
      cookie: people[role].cookie,
    });
    expect(result.status, JSON.stringify(result.error)).toBe(outcome);
    if (outcome !== 200) expect(await snapshot(cell.siteId)).toEqual(before);
  });

  it("covers every procedure of the commerce routers", async () => {
    const { appRouter } = await import("../../server/routers/_app.ts");
    const domains = [
      "products",
      "collections",
      "orders",
      "checkout",
      "discounts",
      "taxes",
      "shipping",
    ];
    const listed = Object.keys(appRouter._def.procedures).filter((path) =>
      domains.includes(path.split(".")[0]!),
    );
    expect(listed.sort()).toEqual(Object.keys(procedures).sort());
  });
});
