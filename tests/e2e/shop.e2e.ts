import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/**
 * A shopper buys, the merchant ships. The shop is made through the API by a fresh merchant (the
 * demo account's password is random and private to the server); the demo store, seeded at start,
 * is checked for live catalog data first.
 */

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

test("the demo store shows its live catalog and takes a product into the cart", async ({
  page,
}) => {
  await page.goto("/s/northbound/");
  await expect(page.getByRole("link", { name: "Ethiopia Kochere" }).first()).toBeVisible();
  await page.goto("/s/northbound/products/gooseneck-kettle");
  await expect(
    page.getByRole("heading", { level: 1, name: "Gooseneck Pour-Over Kettle" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  const drawer = page.getByRole("dialog", { name: "Your cart" });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText("Gooseneck Pour-Over Kettle")).toBeVisible();
});

test("a shopper buys two products with a code and the test card; the merchant fulfils the order", async ({
  page,
  browser,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const slug = `e2e-shop-${stamp}`;
  const email = `merchant-${stamp}@example.com`;

  // The merchant sets up a shop through the API (this page's context keeps the session).
  await trpc(page.request, "auth.register", {
    email,
    password: "a long and unusual passphrase",
    name: "Mia Merchant",
  });
  const { site } = await trpc<{ site: { id: string } }>(page.request, "sites.create", {
    name: "Fern & Clay",
    slug,
  });
  const product = (title: string, price: number) =>
    trpc(page.request, "products.create", {
      siteId: site.id,
      product: { title, status: "active", variants: [{ price, stock: 5 }] },
    });
  await product("Fern Planter", 3200);
  await product("Clay Mug", 1800);
  await trpc(page.request, "discounts.create", {
    siteId: site.id,
    discount: { code: "SPRING10", kind: "percentage", value: 1000 },
  });
  await trpc(page.request, "sites.publish", { siteId: site.id });

  // The shopper, in a browser of their own.
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  for (const handle of ["fern-planter", "clay-mug"]) {
    await shopper.goto(`/s/${slug}/products/${handle}`);
    await shopper.getByRole("button", { name: "Add to cart" }).click();
    const drawer = shopper.getByRole("dialog", { name: "Your cart" });
    await expect(drawer).toBeVisible();
    await drawer.getByRole("button", { name: "Close cart" }).click();
  }
  await shopper.goto(`/s/${slug}/cart`);
  await expect(shopper.getByRole("row", { name: /Fern Planter/ })).toBeVisible();
  await expect(shopper.getByRole("row", { name: /Clay Mug/ })).toBeVisible();
  await expect(shopper.getByText("$50.00").first()).toBeVisible();
  await shopper.getByRole("main").getByRole("button", { name: "Check out" }).click();

  await expect(shopper.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await shopper.getByLabel("Email").fill("shopper@example.com");
  await shopper.getByLabel("Full name").fill("Sam Shopper");
  await shopper.getByLabel("Street address").fill("1 Market St");
  await shopper.getByLabel("City").fill("San Francisco");
  // Named by the store country's format ("State", "ZIP code" in the US; "Postal code" elsewhere).
  await shopper.locator('[name="address.region"]').fill("CA");
  await shopper.locator('[name="address.postalCode"]').fill("94105");
  await shopper.getByLabel("Country").selectOption("US");
  await shopper.getByRole("button", { name: "Continue to shipping and payment" }).click();

  await shopper.getByLabel("Discount code").fill("spring10");
  await shopper.getByRole("button", { name: "Apply" }).click();
  const summary = shopper.getByRole("complementary", { name: "Order summary" });
  await expect(summary.getByText("Discount (SPRING10)")).toBeVisible();
  await expect(summary.getByText("$45.00")).toBeVisible();

  // The shop takes test payments only, and says so before a card is typed.
  const testNotice = shopper.getByRole("note", { name: "Test payment" });
  await expect(testNotice).toContainText("Test payment: no money will be taken");
  await expect(testNotice).toContainText("4242 4242 4242 4242: payment succeeds");
  await screenshots(shopper, testInfo, "checkout-payment");

  await shopper.getByLabel("Card number").fill("4242 4242 4242 4242");
  await shopper.getByLabel("Expiry (MM/YY)").fill("12/34");
  await shopper.getByLabel("Security code").fill("123");
  await shopper.getByRole("button", { name: "Pay $45.00" }).click();

  await expect(
    shopper.getByRole("heading", { level: 1, name: "Thank you! Order #1001" }),
  ).toBeVisible();
  await expect(
    shopper.getByText("A confirmation is on its way to shopper@example.com."),
  ).toBeVisible();
  await expect(shopper.getByRole("note", { name: "Test payment" })).toContainText(
    "This was a test payment",
  );
  await screenshots(shopper, testInfo, "confirmation");
  await shopperContext.close();

  // The merchant finds the order and ships it.
  await page.goto(`/sites/${site.id}/store/orders`);
  await page.getByRole("link", { name: "#1001" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Order #1001" })).toBeVisible();
  await expect(page.getByText("shopper@example.com")).toBeVisible();
  await page.getByRole("button", { name: "Fulfil" }).click();
  const dialog = page.getByRole("dialog", { name: "Ship items" });
  await dialog.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await dialog.getByLabel("Carrier").fill("UPS");
  await dialog.getByRole("button", { name: "Mark as fulfilled" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Fulfilled", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Shipments" })).toContainText(
    "UPS: 1Z999AA10123456784",
  );
  await expect(page.getByRole("list", { name: "Order timeline" })).toContainText(
    "2 items shipped (UPS 1Z999AA10123456784)",
  );
  await page.screenshot({ path: testInfo.outputPath("order.png"), fullPage: true });
});

test("the merchant features a product on a page by choosing it by name", async ({ page }) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await trpc(page.request, "auth.register", {
    email: `picker-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Mia Merchant",
  });
  const { site } = await trpc<{ site: { id: string } }>(page.request, "sites.create", {
    name: "Fern & Clay",
    slug: `e2e-picker-${stamp}`,
  });
  const product = (title: string, status: "active" | "draft") =>
    trpc(page.request, "products.create", {
      siteId: site.id,
      product: { title, status, variants: [{ price: 3200, stock: 5 }] },
    });
  await product("Fern Planter", "active");
  await product("Clay Mug", "active");
  await product("Moss Bowl", "draft");

  await page.goto(`/sites/${site.id}/editor`);
  const frame = page.frameLocator("iframe.canvas__frame");
  await expect(frame.locator(".pg-hero").first()).toBeVisible();
  await page.locator('[data-block-type="featured-product"]').click();
  // The canvas shows the shop's real products: empty, the block features the first one.
  const featured = frame.locator(".pg-featured-product");
  await expect(featured.getByRole("heading", { name: "Fern Planter" })).toBeVisible();

  await featured.getByRole("heading", { name: "Fern Planter" }).click();
  await page.getByRole("button", { name: "Choose product" }).click();
  const dialog = page.getByRole("dialog", { name: "Choose product" });
  await expect(dialog.getByRole("option", { name: /Moss Bowl.*Draft/ })).toBeVisible();
  await dialog.getByRole("combobox", { name: "Search products" }).fill("mug");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("list", { name: "Chosen products" })).toContainText("Clay Mug");
  await expect(featured.getByRole("heading", { name: "Clay Mug" })).toBeVisible();

  // Escape clears the search first, then closes the picker without changing anything.
  await page.getByRole("button", { name: "Change product" }).click();
  await dialog.getByRole("combobox", { name: "Search products" }).fill("zz");
  await page.keyboard.press("Escape");
  await expect(dialog.getByRole("combobox")).toHaveValue("");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Change product" })).toBeFocused();
  await expect(featured.getByRole("heading", { name: "Clay Mug" })).toBeVisible();
});
