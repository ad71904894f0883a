import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import type { AppDeps } from "../../server/deps.ts";
import { createTestApp, useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, type Shop, orderOrCheckout } from "./helpers.ts";

/**
 * Checkout on the address the shopper used. PUBLIC_URL is http://localhost:3000 here; a shopper
 * who opened the shop at 127.0.0.1:3000 (or on its custom domain) must be sent on there, never to
 * PUBLIC_URL (the page's `form-action 'self'` blocks that redirect and "Check out" does nothing),
 * and a Host header the app does not answer to must never reach a redirect, a link or a mail.
 */

const { app, deps, outbox } = await useTestApp();

/** A shopper's browser on one address: a cookie jar and the Host (and Origin) it sends. */
class Browser {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    readonly host: string,
  ) {}

  private keep(response: LightMyRequestResponse) {
    for (const c of response.cookies) this.cookies.set(c.name, c.value);
    return response;
  }

  private headers(extra: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return { host: this.host, ...(cookie ? { cookie } : {}), ...extra };
  }

  get(url: string) {
    return this.app
      .inject({ method: "GET", url, headers: this.headers() })
      .then((r) => this.keep(r));
  }

  /** A plain form post from a page on this address (no JavaScript: the answer is a redirect). */
  post(url: string, fields: Record<string, string>, accept = "text/html") {
    return this.app
      .inject({
        method: "POST",
        url,
        headers: this.headers({
          "content-type": "application/x-www-form-urlencoded",
          origin: `http://${this.host}`,
          accept,
        }),
        payload: new URLSearchParams(fields).toString(),
      })
      .then((r) => this.keep(r));
  }
}

const ADDRESS = {
  "address.name": "Sam Shopper",
  "address.line1": "1 Market St",
  "address.city": "San Francisco",
  "address.region": "CA",
  "address.postalCode": "94105",
  "address.country": "US",
};

/** Cart to checkout page through plain form posts, as the storefront's forms do it. */
async function checkoutAs(
  browser: Browser,
  shop: Shop,
  product: { variants: { id: string }[] },
  site: Record<string, string> = { site: shop.slug },
) {
  const added = await browser.post("/api/cart/add", {
    ...site,
    variantId: product.variants[0]!.id,
  });
  expect(added.statusCode, added.body).toBe(303);
  const started = await browser.post("/api/checkout", site);
  expect(started.statusCode, started.body).toBe(303);
  const location = started.headers.location as string;
  const token = /\/checkout\/([A-Za-z0-9_-]+)$/.exec(location)?.[1];
  expect(token, location).toBeTruthy();
  return { location, token: token! };
}

describe("checkout on the address the shopper used", () => {
  it("redirects every step on the host the shopper used (127.0.0.1 for localhost)", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { title: "Fern Planter", price: 3200, stock: 5 });
    const browser = new Browser(app, "127.0.0.1:3000");
    const { location, token } = await checkoutAs(browser, shop, product);
    // Relative: the browser stays on 127.0.0.1, which the page's form-action 'self' allows.
    expect(location).toBe(`/s/${shop.slug}/checkout/${token}`);

    const page = await browser.get(location);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Fern Planter");
    // The checkout page carries the storefront's policy: its payment form may be answered with
    // a redirect to Stripe's hosted page, which the app's own form-action 'self' would block.
    expect(page.headers["content-security-policy"]).toMatch(
      /form-action 'self' https:\/\/checkout\.stripe\.com/,
    );

    const info = await browser.post(`/api/checkout/${token}/information`, {
      site: shop.slug,
      email: "sam@example.com",
      ...ADDRESS,
    });
    expect(info.statusCode, info.body).toBe(303);
    expect(info.headers.location).toBe(`/s/${shop.slug}/checkout/${token}`);

    const paid = await browser.post(`/api/checkout/${token}/pay`, {
      site: shop.slug,
      "card.number": "4242 4242 4242 4242",
      "card.expiry": "12/40",
      "card.cvc": "123",
    });
    expect(paid.statusCode, paid.body).toBe(303);
    expect(paid.headers.location).toBe(`/s/${shop.slug}/orders/${token}`);
    const confirmation = await browser.get(paid.headers.location as string);
    expect(confirmation.body).toContain("Thank you! Order #");
    // A paid checkout's page sends the shopper on to the order, on the same host.
    const again = await browser.get(`/s/${shop.slug}/checkout/${token}`);
    expect(again.headers.location).toBe(`/s/${shop.slug}/orders/${token}`);
  });

  it("keeps a Host it does not answer to out of redirects, the JSON answer and the mail", async () => {
    const shop = await createShop(app, deps);
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const browser = new Browser(app, "evil.example:3000");
    const { location, token } = await checkoutAs(browser, shop, product);
    expect(location).toBe(`/s/${shop.slug}/checkout/${token}`);

    const json = await browser.post("/api/checkout", { site: shop.slug }, "application/json");
    expect(json.statusCode, json.body).toBe(201);
    expect(json.body).not.toContain("evil.example");

    await browser.post(`/api/checkout/${token}/information`, {
      site: shop.slug,
      email: "victim@example.com",
      ...ADDRESS,
    });
    const paid = await browser.post(`/api/checkout/${token}/pay`, {
      site: shop.slug,
      "card.number": "4242 4242 4242 4242",
      "card.expiry": "12/40",
      "card.cvc": "123",
    });
    expect(paid.headers.location).toBe(`/s/${shop.slug}/orders/${token}`);
    const mail = (await outbox.list()).find((m) => m.to === "victim@example.com")!;
    expect(mail.text).toContain(`http://localhost:3000/s/${shop.slug}/orders/${token}`);
    expect(JSON.stringify(mail)).not.toContain("evil.example");
  });

  it("checks out on the shop's custom domain, at its root", async () => {
    const shop = await createShop(app, deps);
    const domain = `shop-${shop.slug}.example.com`;
    const set = await shop.as("mutation", "sites.setCustomDomain", { domain });
    expect(set.status, JSON.stringify(set.error)).toBe(200);
    const product = await createProduct(shop, { price: 1000, stock: 5 });
    const browser = new Browser(app, domain);
    // No `site` field: on its own domain the store is found by Host.
    const { location, token } = await checkoutAs(browser, shop, product, {});
    expect(location).toBe(`/checkout/${token}`);
    const page = await browser.get(location);
    expect(page.statusCode).toBe(200);
    expect(page.body.includes(`action="/api/checkout/${token}/information"`)).toBe(true);
  });
});

