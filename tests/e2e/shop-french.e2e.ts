import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/**
 * A shopper buys from a store set to French: cart, checkout, confirmation page and the
 * confirmation mail (read from the embedded outbox in the server's DATA_DIR) are in French, with
 * prices written the French way. Intl puts a narrow or plain no-break space before the euro sign.
 */

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

const euros = (amount: string) => new RegExp(`${amount.replace(",", "\\,")}[\\u00a0\\u202f ]€`);

type Mail = { to: string; subject: string; text: string; html?: string };

async function mailTo(address: string): Promise<Mail | undefined> {
  const folder = path.join(process.env.E2E_DATA_DIR!, "outbox");
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    const mail = JSON.parse(await readFile(path.join(folder, name), "utf8")) as Mail;
    if (mail.to === address) return mail;
  }
  return undefined;
}

test("a shopper buys from a French store and reads cart, checkout, confirmation and mail in French with 12,50 €", async ({
  page,
  browser,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const slug = `e2e-fr-${stamp}`;
  const shopperEmail = `client-${stamp}@example.com`;
  await trpc(page.request, "auth.register", {
    email: `marchande-${stamp}@example.com`,
    password: "a long and unusual passphrase",
    name: "Camille Marchande",
  });
  const { site } = await trpc<{ site: { id: string } }>(page.request, "sites.create", {
    name: "Fougère & Argile",
    slug,
  });
  await trpc(page.request, "checkout.updateSettings", {
    siteId: site.id,
    currency: "EUR",
    language: "fr",
    timeZone: "Europe/Paris",
  });
  await trpc(page.request, "products.create", {
    siteId: site.id,
    product: {
      title: "Bol émaillé",
      handle: "bol-emaille",
      status: "active",
      variants: [{ price: 1250, stock: 5 }],
    },
  });
  await trpc(page.request, "sites.publish", { siteId: site.id });

  const shopperContext = await browser.newContext({ locale: "fr-FR" });
  const shopper = await shopperContext.newPage();
  await shopper.goto(`/s/${slug}/products/bol-emaille`);
  await shopper.getByRole("button", { name: "Ajouter au panier" }).click();
  const drawer = shopper.getByRole("dialog", { name: "Votre panier" });
  await expect(drawer).toBeVisible();
  await drawer.getByRole("button", { name: "Fermer le panier" }).click();

  await shopper.goto(`/s/${slug}/cart`);
  await expect(shopper.locator("html")).toHaveAttribute("lang", /^fr/);
  // The page's own heading is the merchant's content; the cart block speaks the store's language.
  const cart = shopper.getByRole("region", { name: "Votre panier" });
  await expect(cart.getByRole("row", { name: /Bol émaillé/ })).toBeVisible();
  await expect(cart.getByRole("button", { name: "Mettre à jour" })).toBeVisible();
  await expect(cart.getByRole("spinbutton", { name: "Quantité pour Bol émaillé" })).toBeVisible();
  await expect(cart.getByRole("button", { name: "Retirer Bol émaillé" })).toHaveText("Retirer");
  await expect(shopper.getByRole("main").getByText(euros("12,50")).first()).toBeVisible();
  await screenshots(shopper, testInfo, "fr-cart");
  await shopper.getByRole("main").getByRole("button", { name: "Passer commande" }).click();

  await expect(shopper.getByRole("heading", { level: 1, name: "Commande" })).toBeVisible();
  await shopper.getByLabel("E-mail").fill(shopperEmail);
  await shopper.getByLabel("Nom complet").fill("Claude Client");
  await shopper.getByLabel("Pays").selectOption("FR");
  await expect(shopper.getByRole("option", { name: "France", selected: true })).toBeAttached();
  await shopper.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  // The postal code's label follows the country only once the page is drawn again: by name.
  await shopper.locator('input[name="address.postalCode"]').fill("75011");
  await shopper.getByLabel("Ville").fill("Paris");
  await screenshots(shopper, testInfo, "fr-checkout-address");
  await shopper.getByRole("button", { name: "Continuer vers la livraison et le paiement" }).click();

  const summary = shopper.getByRole("complementary", { name: "Récapitulatif de la commande" });
  await expect(summary.getByText("Sous-total")).toBeVisible();
  await expect(summary.getByText(euros("12,50")).first()).toBeVisible();
  await expect(shopper.getByRole("note", { name: "Paiement test" })).toContainText(
    /Paiement test[\u00a0\u202f ]: aucun argent ne sera prélevé/,
  );
  await screenshots(shopper, testInfo, "fr-checkout-payment");

  await shopper.getByLabel("Numéro de carte").fill("4242 4242 4242 4242");
  await shopper.getByLabel("Expiration (MM/AA)").fill("12/34");
  await shopper.getByLabel("Cryptogramme").fill("123");
  await shopper.getByRole("button", { name: /^Payer 12,50[\u00a0\u202f ]€$/ }).click();

  await expect(
    shopper.getByRole("heading", { level: 1, name: "Merci ! Commande nº 1001" }),
  ).toBeVisible();
  await expect(
    shopper.getByText(`Une confirmation a été envoyée à ${shopperEmail}.`),
  ).toBeVisible();
  await expect(shopper.getByRole("main").getByText(euros("12,50")).first()).toBeVisible();
  await expect(shopper.getByText("C’était un paiement test")).toBeVisible();
  await screenshots(shopper, testInfo, "fr-confirmation");
  await shopperContext.close();

  // The confirmation mail, written to the outbox once the payment is taken.
  await expect.poll(() => mailTo(shopperEmail)).toBeTruthy();
  const mail = (await mailTo(shopperEmail))!;
  // French typography: a no-break space before the colon.
  expect(mail.subject).toMatch(/^Fougère & Argile\s:\scommande\snº\s1001\sconfirmée$/);
  expect(mail.text).toContain("Merci pour votre commande, Claude Client.");
  expect(mail.text).toMatch(euros("12,50"));
  expect(mail.text).toMatch(/Livraison à[\u00a0\u202f ]:/);
  expect(mail.text).toContain("France");
  expect(mail.text).not.toMatch(/Thank you|Order #|Subtotal|Shipping to/);
});
