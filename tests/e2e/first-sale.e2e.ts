import { expect, test } from "@playwright/test";
import { onboardStripe, trpc, uniqueStamp, useStripeServer } from "./helpers.ts";
import { screenshots } from "./screenshots.ts";

/**
 * A new merchant's first sale with real money's paths (#17), against the fake Stripe server:
 * sign up and create the store in the app, connect Stripe (onboarding link, Stripe's page,
 * back), a shopper buys two different items and pays on Stripe's page, the merchant ships
 * one of them and refunds it. The order then says both states, partially fulfilled and partially
 * refunded, and its timeline lists the payment, the shipment and the refund.
 *
 * Stripe's hosted Checkout is played by Playwright's routing at Stripe's own address (the only
 * one the storefront's policy lets Pay go to): it marks the session paid at the fake, sends the
 * signed webhook to the app as Stripe would, and sends the shopper back to the success URL.
 */

const { origin, fake } = useStripeServer({
  port: Number(process.env.E2E_SALE_PORT ?? 3129),
  secretKey: "sk_test_e2efirstsale123",
  checkoutBase: "https://checkout.stripe.com",
});

test("a new merchant connects Stripe, sells two items, ships one and refunds it", async ({
  page,
  browser,
}, testInfo) => {
  const stamp = uniqueStamp();
  const slug = `kiln-${stamp}`;

  // Sign up and create the store, as a new merchant does.
  await page.goto(`${origin}/`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Your name").fill("Cleo Potter");
  await page.getByLabel("Email").fill(`first-sale-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Create a site" }).click();
  const create = page.getByRole("dialog", { name: "Create a site" });
  await create.getByLabel("Site name").fill("Kiln House");
  await create.getByLabel("Web address").fill(slug);
  await expect(create.getByText(`${slug} is available`)).toBeVisible();
  await create.getByRole("button", { name: "Create site" }).click();
  await expect(create).toBeHidden();
  const { sites } = await trpc<{ sites: { id: string; slug: string }[] }>(
    page.request,
    "sites.list",
    undefined,
    { origin, kind: "query" },
  );
  const siteId = sites.find((s) => s.slug === slug)!.id;

  // Connect Stripe: the onboarding link, Stripe's page, and back.
  await page.goto(`${origin}/sites/${siteId}/store/payments`);
  await expect(page.getByText("Shoppers cannot pay yet")).toBeVisible();
  await onboardStripe(page, { siteId });

  // Two things to sell (the catalogue through the API: another test walks its screens).
  for (const [title, price] of [
    ["Fern Planter", 3200],
    ["Clay Mug", 1800],
  ] as const)
    await trpc(
      page.request,
      "products.create",
      { siteId, product: { title, status: "active", variants: [{ price, stock: 5 }] } },
      { origin },
    );
  await trpc(page.request, "sites.publish", { siteId }, { origin });

  // The shopper, in a browser of their own: one planter, two mugs.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await shopperContext.route("https://checkout.stripe.com/**", async (route) => {
    const sessionId = new URL(route.request().url()).pathname.split("/").pop()!;
    const session = fake.completeSession(sessionId);
    const payload = JSON.stringify(fake.event("checkout.session.completed", session));
    const hook = await fetch(`${origin}/api/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": fake.sign(payload) },
      body: payload,
    });
    expect(hook.status).toBe(200);
    await route.fulfill({ status: 303, headers: { location: session.success_url } });
  });
  for (const [handle, times] of [
    ["fern-planter", 1],
    ["clay-mug", 2],
  ] as const)
    for (let i = 0; i < times; i++) {
      await shopper.goto(`${origin}/s/${slug}/products/${handle}`);
      await shopper.getByRole("button", { name: "Add to cart" }).click();
      const drawer = shopper.getByRole("dialog", { name: "Your cart" });
      await expect(drawer).toBeVisible();
      await drawer.getByRole("button", { name: "Close cart" }).click();
    }
  await shopper.goto(`${origin}/s/${slug}/cart`);
  await expect(shopper.getByText("$68.00").first()).toBeVisible();
  await shopper.getByRole("main").getByRole("button", { name: "Check out" }).click();
  await shopper.getByLabel("Email").fill("sam@example.com");
  await shopper.getByLabel("Full name").fill("Sam Shopper");
  await shopper.getByLabel("Street address").fill("1 Market St");
  await shopper.getByLabel("City").fill("San Francisco");
  // Named by the store country's format ("State", "ZIP code" in the US; "Postal code" elsewhere).
  await shopper.locator('[name="address.region"]').fill("CA");
  await shopper.locator('[name="address.postalCode"]').fill("94105");
  await shopper.getByLabel("Country").selectOption("US");
  await shopper.getByRole("button", { name: "Continue to shipping and payment" }).click();
  await shopper.getByRole("button", { name: "Continue to payment" }).click();
  await expect(
    shopper.getByRole("heading", { level: 1, name: "Thank you! Order #1001" }),
  ).toBeVisible();
  await shopperContext.close();
  // The money went to the store's own account, less the platform's fee.
  const [session] = [...fake.sessions.values()];
  expect(session!.payment_intent_data).toMatchObject({
    application_fee_amount: String(Math.round(6800 * 0.025)),
  });
  expect(session!.payment_intent_data["transfer_data[destination]"]).toMatch(/^acct_/);

  // The merchant ships the planter now (the mugs follow later) ...
  await page.goto(`${origin}/sites/${siteId}/store/orders`);
  await page.getByRole("link", { name: "#1001" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Order #1001" })).toBeVisible();
  await page.getByRole("button", { name: "Fulfil" }).click();
  const ship = page.getByRole("dialog", { name: "Ship items" });
  await ship.getByLabel("Fern Planter (1 to ship)").fill("1");
  await ship.getByLabel("Clay Mug (2 to ship)").fill("0");
  await ship.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await ship.getByLabel("Carrier").fill("UPS");
  await ship.getByRole("button", { name: "Ship 1 item" }).click();
  await expect(ship).toBeHidden();
  await expect(page.getByText("Partially fulfilled").first()).toBeVisible();

  // ... and refunds it: it arrived broken.
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  const refund = page.getByRole("dialog", { name: "Refund" });
  await refund.getByLabel("Fern Planter").fill("1");
  await refund.getByLabel("Reason (optional)").fill("Arrived broken");
  await refund.getByRole("button", { name: "Refund $32.00" }).click();
  await refund.getByRole("button", { name: "Confirm refund" }).click();
  await expect(refund).toBeHidden();
  await expect(page.getByText("Refunded $32.00")).toBeVisible();
  expect(fake.refunds.map((r) => r.amount)).toEqual([3200]);

  // Both states at once, and the whole story in the timeline.
  await expect(page.getByText("Partially refunded").first()).toBeVisible();
  await expect(page.getByText("Partially fulfilled").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Order timeline" }).getByRole("listitem")).toHaveText(
    [
      /Payment of \$68\.00 received through Stripe/,
      /1 item shipped \(UPS 1Z999AA10123456784\)/,
      /Refunded: \$32\.00 for 1 × Fern Planter/,
    ],
  );
  await screenshots(page, testInfo, "order-shipped-and-refunded");
});