// The same app on Stripe, talking to a local fake of its API.
const fake = new FakeStripe();
const stripeUrl = await fake.start();
const stripeApp = await createTestApp({
  env: {
    STRIPE_SECRET_KEY: "sk_test_pegasusfake123",
    STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
    STRIPE_API_BASE: stripeUrl,
  },
});
afterAll(async () => {
  await stripeApp.close();
  await fake.stop();
});

describe("Stripe's return address is the shopper's own, when the app answers there", () => {
  async function payOnStripe(deps: AppDeps, browser: Browser, shop: Shop, site = shop.slug) {
    const product = await createProduct(shop, { price: 6800, stock: 5 });
    const fields = site ? { site } : ({} as Record<string, string>);
    const { token } = await checkoutAs(browser, shop, product, fields);
    await browser.post(`/api/checkout/${token}/information`, {
      ...fields,
      email: "sam@example.com",
      ...ADDRESS,
    });
    const pay = await browser.post(`/api/checkout/${token}/pay`, fields);
    expect(pay.statusCode, pay.body).toBe(303);
    const order = await orderOrCheckout(deps.db.prisma, { token });
    const session = fake.session(order.paymentRef!);
    expect(pay.headers.location).toBe(session.url);
    return { token, session };
  }

  it.each([
    ["127.0.0.1:3000", "http://127.0.0.1:3000"],
    ["localhost:3000", "http://localhost:3000"],
    ["evil.example", "http://localhost:3000"],
  ])("on Host %s, Stripe sends the shopper back to %s", async (host, origin) => {
    const shop = await createShop(stripeApp.app, stripeApp.deps);
    const browser = new Browser(stripeApp.app, host);
    const { token, session } = await payOnStripe(stripeApp.deps, browser, shop);
    expect(session.success_url).toBe(
      `${origin}/api/checkout/${token}/return?site=${shop.slug}&session_id=${session.id}`,
    );
    expect(session.cancel_url).toBe(`${origin}/s/${shop.slug}/checkout/${token}`);
  });

  it("on the shop's custom domain, Stripe sends the shopper back there", async () => {
    const shop = await createShop(stripeApp.app, stripeApp.deps);
    const domain = `pay-${shop.slug}.example.com`;
    expect((await shop.as("mutation", "sites.setCustomDomain", { domain })).status).toBe(200);
    const browser = new Browser(stripeApp.app, domain);
    const { token, session } = await payOnStripe(stripeApp.deps, browser, shop, "");
    expect(session.success_url.startsWith(`http://${domain}/api/checkout/${token}/return?`)).toBe(
      true,
    );
    expect(session.cancel_url).toBe(`http://${domain}/checkout/${token}`);
  });
});
