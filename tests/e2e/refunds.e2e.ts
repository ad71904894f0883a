import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { buyWithTestCard } from "./helpers.ts";

/**
 * A merchant refunds 1 of 2 units: the refund dialog suggests what that unit cost (its price less
 * its share of the discount; tax is included in euro prices), shows it on the button, refuses more
 * than is left, asks for confirmation, and the order shows the amount, the unit and the reason.
 * One unit shipped first: the order then says both states, partly refunded and fulfilled, and its
 * timeline lists the payment, the shipment and the refund. At both addresses a merchant may open the app at: localhost and 127.0.0.1.
 *
 * Set E2E_SCREENSHOTS=<dir> to keep screenshots of the dialog and the history at 1440 and 390 px.
 */

const port = Number(process.env.E2E_PORT ?? 3107);
const screenshots = process.env.E2E_SCREENSHOTS;

/** Calls a procedure at `origin` (the page's own request context shares its cookies); `*.get` are queries. */
async function trpc<T>(
  request: APIRequestContext,
  origin: string,
  procedure: string,
  input: unknown,
): Promise<T> {
  const url = `${origin}/trpc/${procedure}`;
  const response = procedure.endsWith(".get")
    ? await request.get(`${url}?input=${encodeURIComponent(JSON.stringify(input))}`)
    : await request.post(url, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

async function shoot(page: Page, name: string, target = page.locator("body")) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  const viewport = page.viewportSize()!;
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await target.screenshot({ path: path.join(screenshots, `${name}-${width}.png`) });
  }
  await page.setViewportSize(viewport);
}

for (const host of ["localhost", "127.0.0.1"]) {
  const origin = `http://${host}:${port}`;

  test(`a merchant at ${host} refunds 1 of 2 units for what that unit cost`, async ({ page }) => {
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    // Registered at this address, so the session cookie is this address's.
    const call = <T>(procedure: string, input: unknown) =>
      trpc<T>(page.request, origin, procedure, input);
    await call("auth.register", {
      email: `refunds-${stamp}@example.com`,
      password: "a long and unusual passphrase",
      name: "Mia Merchant",
    });
    const { site } = await call<{ site: { id: string; slug: string } }>("sites.create", {
      name: "Weekend Goods",
      slug: `e2e-refunds-${stamp}`,
    });
    const siteId = site.id;
    await call("checkout.updateSettings", { siteId, currency: "EUR", taxesIncluded: true });
    await call("taxes.save", {
      siteId,
      rate: { country: "NL", name: "BTW", ratePpm: 210_000, appliesToShipping: true },
    });
    await call("shipping.createZone", {
      siteId,
      zone: {
        name: "NL",
        countries: ["NL"],
        rates: [{ name: "PostNL", kind: "flat", price: 495 }],
      },
    });
    const { product } = await call<{ product: { variants: { id: string }[] } }>("products.create", {
      siteId,
      product: {
        title: "Leather Weekender",
        status: "active",
        variants: [{ price: 8900, stock: 5 }],
      },
    });
    await call("discounts.create", {
      siteId,
      discount: { code: "TEN", kind: "percentage", value: 1000 },
    });
    await call("sites.publish", { siteId });
    await buyWithTestCard(origin, site.slug, product.variants[0]!.id, { discountCode: "TEN" });

    await page.goto(`${origin}/sites/${siteId}/store/orders`);
    await page.getByRole("link", { name: "#1001" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Order #1001" })).toBeVisible();

    // One of the two goes out first, with its tracking number.
    await page.getByRole("button", { name: "Fulfil" }).click();
    const ship = page.getByRole("dialog", { name: "Ship items" });
    await ship.getByLabel("Leather Weekender (2 to ship)").fill("1");
    await ship.getByLabel("Tracking number").fill("3SPOST123");
    await ship.getByLabel("Carrier").fill("PostNL");
    await ship.getByRole("button", { name: "Ship 1 item" }).click();
    await expect(ship).toBeHidden();
    await expect(page.getByText("Partially fulfilled").first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Shipments" })).toContainText(
      "1 × Leather Weekender",
    );

    await page.getByRole("button", { name: "Refund", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Refund" });
    await expect(dialog.getByRole("button", { name: "Refund €0.00" })).toBeDisabled();

    // One of the two: €89.00 less its €8.90 share of the 10% code; tax is in the price.
    await dialog.getByLabel("Leather Weekender").fill("1");
    await expect(dialog.getByRole("button", { name: "Refund €80.10" })).toBeEnabled();
    await expect(dialog.getByLabel("Refund amount")).toHaveValue("80.10");
    const suggestion = dialog.getByRole("definition").filter({ hasText: "€80.10" });
    await expect(suggestion).toBeVisible();
    await shoot(page, `refund-dialog-${host}`, dialog);

    // Both units and the shipping follow live.
    await dialog.getByLabel("Leather Weekender").fill("2");
    await dialog.getByLabel("Refund shipping (€4.95)").check();
    await expect(dialog.getByRole("button", { name: "Refund €165.15" })).toBeEnabled();
    await dialog.getByLabel("Refund shipping (€4.95)").uncheck();
    await dialog.getByLabel("Leather Weekender").fill("1");
    await expect(dialog.getByRole("button", { name: "Refund €80.10" })).toBeEnabled();

    // More than the order has left is refused on the spot.
    await dialog.getByLabel("Refund amount").fill("500");
    await expect(dialog.getByText("At most €165.15 can be refunded.")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Refund €500.00" })).toBeDisabled();
    await dialog.getByLabel("Refund amount").fill("80.10");
    await dialog.getByLabel("Reason (optional)").fill("Wrong colour");
    await dialog.getByRole("button", { name: "Refund €80.10" }).click();

    await expect(dialog.getByText("Refund €80.10 to noor@example.nl?")).toBeVisible();
    await expect(dialog.getByRole("list", { name: "What is refunded" })).toContainText(
      "1 × Leather Weekender",
    );
    await shoot(page, `refund-confirm-${host}`, dialog);
    await dialog.getByRole("button", { name: "Confirm refund" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Refunded €80.10")).toBeVisible();

    const money = page.getByRole("list", { name: "Payments and refunds" });
    const entry = money.getByRole("listitem").filter({ hasText: "Refunded" });
    await expect(entry).toContainText("€80.10 · 1 × Leather Weekender · back in stock");
    await expect(entry).toContainText("Reason: Wrong colour");
    // Both states at once: the money partly back, and (the other unit refunded, none left to
    // send) the goods all out.
    await expect(page.getByText("Partially refunded").first()).toBeVisible();
    await expect(page.getByText("Fulfilled", { exact: true }).first()).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Order timeline" }).getByRole("listitem"),
    ).toHaveText([
      /Payment of €165\.15 received through the test gateway/,
      /1 item shipped \(PostNL 3SPOST123\)/,
      /Refunded: €80\.10 for 1 × Leather Weekender/,
    ]);
    await shoot(page, `order-history-${host}`);

    const detail = await call<{
      order: { refundedTotal: number; lines: { refundedQuantity: number }[] };
    }>("orders.get", { siteId, orderId: page.url().split("/").pop() });
    expect(detail.order.refundedTotal).toBe(8010);
    expect(detail.order.lines[0]!.refundedQuantity).toBe(1);
  });
}
