import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";

/** A suffix that keeps the emails and slugs of one run apart from another's. */
export function uniqueStamp(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

/**
 * Calls a tRPC procedure with the cookies of `request` (a page's request context shares the
 * page's session): a query with GET, a mutation with POST. `origin` "" is the config's baseURL.
 */
export async function trpc<T>(
  request: APIRequestContext,
  procedure: string,
  input: unknown,
  { origin = "", kind = "mutation" }: { origin?: string; kind?: "query" | "mutation" } = {},
): Promise<T> {
  const url = `${origin}/trpc/${procedure}`;
  const response =
    kind === "query"
      ? await request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await request.post(url, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

/** A merchant's account and one site, made through the API (the sign-up has its own tests). */
export async function merchantWithSite(
  request: APIRequestContext,
  { name, siteName, slug }: { name: string; siteName: string; slug: string },
) {
  const stamp = uniqueStamp();
  const email = `${slug}-${stamp}@example.com`;
  await trpc(request, "auth.register", {
    email,
    password: "a long and unusual passphrase",
    name,
  });
  const { site } = await trpc<{ site: { id: string; slug: string } }>(request, "sites.create", {
    name: siteName,
    slug: `${slug}-${stamp}`,
  });
  return { email, site };
}

/**
 * A shopper's order of `quantity` units (with a discount code if given) through the storefront's
 * JSON endpoints, as the islands script makes them, paid with the test gateway's card: the
 * server the suite starts.
 */
export async function buyWithTestCard(
  origin: string,
  slug: string,
  variantId: string,
  { quantity = 2, discountCode }: { quantity?: number; discountCode?: string } = {},
) {
  const shopper = await playwrightRequest.newContext({
    baseURL: origin,
    extraHTTPHeaders: { accept: "application/json" },
  });
  const post = async (url: string, form: Record<string, string>) => {
    const response = await shopper.post(url, { form: { site: slug, ...form } });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${body.error}`);
    return body;
  };
  await post("/api/cart/add", { variantId, quantity: String(quantity) });
  if (discountCode) await post("/api/cart/discount", { code: discountCode });
  const { token } = await post("/api/checkout", {});
  await post(`/api/checkout/${token}/information`, {
    email: "noor@example.nl",
    "address.name": "Noor Jansen",
    "address.line1": "Keizersgracht 1",
    "address.city": "Amsterdam",
    "address.postalCode": "1015 CJ",
    "address.country": "NL",
  });
  await post(`/api/checkout/${token}/pay`, {
    "card.number": "4242 4242 4242 4242",
    "card.expiry": "12/40",
    "card.cvc": "123",
  });
  await shopper.dispose();
}

/**
 * A server of the test's own, paying through Stripe Connect against the fake Stripe server (the
 * suite's server pays with the test gateway). Registers the file's beforeAll and afterAll; the
 * returned `origin` and `fake` are for the tests.
 */
export function useStripeServer({
  port,
  secretKey,
  checkoutBase,
}: {
  port: number;
  secretKey: string;
  /** Where Stripe's hosted Checkout sends the shopper (the fake's own page by default). */
  checkoutBase?: string;
}) {
  const origin = `http://localhost:${port}`;
  const fake = new FakeStripe();
  if (checkoutBase) fake.checkoutBase = checkoutBase;
  let server: ChildProcess | null = null;

  test.beforeAll(async () => {
    const stripeUrl = await fake.start();
    server = spawn(process.execPath, ["bin/pegasus.js", "start"], {
      stdio: "ignore",
      env: {
        ...process.env,
        PORT: String(port),
        PUBLIC_URL: origin,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), "pegasus-e2e-stripe-")),
        DATABASE_URL: "",
        MONGODB_URL: "",
        REDIS_URL: "",
        LOG_LEVEL: "warn",
        NODE_ENV: "test",
        STRIPE_SECRET_KEY: secretKey,
        STRIPE_WEBHOOK_SECRET: fake.webhookSecret,
        STRIPE_API_BASE: stripeUrl,
        STRIPE_CONNECT: "required",
        PLATFORM_FEE_PERCENT: "2.5",
      },
    });
    await expect
      .poll(async () => (await fetch(`${origin}/readyz`).catch(() => null))?.status, {
        timeout: 240_000,
        intervals: [500],
      })
      .toBe(200);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await fake.stop();
  });

  return { origin, fake };
}

/**
 * Stripe's onboarding from the store's Payments page: "Connect Stripe" (or "Continue setup on
 * Stripe" after a half-done visit) leads to the fake's onboarding page; `finish` agrees there and
 * comes back to the Payments page, where shoppers can now pay. Without `finish` the merchant is
 * left on Stripe's page.
 */
export async function onboardStripe(
  page: Page,
  {
    siteId,
    button = "Connect Stripe",
    finish = true,
  }: {
    siteId: string;
    button?: "Connect Stripe" | "Continue setup on Stripe";
    finish?: boolean;
  },
) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { name: /Set up payments for acct_/ })).toBeVisible();
  if (!finish) return;
  await page.getByRole("link", { name: "Agree and submit" }).click();
  await expect(page).toHaveURL(new RegExp(`/sites/${siteId}/store/payments$`));
  await expect(page.getByText("Shoppers can pay", { exact: true })).toBeVisible();
}
