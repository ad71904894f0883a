import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshots } from "./screenshots.ts";

/**
 * A French merchant's store settings (#18): discounts, shipping, taxes, payments and payouts in
 * French, with French money, dates on the store's clock and countries by name. Screenshots at
 * 1440 and 390 in the test's output folder: French is longer, look for overflow.
 */
test.use({ locale: "fr-FR" });

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${procedure}`, { data: input });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  if (!response.ok()) throw new Error(`${procedure}: ${response.status()} ${body.error?.message}`);
  return body.result!.data;
}

test("a French merchant reads the store's discounts, shipping, taxes, payments and payouts in French", async ({
  page,
}, testInfo) => {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await trpc(page.request, "auth.register", {
    email: `reglages-${stamp}@example.fr`,
    password: "une phrase longue et rare",
    name: "Camille Réglages",
  });
  const { site } = await trpc<{ site: { id: string } }>(page.request, "sites.create", {
    name: "Fougère & Argile",
    slug: `e2e-reglages-${stamp}`,
  });
  const siteId = site.id;
  await trpc(page.request, "checkout.updateSettings", {
    siteId,
    currency: "EUR",
    language: "fr",
    timeZone: "Europe/Paris",
  });
  const discount = {
    kind: "percentage",
    minSubtotal: 0,
    perCustomerLimit: null,
    startsAt: null,
    active: true,
    scope: "all",
    productIds: [],
    collectionIds: [],
  };
  await trpc(page.request, "discounts.create", {
    siteId,
    discount: {
      ...discount,
      code: "NOEL10",
      value: 1000,
      usageLimit: 100,
      endsAt: "2026-12-24T23:00:00.000Z",
    },
  });
  await trpc(page.request, "discounts.create", {
    siteId,
    discount: {
      ...discount,
      code: "LIVRAISON",
      kind: "free_shipping",
      value: 0,
      usageLimit: null,
      endsAt: null,
    },
  });
  await trpc(page.request, "shipping.createZone", {
    siteId,
    zone: {
      name: "France et Europe",
      countries: ["FR", "BE", "DE", "CH"],
      rates: [
        {
          name: "Colissimo",
          kind: "free_over",
          price: 590,
          minWeightGrams: null,
          maxWeightGrams: null,
          freeOverAmount: 5000,
        },
        {
          name: "Colis lourd",
          kind: "weight",
          price: 1250,
          minWeightGrams: 2000,
          maxWeightGrams: 10000,
          freeOverAmount: null,
        },
      ],
    },
  });
  await trpc(page.request, "taxes.save", {
    siteId,
    rate: { country: "FR", region: "", name: "TVA", ratePpm: 200_000, appliesToShipping: true },
  });

  const store = `/sites/${siteId}/store`;
  await page.goto(`${store}/discounts`);
  await expect(page.getByRole("heading", { name: "Réductions" })).toBeVisible();
  const noel = page.getByRole("row", { name: /NOEL10/ });
  await expect(noel).toContainText(/10\s% de réduction/);
  await expect(noel).toContainText(/25 déc\. 2026.*00:00/);
  await screenshots(page, testInfo, "discounts");
  await page.getByRole("button", { name: "Modifier NOEL10" }).click();
  const discountDialog = page.getByRole("dialog", { name: "Modifier NOEL10" });
  await expect(discountDialog.getByLabel("Fin")).toHaveValue("2026-12-25T00:00");
  await expect(discountDialog).toContainText(/à l’heure de la boutique\s: Paris – heure d’Europe/);
  await screenshots(page, testInfo, "discount-form");
  await discountDialog.getByRole("button", { name: "Annuler" }).click();

  await page.getByRole("link", { name: "Expédition" }).click();
  await expect(page.getByRole("heading", { name: "Expédition" })).toBeVisible();
  await expect(page.getByText("France, Belgique, Allemagne et Suisse")).toBeVisible();
  await screenshots(page, testInfo, "shipping");
  await page.getByRole("button", { name: "Modifier France et Europe" }).click();
  const zoneDialog = page.getByRole("dialog", { name: "Modifier France et Europe" });
  await expect(zoneDialog.getByText("Tarif 2", { exact: true })).toBeVisible();
  await screenshots(page, testInfo, "shipping-zone-form");
  await zoneDialog.getByRole("button", { name: "Annuler" }).click();

  await page.getByRole("link", { name: "Taxes et devise" }).click();
  await expect(page.getByRole("heading", { name: "Taxes et devise" })).toBeVisible();
  await expect(page.getByRole("row", { name: /TVA/ })).toContainText("France");
  // The store's time zone in words, the IANA id its value.
  const zone = page.getByLabel("Fuseau horaire");
  await expect(zone).toHaveValue("Europe/Paris");
  await expect(zone.locator("option:checked")).toHaveText(
    /^Paris – heure d’Europe centrale \(UTC\+[12]\)$/,
  );
  await screenshots(page, testInfo, "taxes");

  await page.getByRole("link", { name: "Paiements", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Paiements", exact: true })).toBeVisible();
  await expect(page.getByText("Identifiant marchand PayPal")).toBeVisible();
  await screenshots(page, testInfo, "payments");

  await page.getByRole("link", { name: "Versements", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Paiements et versements" })).toBeVisible();
  await expect(page.getByText("Paiements de test uniquement")).toBeVisible();
  // The server's note on PayPal (not set up, or not connected), worded from its code.
  await expect(page.getByRole("region", { name: "PayPal" })).toContainText(
    /PayPal n’est pas configuré sur ce serveur\.|Connectez votre compte PayPal/,
  );
  await screenshots(page, testInfo, "payouts");
});
