import { describe, expect, it } from "vitest";
import { useTestApp } from "../helpers/app.ts";
import { createProduct, createShop, Shopper } from "./helpers.ts";

/**
 * A shopper of a French store reads the cart's notices and the checkout's refusals in French,
 * each field named in words, never by its key ("address.line1") (issue #18).
 */

const { app, deps } = await useTestApp();

describe("a French store's refusals and notices", () => {
  it("says what is wrong with the address in French, by the fields' names", async () => {
    const shop = await createShop(app, deps, { locale: "fr-FR", currency: "EUR" });
    const product = await createProduct(shop, { price: 1250, stock: 5 });
    const shopper = new Shopper(app, shop);
    await shopper.add(product.variants[0]!.id, 1);
    const { token } = await shopper.startCheckout();
    const response = await shopper.information(token!, {
      "address.line1": "",
      "address.postalCode": "ABCDE",
      "address.country": "FR",
      "address.region": "",
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: string;
      data: { fieldErrors: Record<string, string[]> };
    };
    expect(body.data.fieldErrors["address.line1"]).toEqual(["Ce champ est obligatoire."]);
    expect(body.data.fieldErrors["address.postalCode"]?.[0]).toMatch(
      /^Saisissez un code postal comme \d{5}\.$/,
    );
    expect(body.error).toMatch(/^Veuillez vérifier\u202f: Adresse et Code postal\./);
    expect(body.error).not.toMatch(/address\.|line1|postalCode/);
  });

  it("tells the shopper in French how many are left", async () => {
    const shop = await createShop(app, deps, { locale: "fr-FR", currency: "EUR" });
    const product = await createProduct(shop, { title: "Tasse", price: 1250, stock: 2 });
    const shopper = new Shopper(app, shop);
    const refused = await shopper.add(product.variants[0]!.id, 3);
    expect(refused.statusCode).toBe(409);
    expect((refused.json() as { error: string }).error).toBe("Il ne reste que 2 × Tasse.");
  });
});
