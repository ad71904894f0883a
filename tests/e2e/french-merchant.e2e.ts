import { expect, test } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// A merchant whose browser speaks French (#18): the sign-up and the account settings in French,
// and the account keeps French. Screenshots at 1440 and 390 in the test's output folder: French
// is longer, look for overflow and truncation.
test.use({ locale: "fr-FR" });

test("a French merchant signs up and sets up the account in French", async ({ page }, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;

  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Créez votre compte" })).toBeVisible();
  await screenshots(page, testInfo, "signup");
  await page.getByLabel("Votre nom").fill("Léa Martin");
  await page.getByLabel("E-mail").fill(`lea-${stamp}@example.fr`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase longue et rare");
  await page.getByRole("button", { name: "Créer le compte" }).click();

  await page.getByRole("button", { name: "Menu du compte de Léa Martin" }).click();
  await page.getByRole("menuitem", { name: "Paramètres du compte" }).click();
  await expect(page.getByRole("heading", { name: "Paramètres du compte", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Langue de l’application")).toHaveValue("fr");
  await screenshots(page, testInfo, "account");

  // A wrong current password: the server's refusal, worded in French.
  await page.getByLabel("Mot de passe actuel", { exact: true }).fill("pas le bon mot de passe");
  await page
    .getByLabel("Nouveau mot de passe", { exact: true })
    .fill("une autre phrase assez longue");
  await page.getByLabel("Répétez le nouveau mot de passe").fill("une autre phrase assez longue");
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe actuel est incorrect.")).toBeVisible();
  await screenshots(page, testInfo, "account-error");

  // The setting is the account's: in English now, and still English after a reload.
  await page.getByLabel("Langue de l’application").selectOption("en");
  await expect(page.getByRole("heading", { name: "Account settings", level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account settings", level: 1 })).toBeVisible();
});

test("the pseudo-locale leaves no English on the translated screens", async ({ page }) => {
  await page.goto("/signup?lang=en-XA");
  await expect(page.getByRole("button", { name: "[Ƈřḗḗȧȧŧḗḗ ȧȧƈƈǿǿŭŭƞŧ]" })).toBeVisible();
  const text = await page.locator("main, body").first().innerText();
  expect(text).not.toMatch(/\b(Create|account|Password|Email|Your name|Log in)\b/);
});
