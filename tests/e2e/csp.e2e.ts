import { expect, test, type Page } from "@playwright/test";

// The editor runs under the app's own Content-Security-Policy (no 'unsafe-eval'), as `npm start`
// serves it: loading the app and the editor, canvas included, reports no violation at all. A
// library probing for eval (zod's JIT check) is reported by Chromium even when it catches the
// refusal, so the probe must not run, not merely fail.

const PASSWORD = "a long and unusual passphrase";

/** Every CSP violation any frame of the page reports: the event, and Chromium's console line. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|unsafe-eval|CSP violation/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

test("the app and the editor run under their own CSP without a violation", async ({ page }) => {
  const violations = await watchViolations(page);
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const siteName = `Kiln ${stamp}`;

  const signup = await page.goto("/signup");
  expect(signup?.headers()["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
  await page.getByLabel("Your name").fill("Maya Merchant");
  await page.getByLabel("Email").fill(`csp-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your sites", level: 1 })).toBeVisible();

  await page
    .getByRole("button", { name: /Start from scratch|Create a site/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: "Create a site" });
  await dialog.getByLabel("Site name").fill(siteName);
  await expect(dialog.getByText(/is available/)).toBeVisible();
  await dialog.getByRole("button", { name: "Create site" }).click();
  const card = page.getByRole("article", { name: siteName });
  await card.getByRole("link", { name: `Open ${siteName} in the editor` }).click();
  await expect(page).toHaveURL(/\/sites\/[0-9a-f-]+\/editor/);
  const canvas = page.frameLocator("iframe.canvas__frame");
  await expect(canvas.locator(".pg-hero")).toHaveCount(1);
  // Select a block, so the props panel (schemas, fields) runs too.
  await canvas.locator(".pg-hero").first().click();
  await expect(page.getByRole("complementary").first()).toBeVisible();

  expect(violations).toEqual([]);
});
