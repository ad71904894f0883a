import { describe, expect, it } from "vitest";
import { CATALOGUES, countryName, localityLine, STORE_LANGUAGES, t } from "./index.ts";

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("storefront catalogues", () => {
  const english = CATALOGUES.en as Record<string, string>;
  for (const language of STORE_LANGUAGES) {
    it(`${language} has every English key with the same placeholders`, () => {
      const own = CATALOGUES[language] as Record<string, string>;
      expect(Object.keys(own).sort()).toEqual(Object.keys(english).sort());
      for (const [id, message] of Object.entries(english))
        expect([id, placeholders(own[id]!)]).toEqual([id, placeholders(message)]);
    });
  }

  it("speaks French with French typography and falls back to English", () => {
    expect(t("fr-FR", "storefront.product.addToCart")).toBe("Ajouter au panier");
    expect(t("fr", "storefront.checkout.pay", { amount: "12,50 €" })).toBe("Payer 12,50 €");
    expect(t("fr", "storefront.order.thankYou", { number: 1001 })).toBe(
      "Merci\u202f! Commande nº\u202f1001",
    );
    expect(t("ja", "storefront.cart.title")).toBe("Your cart");
  });

  it("names countries in the store's language and writes the postal code where the country does", () => {
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(localityLine({ country: "FR", postalCode: "75001", city: "Paris", region: "" })).toBe(
      "75001 Paris",
    );
    expect(
      localityLine({ country: "US", postalCode: "94107", city: "San Francisco", region: "CA" }),
    ).toBe("San Francisco CA 94107");
  });
});
