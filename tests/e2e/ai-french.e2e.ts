import { expect, test, type Locator, type Page } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// A French merchant, as issue 14 tells it: a bakery in Lyon with three named breads and their
// prices. The wizard shows what it understood (the breads, the prices, French), the merchant
// generates, and the store is French and sells those three breads at those prices.
const BRIEF =
  "Le Fournil est une boulangerie artisanale à Lyon. Nous vendons un pain de campagne au levain à 4,50 €, une baguette tradition à 1,30 € et une brioche au beurre à 6 €. Retrait en boutique, du mardi au dimanche.";
const BREADS = [
  { name: /pain de campagne/i, price: /4,50\s?€/ },
  { name: /baguette tradition/i, price: /1,30\s?€/ },
  { name: /brioche au beurre/i, price: /6,00\s?€/ },
];

/** The top edge of an input, to check that the inputs of one row are level. */
async function topOf(input: Locator): Promise<number> {
  return (await input.boundingBox())!.y;
}

/**
 * Every content block on the storefront page lies in the page's column, away from the window's
 * edges, also when the store puts it straight on the page rather than in a section.
 */
async function expectBlocksInColumn(page: Page) {
  const strays = await page.locator("main > [data-block-id]").evaluateAll((blocks) =>
    blocks
      .filter((block) => {
        const bands = ["pg-section", "pg-hero", "pg-newsletter", "pg-cta-banner"];
        if (bands.some((band) => block.classList.contains(band))) return false;
        const box = block.getBoundingClientRect();
        return box.left < 8 || box.right > document.documentElement.clientWidth - 8;
      })
      .map((block) => block.className),
  );
  expect(strays, "blocks running to the window's edges").toEqual([]);
}

test("a French bakery's brief gives a French store selling its three breads at its prices", async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Camille Boulanger");
  await page.getByLabel("Email").fill(`fournil-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "Create with AI" }).click();
  await page.getByLabel("Business name").fill(`Le Fournil ${stamp}`);
  await page.getByLabel("What do you sell, and to whom?").fill(BRIEF);
  await page.getByRole("button", { name: "Next: check what we understood" }).click();

  // What we understood: French, Lyon, euros, a bakery, and the three breads with their prices.
  await expect(page.getByRole("heading", { name: "What we understood" })).toBeVisible();
  await screenshots(page, testInfo, "understood");
  await expect(page.getByLabel("Language of the store")).toHaveValue("fr");
  await expect(page.getByLabel("Place")).toHaveValue("Lyon");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await expect(page.getByLabel("Trade")).toHaveValue("bakery");
  const offerings = page.getByRole("list", { name: "Products and services" });
  await expect(offerings.getByRole("listitem")).toHaveCount(3);
  for (const [i, price] of ["4.50", "1.30", "6.00"].entries()) {
    await expect(offerings.getByLabel(`Name of offering ${i + 1}`)).toHaveValue(BREADS[i]!.name);
    await expect(offerings.getByLabel(/^Price of /).nth(i)).toHaveValue(price);
    // A long name does not push its price below the level of the name.
    expect(await topOf(offerings.getByLabel(/^Price of /).nth(i))).toBe(
      await topOf(offerings.getByLabel(`Name of offering ${i + 1}`)),
    );
  }

  await page.getByRole("button", { name: "Next: style" }).click();
  await page.getByRole("button", { name: "Next: competitors" }).click();
  await page.getByRole("button", { name: "Skip: generate" }).click();
  await page.getByRole("button", { name: "Generate my store" }).click();
  await expect(page.getByRole("heading", { name: "Your store is ready" })).toBeVisible({
    timeout: 60_000,
  });
  await screenshots(page, testInfo, "ready");

  // The store, as the editor's canvas shows it: French copy, the breads at their prices.
  await page.getByRole("link", { name: "Skip: open the editor" }).click();
  await expect(page).toHaveURL(/\/sites\/[0-9a-f-]+\/editor/, { timeout: 30_000 });
  const canvas = page.frameLocator("iframe.canvas__frame");
  await expect(canvas.locator(".pg-hero h1")).toBeVisible({ timeout: 30_000 });
  const body = canvas.locator("body");
  // Words only a French store carries on its home page.
  await expect(body).toContainText(/\b(?:notre|nos|vous|pain|boulangerie)\b/i);
  // The canvas shows sample cards; the catalogue holds the generated products: the three breads
  // at the brief's prices (minor units).
  const siteId = /\/sites\/([0-9a-f-]+)\/editor/.exec(page.url())![1]!;
  const listed = await page.request.get(
    `/trpc/products.list?input=${encodeURIComponent(JSON.stringify({ siteId, status: "all" }))}`,
  );
  expect(listed.ok()).toBe(true);
  const products: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      if (typeof (value as { title?: unknown }).title === "string") products.push(value as never);
      else Object.values(value).forEach(collect);
    }
  };
  collect(await listed.json());
  for (const [bread, minor] of BREADS.map((b, i) => [b, [450, 130, 600][i]!] as const)) {
    const product = products.find((p) => bread.name.test(String(p.title)));
    expect(product, `${bread.name} in the catalogue`).toBeTruthy();
    expect(JSON.stringify(product)).toMatch(new RegExp(`:${minor}\\b`));
  }
  await screenshots(page, testInfo, "editor");

  // Published, the merchant is told that the two sample breads are still in the store.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Your site is live")).toBeVisible();
  await expect(page.getByText(/^2 sample products are still in your store/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("publish-toast-1440.png") });
  const storefront = (await page
    .getByRole("link", { name: "View the live page" })
    .getAttribute("href"))!.replace(/\/[^/]*$/, "");

  // The products list badges the samples, not the breads of the brief.
  await page.goto(`/sites/${siteId}/store/products`);
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: /pain de campagne/i })).toBeVisible();
  await expect(rows.filter({ hasText: "Sample" })).toHaveCount(2);
  await expect(rows.filter({ hasText: /pain de campagne/i }).getByText("Sample")).toHaveCount(0);
  await screenshots(page, testInfo, "products");

  // The shopper's side: French pages, every block in the page's column, the breads at 4,50 €.
  await page.goto(`${storefront}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", /^fr/);
  await expectBlocksInColumn(page);
  // On a phone, a long name in the hero breaks instead of running off the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    "page wider than the phone",
  ).toBeLessThanOrEqual(390);
  await screenshots(page, testInfo, "home");
  await page.goto(`${storefront}/products/pain-de-campagne-au-levain`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/pain de campagne/i);
  await expect(page.getByRole("main")).toContainText(/4,50\s?€/);
  await expectBlocksInColumn(page);
  await screenshots(page, testInfo, "product");
  await page.getByRole("button", { name: "Ajouter au panier" }).first().click();
  await expect(page.locator(".pg-header__cart-count")).toHaveText("1");
  await page.goto(`${storefront}/cart`);
  await expect(page.getByRole("main")).toContainText(/4,50\s?€/);
  await expectBlocksInColumn(page);
  await screenshots(page, testInfo, "cart");
  await page
    .getByRole("main")
    .getByRole("button", { name: /check ?out|commande/i })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshots(page, testInfo, "checkout");
});
