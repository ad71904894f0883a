import { expect, test, type Page } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// "Describe a change", tried as a new merchant would: a store from the wizard, then in the
// editor's AI panel "make the hero darker" in plain words, the suggestion reviewed and accepted,
// the hero darker on the canvas, and one undo puts it back.

/** WCAG relative luminance of a computed CSS colour ("rgb(r, g, b)"). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
    const s = Number(v) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function newStore(page: Page, stamp: string) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Camille Boulangère");
  await page.getByLabel("Email").fill(`change-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Create with AI" }).click();
  await page.getByLabel("Business name").fill(`Rise and Crumb ${stamp}`);
  await page
    .getByLabel("What do you sell, and to whom?")
    .fill("A sourdough bakery in Lyon selling country loaves, croissants and brioche.");
  await page.getByRole("button", { name: "Next: check what we understood" }).click();
  await expect(page.getByRole("heading", { name: "What we understood" })).toBeVisible();
  await page.getByRole("button", { name: "Next: style" }).click();
  await page.getByText("Warm", { exact: true }).click();
  await page.getByRole("button", { name: "Next: competitors" }).click();
  await page.getByRole("button", { name: "Skip: generate" }).click();
  await page.getByRole("button", { name: "Generate my store" }).click();
  await expect(page.getByRole("heading", { name: "Your store is ready" })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole("button", { name: "Use this logo" }).click();
  await expect(page).toHaveURL(/\/sites\/[0-9a-f-]+\/editor/, { timeout: 30_000 });
}

test("the merchant describes a change, accepts it, sees it on the canvas and undoes it", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await newStore(page, `${Date.now()}${Math.floor(Math.random() * 1000)}`);

  const hero = page.frameLocator("iframe.canvas__frame").locator(".pg-hero").first();
  await expect(hero).toBeVisible({ timeout: 30_000 });
  const background = () => hero.evaluate((el) => getComputedStyle(el).backgroundColor);
  const original = await background();

  await page.getByRole("tab", { name: "AI" }).click();
  const box = page.getByRole("textbox", { name: "Describe a change" });
  await box.fill("make the hero darker");
  await page.getByRole("button", { name: "Suggest changes" }).click();
  const suggestion = page.getByRole("article", { name: /^Suggestion for Darker hero/ });
  await expect(suggestion).toBeVisible({ timeout: 30_000 });
  await expect(suggestion.locator(".ai-diff__after").first()).toBeVisible();
  await screenshots(page, testInfo, "describe-change");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Nothing changes until it is accepted.
  expect(await background()).toBe(original);
  await suggestion.getByRole("button", { name: "Accept" }).click();
  await expect.poll(background, { timeout: 15_000 }).not.toBe(original);
  expect(luminance(await background())).toBeLessThan(luminance(original));
  await page.screenshot({ path: testInfo.outputPath("describe-change-accepted.png") });

  // One step of this merchant's undo brings it back.
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect.poll(background, { timeout: 15_000 }).toBe(original);
});
