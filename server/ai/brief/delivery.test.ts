import { describe, expect, it } from "vitest";
import { findDelivery } from "./delivery.ts";

describe("how a business hands over what it sells", () => {
  it("reads pickup and no shipping in any of the six languages", () => {
    for (const brief of [
      "Collection from the shop only, we don't ship.",
      "Retrait en boutique uniquement, nous n'expédions pas.",
      "Abholung im Laden, kein Versand.",
      "Solo recogida en tienda, no hacemos envíos.",
      "Só levantamento na loja, não fazemos envios.",
      "Solo ritiro in negozio, non spediamo.",
    ]) {
      const delivery = findDelivery(brief, "general");
      expect([brief, delivery.localPickup, delivery.shipping]).toEqual([brief, true, false]);
    }
  });

  it("leaves shipping unknown when the brief does not say, rather than promising it", () => {
    expect(findDelivery("Handmade candles in Leeds.", "candles").shipping).toBeNull();
    expect(findDelivery("We ship across the US.", "coffee").shipping).toBe(true);
  });

  it("reads local delivery and its area", () => {
    const delivery = findDelivery("Livraison à domicile dans Nantes et alentours.", "florist");
    expect(delivery.localDelivery).toBe(true);
    expect(delivery.area).toBe("dans Nantes et alentours");
  });

  it("knows fresh goods by their trade or their words", () => {
    expect(findDelivery("Sourdough and buns.", "bakery").perishable).toBe(true);
    expect(findDelivery("Fresh every morning.", "grocery").perishable).toBe(true);
    expect(findDelivery("Hand-thrown mugs.", "ceramics").perishable).toBe(false);
  });

  it("reads made to order and lead times as written", () => {
    const rings = findDelivery("Custom pieces take 3 to 4 weeks.", "jewellery");
    expect([rings.madeToOrder, rings.leadTime]).toEqual([true, "3 to 4 weeks"]);
    const tables = findDelivery("Möbel auf Bestellung, innerhalb von 6 Wochen.", "furniture-decor");
    expect([tables.madeToOrder, tables.leadTime]).toEqual([true, "6 Wochen"]);
    expect(findDelivery("Prêt en 48 h.", "general").leadTime).toBe("48 h");
  });
});
