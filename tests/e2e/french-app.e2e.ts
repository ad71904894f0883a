import { expect, test } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

// The merchant app's own screens in French (#18): dashboard, create-site dialog, site settings
// with the team and a pending invitation, and the forgotten password page. Screenshots at 1440
// and 390 in the test's output folder: French is longer, look for overflow and truncation.
test.use({ locale: "fr-FR" });

test("a French merchant creates a site, invites a teammate and resets a password in French", async ({
  page,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await page.goto("/signup");
  await page.getByLabel("Votre nom").fill("Léa Martin");
  await page.getByLabel("E-mail").fill(`lea-${stamp}@example.fr`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase longue et rare");
  await page.getByRole("button", { name: "Créer le compte" }).click();

  await expect(page.getByRole("heading", { name: "Créez votre première boutique" })).toBeVisible();
  await expect(
    page.getByText("Bienvenue, Léa. Mettons votre première boutique en ligne."),
  ).toBeVisible();
  await screenshots(page, testInfo, "dashboard-empty");

  await page.getByRole("button", { name: "Créer un site" }).click();
  const dialog = page.getByRole("dialog", { name: "Créer un site" });
  await dialog.getByLabel("Nom du site").fill(`Fromagerie ${stamp}`);
  await expect(dialog.getByText(`fromagerie-${stamp} est disponible`)).toBeVisible();
  await screenshots(page, testInfo, "create-site");
  await dialog.getByRole("button", { name: "Créer le site" }).click();
  await expect(page.getByText(`« Fromagerie ${stamp} » est prêt`)).toBeVisible();

  await expect(page.getByText("Bon retour, Léa. Vous avez 1 site.")).toBeVisible();
  await expect(page.getByText("Modifié à l’instant")).toBeVisible();
  await screenshots(page, testInfo, "dashboard");

  await page.getByRole("button", { name: `Plus d’actions pour Fromagerie ${stamp}` }).click();
  await page.getByRole("menuitem", { name: "Paramètres" }).click();
  await expect(page.getByRole("heading", { name: "Général" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir l’éditeur" })).toBeVisible();
  await screenshots(page, testInfo, "site-settings");

  const invite = page.getByRole("form", { name: "Inviter quelqu’un" });
  await invite.getByLabel("Adresse e-mail").fill(`hugo-${stamp}@example.fr`);
  await invite.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(page.getByText(`Invitation envoyée à hugo-${stamp}@example.fr`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Invitations en attente" })).toBeVisible();
  await page.getByRole("heading", { name: "Équipe" }).scrollIntoViewIfNeeded();
  await screenshots(page, testInfo, "members");

  await page.getByRole("button", { name: "Menu du compte de Léa Martin" }).click();
  await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { name: "Connexion à Pegasus" })).toBeVisible();
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(
    page.getByRole("heading", { name: "Réinitialiser votre mot de passe" }),
  ).toBeVisible();
  await screenshots(page, testInfo, "forgot-password");
  await page.getByLabel("E-mail").fill(`lea-${stamp}@example.fr`);
  await page.getByRole("button", { name: "Envoyer le lien" }).click();
  await expect(
    page.getByRole("heading", { name: "Consultez votre boîte de réception" }),
  ).toBeVisible();
  await screenshots(page, testInfo, "forgot-password-sent");
});
