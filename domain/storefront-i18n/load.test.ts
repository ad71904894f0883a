import { describe, expect, it } from "vitest";
import { loadedTranslator, loadStoreWords } from "./load.ts";

describe("the storefront's words for the editor's canvas, one language at a time", () => {
  it("has English at once and another language once its catalogue is loaded", async () => {
    expect(loadedTranslator("en-US")!("storefront.product.addToCart")).toBe("Add to cart");
    expect(loadedTranslator("fr-FR")).toBeNull();
    await loadStoreWords("fr-FR");
    const french = loadedTranslator("fr-FR")!;
    expect(french("storefront.product.addToCart")).toBe("Ajouter au panier");
    expect(french("storefront.checkout.pay", { amount: "12,50 €" })).toBe("Payer 12,50 €");
    // The same function for the same locale, so a render context built from it stays equal.
    expect(loadedTranslator("fr-FR")).toBe(french);
    // German is not loaded with French.
    expect(loadedTranslator("de")).toBeNull();
  });

  it("speaks English for a language without a catalogue", async () => {
    await loadStoreWords("ja");
    expect(loadedTranslator("ja")!("storefront.cart.title")).toBe("Your cart");
  });
});
