import { expect, test } from "@playwright/test";

// A merchant's first visit: sign up, land on the empty dashboard, create a store, log out, log in
// again and find it. Unique addresses let the suite run twice against the same database.
test("a new merchant signs up, creates a site, logs out and back in", async ({
  page,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `merchant-${stamp}@example.com`;
  const password = "a long and unusual passphrase";
  const siteName = `Blue Bottle ${stamp}`;

  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Your name").fill("Maya Merchant");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Create your first store" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("dashboard-empty.png"), fullPage: true });

  await page.getByRole("button", { name: "Create a site" }).click();
  const dialog = page.getByRole("dialog", { name: "Create a site" });
  await dialog.getByLabel("Site name").fill(siteName);
  await expect(dialog.getByLabel("Web address")).toHaveValue(`blue-bottle-${stamp}`);
  await expect(dialog.getByText(`blue-bottle-${stamp} is available`)).toBeVisible();
  await dialog.getByRole("button", { name: "Create site" }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole("article", { name: siteName });
  await expect(card).toBeVisible();
  await expect(card.getByRole("link", { name: /View .* live/ })).toHaveAttribute(
    "href",
    `/s/blue-bottle-${stamp}/`,
  );

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page.getByRole("heading", { name: "Log in to Pegasus" })).toBeVisible();
  await expect(page.getByText("You are logged out.")).toBeVisible();

  // The session is really gone: the dashboard sends us back to the login page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();
  await expect(page.getByRole("article", { name: siteName })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("dashboard.png"), fullPage: true });
  await testInfo.attach("dashboard", {
    path: testInfo.outputPath("dashboard.png"),
    contentType: "image/png",
  });
});

test("the server's field errors show next to the inputs", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Maya Merchant");
  await page.getByLabel("Email").fill(`weak-${Date.now()}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();

  const passwordInput = page.getByLabel("Password", { exact: true });
  await expect(passwordInput).toHaveAttribute("aria-invalid", "true");
  await expect(passwordInput).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(passwordInput).toBeFocused();
});
