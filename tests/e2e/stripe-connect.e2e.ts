import { expect, test } from "@playwright/test";
import { onboardStripe, trpc, uniqueStamp, useStripeServer } from "./helpers.ts";
import { screenshots } from "./screenshots.ts";

/**
 * A new merchant connects Stripe (the fake Stripe server, with its own onboarding page) from the
 * store's Payments page and sees the status change from "not yet" to payments enabled. The suite's
 * server pays with the test gateway, so this test starts one of its own configured for Stripe.
 */

const { origin } = useStripeServer({
  port: Number(process.env.E2E_STRIPE_PORT ?? 3127),
  secretKey: "sk_test_e2econnect123",
});

test("a merchant connects Stripe and sees payments enabled", async ({ page }, testInfo) => {
  const stamp = uniqueStamp();
  await trpc(
    page.request,
    "auth.register",
    {
      email: `connect-${stamp}@example.com`,
      password: "a long and unusual passphrase",
      name: "Cleo Connect",
    },
    { origin },
  );
  const { site } = await trpc<{ site: { id: string } }>(
    page.request,
    "sites.create",
    { name: "Kiln House", slug: `kiln-${stamp}` },
    { origin },
  );

  await page.goto(`${origin}/sites/${site.id}/store/payments`);
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expect(page.getByText("Shoppers cannot pay yet")).toBeVisible();
  await expect(page.getByText("The store has not connected a Stripe account yet.")).toBeVisible();

  // Off to Stripe's onboarding (the fake's page), and back to the Payments page.
  await onboardStripe(page, { siteId: site.id, finish: false });
  await page.goBack();
  // Left half-way: the account exists, Stripe still needs things, said in plain words.
  await expect(page.getByText("Bank account for payouts")).toBeVisible();
  const status = page.getByRole("list", { name: "Account status" });
  await expect(status.getByRole("listitem").filter({ hasText: "Payments enabled" })).toContainText(
    "Not yet",
  );
  await screenshots(page, testInfo, "payments-onboarding");

  await onboardStripe(page, { siteId: site.id, button: "Continue setup on Stripe" });
  for (const item of ["Details submitted", "Payments enabled", "Payouts enabled"])
    await expect(status.getByRole("listitem").filter({ hasText: item })).toContainText("Yes");
  await expect(page.getByText("The platform's fee: 2.5% of each payment.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Balance and payouts" })).toBeVisible();
  await screenshots(page, testInfo, "payments-connected");
});
