import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { FakeStripe } from "../../server/commerce/payments/fake-stripe.ts";
import { screenshots } from "./screenshots.ts";

/**
 * A new merchant connects Stripe (the fake Stripe server, with its own onboarding page) from the
 * store's Payments page and sees the status change from "not yet" to payments enabled. The suite's
 * server pays with the test gateway, so this test starts one of its own configured for Stripe.
 */

const port = Number(process.env.E2E_STRIPE_PORT ?? 3127);
const origin = `http://localhost:${port}`;
const fake = new FakeStripe();
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
      STRIPE_SECRET_KEY: "sk_test_e2econnect123",
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

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`${origin}/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

test("a merchant connects Stripe and sees payments enabled", async ({ page }, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await trpc(page.request, "auth.register", {
    email: `connect-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Cleo Connect",
  });
  const { site } = await trpc<{ site: { id: string } }>(page.request, "sites.create", {
    name: "Kiln House",
    slug: `kiln-${stamp}`,
  });

  await page.goto(`${origin}/sites/${site.id}/store/payments`);
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expect(page.getByText("Shoppers cannot pay yet")).toBeVisible();
  await expect(page.getByText("The store has not connected a Stripe account yet.")).toBeVisible();

  // Off to Stripe's onboarding (the fake's page), and back to the Payments page.
  await page.getByRole("button", { name: "Connect Stripe" }).click();
  await expect(page.getByRole("heading", { name: /Set up payments for acct_/ })).toBeVisible();
  await page.goBack();
  // Left half-way: the account exists, Stripe still needs things, said in plain words.
  await expect(page.getByText("a bank account for payouts")).toBeVisible();
  const status = page.getByRole("list", { name: "Account status" });
  await expect(status.getByRole("listitem").filter({ hasText: "Payments enabled" })).toContainText(
    "Not yet",
  );
  await screenshots(page, testInfo, "payments-onboarding");

  await page.getByRole("button", { name: "Continue setup on Stripe" }).click();
  await page.getByRole("link", { name: "Agree and submit" }).click();
  await expect(page).toHaveURL(new RegExp(`/sites/${site.id}/store/payments$`));
  await expect(page.getByText("Shoppers can pay", { exact: true })).toBeVisible();
  for (const item of ["Details submitted", "Payments enabled", "Payouts enabled"])
    await expect(status.getByRole("listitem").filter({ hasText: item })).toContainText("Yes");
  await expect(page.getByText("The platform's fee: 2.5% of each payment.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Balance and payouts" })).toBeVisible();
  await screenshots(page, testInfo, "payments-connected");
});
