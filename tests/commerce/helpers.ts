import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { PrismaClient } from "../../server/db/client.ts";
import { checkoutAsOrder } from "../../server/commerce/checkout.ts";
import { demoSiteDoc } from "../../demo-store/index.ts";
import { call, registerUser, type CallResult } from "../helpers/app.ts";
import type { AppDeps } from "../../server/deps.ts";

/** A published shop owned by a fresh merchant, with typed shortcuts to its procedures. */
export async function createShop(
  app: FastifyInstance,
  deps: AppDeps,
  options: { currency?: string; taxesIncluded?: boolean; locale?: string } = {},
) {
  const owner = await registerUser(app);
  const slug = `shop-${Math.random().toString(36).slice(2, 10)}`;
  // Made the way the demo store is: a site row, then its first document, then a publish.
  const site = await deps.db.prisma.site.create({
    data: {
      name: "Test Shop",
      slug,
      members: { create: { userId: owner.user.id, role: "owner" } },
    },
  });
  const siteId = site.id;
  const doc = structuredClone(demoSiteDoc);
  doc.settings.name = "Test Shop";
  doc.settings.currency = options.currency ?? "USD";
  doc.settings.locale = options.locale ?? "en-US";
  await deps.siteDocuments.initialise(siteId, { name: site.name, doc });
  const published = await call(
    app,
    "mutation",
    "sites.publish",
    { siteId },
    { cookie: owner.cookie },
  );
  if (published.status !== 200)
    throw new Error(`sites.publish: ${JSON.stringify(published.error)}`);
  const shop = {
    owner,
    siteId,
    slug,
    /** Calls a procedure as the owner, with this site's id merged into the input. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
    async as<T = any>(
      kind: "query" | "mutation",
      procedure: string,
      input: Record<string, unknown> = {},
      cookie = owner.cookie,
    ): Promise<CallResult<T>> {
      return call<T>(app, kind, procedure, { siteId, ...input }, { cookie });
    },
  };
  if (options.currency || options.taxesIncluded !== undefined) {
    const settings = await shop.as("mutation", "checkout.updateSettings", {
      currency: options.currency ?? "USD",
      taxesIncluded: options.taxesIncluded ?? false,
    });
    if (settings.status !== 200)
      throw new Error(`checkout.updateSettings: ${JSON.stringify(settings.error)}`);
  }
  return shop;
}
export type Shop = Awaited<ReturnType<typeof createShop>>;

/** Creates an active product; `variants` default to one variant at `price` with `stock`. */
export async function createProduct(
  shop: Shop,
  options: {
    title?: string;
    price?: number;
    stock?: number;
    tags?: string[];
    vendor?: string;
    weightGrams?: number;
    options?: { name: string; values: string[] }[];
    variants?: Record<string, unknown>[];
    status?: "draft" | "active" | "archived";
  } = {},
) {
  const result = await shop.as("mutation", "products.create", {
    product: {
      title: options.title ?? `Product ${Math.random().toString(36).slice(2, 7)}`,
      status: options.status ?? "active",
      tags: options.tags ?? [],
      vendor: options.vendor ?? "",
      options: options.options ?? [],
      variants: options.variants ?? [
        {
          price: options.price ?? 1000,
          stock: options.stock ?? 10,
          weightGrams: options.weightGrams ?? 0,
        },
      ],
    },
  });
  if (result.status !== 200) throw new Error(`products.create: ${JSON.stringify(result.error)}`);
  return result.data.product as {
    id: string;
    handle: string;
    title: string;
    variants: { id: string; price: number; stock: number; title: string }[];
  };
}

export type CartJson = {
  id: string | null;
  lines: {
    id: string;
    variantId: string;
    quantity: number;
    unitPrice: number;
    lineTotal: number;
    priceChanged: { from: number; to: number } | null;
  }[];
  itemCount: number;
  subtotal: number;
  total: number;
  taxTotal: number;
  shippingTotal: number | null;
  currency: string;
  discount: { code: string; amount: number; problem: string | null } | null;
  notices: string[];
};

/** A shopper with a cookie jar, speaking to the storefront API as the islands script does. */
export class Shopper {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    readonly shop: Pick<Shop, "slug">,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: LightMyRequestResponse) {
    for (const c of response.cookies) this.cookies.set(c.name, c.value);
    return response;
  }

  /** POSTs a form (urlencoded); JSON back unless `html` asks for the no-JavaScript path. */
  async post(
    url: string,
    fields: Record<string, string | number | undefined>,
    options: { html?: boolean } = {},
  ) {
    const body = new URLSearchParams();
    body.set("site", this.shop.slug);
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.set(k, String(v));
    return this.keep(
      await this.app.inject({
        method: "POST",
        url,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          ...(options.html ? { accept: "text/html" } : { accept: "application/json" }),
          ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        },
        payload: body.toString(),
      }),
    );
  }

  async get(url: string) {
    return this.keep(
      await this.app.inject({
        method: "GET",
        url,
        headers: this.cookies.size ? { cookie: this.cookieHeader } : {},
      }),
    );
  }

  async cart(): Promise<CartJson> {
    const response = await this.get(`/api/cart?site=${this.shop.slug}`);
    return (response.json() as { cart: CartJson }).cart;
  }

  add(variantId: string, quantity: number | string = 1) {
    return this.post("/api/cart/add", { variantId, quantity });
  }

  /** Starts checkout: the checkout token, or the refusal. */
  async startCheckout(): Promise<{ token?: string; status: number; error?: string }> {
    const response = await this.post("/api/checkout", {});
    const body = response.json() as { token?: string; error?: string };
    return { status: response.statusCode, token: body.token, error: body.error };
  }

  information(token: string, fields: Record<string, string> = {}) {
    return this.post(`/api/checkout/${token}/information`, {
      email: "shopper@example.com",
      "address.name": "Sam Shopper",
      "address.line1": "1 Market St",
      "address.city": "San Francisco",
      "address.region": "CA",
      "address.postalCode": "94105",
      "address.country": "US",
      ...fields,
    });
  }

  pay(token: string, fields: Record<string, string | undefined> = {}) {
    return this.post(`/api/checkout/${token}/pay`, {
      "card.number": "4242 4242 4242 4242",
      "card.expiry": "12/40",
      "card.cvc": "123",
      ...fields,
    });
  }

  /** Cart with one variant through to a paid order; returns the checkout token. */
  async buy(variantId: string, quantity = 1, fields: Record<string, string> = {}): Promise<string> {
    const added = await this.add(variantId, quantity);
    if (added.statusCode !== 200) throw new Error(`add: ${added.body}`);
    const { token, error } = await this.startCheckout();
    if (!token) throw new Error(`checkout: ${error}`);
    const info = await this.information(token, fields);
    if (info.statusCode !== 200) throw new Error(`information: ${info.body}`);
    const paid = await this.pay(token);
    if (paid.statusCode !== 200) throw new Error(`pay: ${paid.body}`);
    return token;
  }
}

/**
 * The shopper's record behind a checkout token or id, in the order's words (decision 0014): the
 * order the checkout became, else the checkout as the merchant's screens show it (pending,
 * cancelled); with the checkout's own fields either way (`checkoutStatus`, the payment claim,
 * the hold's end, the code's notice).
 */
export async function orderOrCheckout(
  prisma: Pick<PrismaClient, "order" | "checkout">,
  where: { token?: string } | { id: string },
) {
  if (!("id" in where) && !where.token) throw new Error("no checkout token");
  const checkout = await prisma.checkout.findFirstOrThrow({
    where,
    include: { lines: { orderBy: { id: "asc" } } },
  });
  const order = checkout.orderId
    ? await prisma.order.findUnique({
        where: { id: checkout.orderId },
        include: { lines: { orderBy: { id: "asc" } } },
      })
    : null;
  return {
    ...(order ?? checkoutAsOrder(checkout)),
    checkoutStatus: checkout.status,
    cartId: checkout.cartId,
    paymentAttempts: checkout.paymentAttempts,
    paymentClaimedAt: checkout.paymentClaimedAt,
    reservedUntil: checkout.reservedUntil,
    discountNotice: checkout.discountNotice,
  };
}
