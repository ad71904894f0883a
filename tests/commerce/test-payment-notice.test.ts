import { describe, expect, it } from "vitest";
import { StripePayments } from "../../server/commerce/payments/stripe.ts";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper } from "./helpers.ts";

/**
 * The storefront says plainly when a payment is a test (issue 17, point 5): the checkout's
 * payment step names the test cards before the shopper types one, and the confirmation of an
 * order paid that way says no money was taken. A shop on a real provider says neither.
 */

/** The page as a shopper reads it: text only, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ");

async function atPaymentStep(testApp: Awaited<ReturnType<typeof useTestApp>>) {
  const shop = await createShop(testApp.app, testApp.deps);
  const product = await createProduct(shop, { title: "Clay Mug", price: 1800, stock: 5 });
  const shopper = new Shopper(testApp.app, shop);
  await shopper.add(product.variants[0]!.id, 1);
  const { token } = await shopper.startCheckout();
  expect((await shopper.information(token!)).statusCode).toBe(200);
  const page = await shopper.get(`/s/${shop.slug}/checkout/${token}`);
  expect(page.statusCode).toBe(200);
  return { shop, shopper, token: token!, page: text(page.body) };
}

describe("with the built-in test gateway", async () => {
  const testApp = await useTestApp();

  it("tells the shopper at the payment step and on the confirmation", async () => {
    const { shop, shopper, token, page } = await atPaymentStep(testApp);
    expect(page).toContain("Test payment: no money will be taken");
    expect(page).toContain("Your card will not be charged and a real card number is refused.");
    expect(page).toContain("4242 4242 4242 4242 : payment succeeds");
    expect(page).toContain("4000 0000 0000 0002 : card declined");
    expect(page).toContain("4000 0000 0000 9995 : insufficient funds");
    // Before the card fields, so it is read before a card is typed.
    expect(page.indexOf("Test payment")).toBeLessThan(page.indexOf("Card number"));

    expect((await shopper.pay(token)).statusCode).toBe(200);
    const confirmation = text((await shopper.get(`/s/${shop.slug}/orders/${token}`)).body);
    expect(confirmation).toContain("Thank you! Order #1001");
    expect(confirmation).toContain("This was a test payment");
    expect(confirmation).toContain("No money was taken from any card.");
  });
});

describe("with Stripe", async () => {
  // The pages never call Stripe: an address nothing answers at is enough.
  const testApp = await useTestApp({
    payments: new StripePayments({
      secretKey: "sk_test_notice12345",
      webhookSecret: "whsec_notice12345",
      apiBase: "http://127.0.0.1:9",
    }),
  });

  it("says nothing about test payments", async () => {
    const { page } = await atPaymentStep(testApp);
    expect(page).toContain("You will pay on our payment provider’s secure page");
    expect(page).not.toMatch(/test payment|4242/i);
  });
});
