import { expect, test } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// A new merchant's first five minutes with AI: sign up, describe the business in the wizard,
// watch the store being generated, pick a logo made from its brand, land in the editor with it,
// ask the AI to make the hero friendlier, accept the suggestion, and undo it.
test("a new merchant generates a store with AI, then edits it with AI suggestions", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Maya Merchant");
  await page.getByLabel("Email").fill(`ai-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();

  // The wizard: business, what we understood, style, competitors, generate.
  await page.getByRole("link", { name: "Create with AI" }).click();
  await expect(
    page.getByRole("heading", { name: "Create a store with AI", level: 1 }),
  ).toBeVisible();
  await page.getByLabel("Business name").fill(`Blue Fern Roasters ${stamp}`);
  await page
    .getByLabel("What do you sell, and to whom?")
    .fill(
      "A small-batch coffee roastery in Portland selling single-origin beans and brewing gear.",
    );
  await page.getByRole("button", { name: "Next: check what we understood" }).click();
  await expect(page.getByRole("heading", { name: "What we understood" })).toBeVisible();
  await page.getByRole("button", { name: "Next: style" }).click();
  await page.getByText("Warm", { exact: true }).click();
  await page.getByRole("button", { name: "Next: competitors" }).click();
  await page.getByRole("button", { name: "Skip: generate" }).click();
  await screenshots(page, testInfo, "wizard-ready");
  await page.getByRole("button", { name: "Generate my store" }).click();

  // Live progress, then logo designs drawn from the generated store's name, colours and fonts.
  await expect(page.getByRole("progressbar", { name: "Generation progress" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your store is ready" })).toBeVisible({
    timeout: 60_000,
  });
  const designs = page.getByRole("radiogroup", { name: "Logo designs" });
  await expect(designs).toBeVisible({ timeout: 15_000 });
  expect(await designs.getByRole("radio").count()).toBeGreaterThan(1);
  await designs.getByText("Badge", { exact: true }).click();
  await expect(designs.getByRole("radio", { name: "Badge" })).toBeChecked();
  await screenshots(page, testInfo, "wizard-done");

  // Using it lands in the editor with the new store, the logo in its header.
  await page.getByRole("button", { name: "Use this logo" }).click();
  await expect(page).toHaveURL(/\/sites\/[0-9a-f-]+\/editor/, { timeout: 30_000 });
  const canvas = page.frameLocator("iframe.canvas__frame");
  const headerLogo = canvas.locator("img.pg-header__logo").first();
  await expect(headerLogo).toBeVisible({ timeout: 30_000 });
  await expect(headerLogo).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\//);
  await page.screenshot({ path: testInfo.outputPath("editor-with-logo.png") });
  const heroHeading = canvas.locator(".pg-hero h1");
  await expect(heroHeading).toBeVisible({ timeout: 30_000 });
  const original = (await heroHeading.textContent())!.trim();
  expect(original.length).toBeGreaterThan(5);

  // Ask the AI to make the hero friendlier: a before/after suggestion.
  await page.getByRole("tab", { name: "Layers" }).click();
  await page.getByRole("treeitem", { name: /^Hero/ }).first().click();
  await page.getByRole("tab", { name: "AI" }).click();
  await page.getByRole("button", { name: "Friendlier" }).click();
  const suggestion = page.getByRole("article", { name: /^Suggestion for Hero/ });
  await expect(suggestion).toBeVisible({ timeout: 30_000 });
  await expect(suggestion.locator(".ai-diff__before").first()).toBeVisible();
  await screenshots(page, testInfo, "ai-suggestion");

  // Nothing changes until it is accepted.
  await expect(heroHeading).toHaveText(original);
  await suggestion.getByRole("button", { name: "Accept" }).click();
  await expect(heroHeading).not.toHaveText(original, { timeout: 15_000 });
  const friendlier = (await heroHeading.textContent())!.trim();
  expect(friendlier).not.toBe(original);

  // One step of this merchant's undo brings it back.
  await page.getByRole("button", { name: "Undo", exact: true }).first().click();
  await expect(heroHeading).toHaveText(original, { timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath("after-undo.png"), fullPage: true });
});
