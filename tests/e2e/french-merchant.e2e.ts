import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { buyWithTestCard, trpc, uniqueStamp } from "./helpers.ts";
import { screenshots } from "./screenshots.ts";

// A merchant whose browser speaks French (#18): the sign-up and the account settings in French,
// and the account keeps French. Screenshots at 1440 and 390 in the test's output folder: French
// is longer, look for overflow and truncation.
test.use({ locale: "fr-FR" });

/** Signs up through the French sign-up page, screenshotted, as `name`. */
async function signUpInFrench(page: Page, testInfo: TestInfo, name: string) {
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Créez votre compte" })).toBeVisible();
  await screenshots(page, testInfo, "signup");
  await page.getByLabel("Votre nom").fill(name);
  await page.getByLabel("E-mail").fill(`marchande-${uniqueStamp()}@example.fr`);
  await page.getByLabel("Mot de passe", { exact: true }).fill("une phrase longue et rare");
  await page.getByRole("button", { name: "Créer le compte" }).click();
}

test("a French merchant signs up and sets up the account in French", async ({ page }, testInfo) => {
  await signUpInFrench(page, testInfo, "Léa Martin");

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

/** Words only an English screen carries (data in these tests has none of them). */
const ENGLISH =
  /\b(?:the|your|yours|and|with|this|yet|add|new|save|saved|delete|create|search|edit|settings|loading|none|name|price|status|orders?|products?|payments?|shipping|discounts?|members?|invite|publish|cancel|back)\b/gi;

/**
 * `screen` reads French: the words expected there are shown and no English word is left in
 * `scope`. Soft, so one untranslated screen does not hide the next; screenshots in the artifacts.
 */
async function expectFrench(
  page: Page,
  testInfo: TestInfo,
  screen: string,
  words: RegExp[],
  scope: Locator = page.locator("body"),
  /** The site's own text (the starter site's copy is the merchant's data, not the app's words). */
  data: string[] = [],
) {
  for (const word of words)
    await expect
      .soft(scope.getByText(word).first(), `${screen}: « ${word.source} » shown`)
      .toBeVisible({ timeout: 5_000 });
  // A list's choices are checked by the en-XA suite; here they hold names Intl writes in English
  // too (a time zone's city: "New York").
  const options = await scope.locator("option").allInnerTexts();
  const lines = new Set([...data, ...options].map((line) => line.trim()).filter(Boolean));
  const text = (await scope.innerText())
    .split("\n")
    .filter((line) => !lines.has(line.trim()))
    .join("\n");
  const english = text.match(ENGLISH) ?? [];
  expect.soft([...new Set(english)], `${screen}: English words left`).toEqual([]);
  await screenshots(page, testInfo, `fr-${screen}`);
}

test("a French merchant's dashboard, wizard, editor, store admin and site settings are in French", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await signUpInFrench(page, testInfo, "Camille Marchande");
  // Signed up: the dashboard, where the session is set.
  await expect(page).toHaveURL((url) => url.pathname === "/");
  const { site } = await trpc<{ site: { id: string; slug: string } }>(
    page.request,
    "sites.create",
    {
      name: "Fougère & Argile",
      slug: `fougere-${uniqueStamp()}`,
    },
  );
  const siteId = site.id;
  await trpc(page.request, "checkout.updateSettings", {
    siteId,
    currency: "EUR",
    language: "fr",
    timeZone: "Europe/Paris",
  });
  const { product } = await trpc<{ product: { id: string; variants: { id: string }[] } }>(
    page.request,
    "products.create",
    {
      siteId,
      product: {
        title: "Bol émaillé",
        status: "active",
        variants: [{ price: 1250, stock: 5 }],
      },
    },
  );
  await trpc(page.request, "sites.publish", { siteId });
  await buyWithTestCard(testInfo.project.use.baseURL!, site.slug, product.variants[0]!.id, {
    quantity: 1,
  });

  // The dashboard, with the site, and the dialog that creates another.
  await page.goto("/");
  await expect(page.getByRole("article", { name: /Fougère & Argile/ })).toBeVisible();
  await expectFrench(page, testInfo, "dashboard", [/^(?:Vos|Mes) sites$/]);
  await page.getByRole("main").locator("button.button--primary").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expectFrench(page, testInfo, "create-site", [/^Créer un site$/, /^Nom du site$/], dialog);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The wizard's first step (its every step in French: i18n-wizard-media.e2e.ts).
  await page.goto("/sites/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectFrench(page, testInfo, "wizard", [
    /^Créer une boutique avec l’IA$/,
    /^Nom de l’entreprise$/,
  ]);

  // The editor: panels, the selected block's properties, the top bar.
  await page.goto(`/sites/${siteId}/editor`);
  const canvas = page.frameLocator("iframe.canvas__frame");
  await expect(canvas.locator(".pg-hero")).toHaveCount(1);
  await canvas.locator(".pg-hero h1").click();
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  const siteText = (await canvas.locator("body").innerText()).split("\n");
  await expectFrench(
    page,
    testInfo,
    "editor",
    [/^Ajouter$/, /^Calques$/, /^Bloc$/, /^Bannière d’accueil$/, /^Enregistré$/, /^Publier$/],
    page.locator("body"),
    siteText,
  );

  // The store admin, every tab, and an order.
  const tabs: [path: string, heading: RegExp][] = [
    ["products", /^Produits$/],
    [`products/${product.id}`, /Bol émaillé|Produit/],
    ["collections", /^Collections$/],
    ["orders", /^Commandes$/],
    ["discounts", /^(?:Réductions|Codes de réduction|Remises)$/],
    ["taxes", /^Taxes et devise$/],
    ["shipping", /^(?:Expédition|Livraison)$/],
    ["payments", /^Paiements$/],
    ["payouts", /^Versements$/],
  ];
  for (const [path, heading] of tabs) {
    await page.goto(`/sites/${siteId}/store/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
    await expectFrench(
      page,
      testInfo,
      `store-${path.split("/")[0]}${path.includes("/") ? "-editor" : ""}`,
      [heading, /^Produits$/, /^Versements$/],
      page.getByRole("main"),
    );
  }
  await page.goto(`/sites/${siteId}/store/orders`);
  await page.getByRole("link", { name: /1001/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /1001/ })).toBeVisible();
  await expectFrench(
    page,
    testInfo,
    "store-order",
    [/^Commande #1001$/, /^Expédier$/, /^Rembourser$/],
    page.getByRole("main"),
  );

  // The site's settings: name, address, team.
  await page.goto(`/sites/${siteId}/settings`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
  await expectFrench(
    page,
    testInfo,
    "site-settings",
    [/^Paramètres · /, /^Nom du site$/, /^Équipe$/],
    page.getByRole("main"),
  );
});

test("the pseudo-locale leaves no English on the translated screens", async ({ page }) => {
  await page.goto("/signup?lang=en-XA");
  await expect(page.getByRole("button", { name: "[Ƈřḗḗȧȧŧḗḗ ȧȧƈƈǿǿŭŭƞŧ]" })).toBeVisible();
  const text = await page.locator("main, body").first().innerText();
  expect(text).not.toMatch(/\b(Create|account|Password|Email|Your name|Log in)\b/);
});
