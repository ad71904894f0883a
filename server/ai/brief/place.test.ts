import { describe, expect, it } from "vitest";
import { explicitCurrency, findPlace, isKnownPlace, regionOf } from "./place.ts";

describe("where a business is", () => {
  it.each([
    ["A jewelry studio in Cambridge, Massachusetts.", "Cambridge, Massachusetts", "US"],
    ["Loose leaf tea in Asheville, North Carolina.", "Asheville, North Carolina", "US"],
    ["Une boulangerie à Lyon, dans la Croix-Rousse.", "Lyon", "FR"],
    ["Lyon, une librairie de quartier.", "Lyon", "FR"],
    ["Wir sind die Bäckerei Müller in Zürich.", "Zürich", "CH"],
    ["Torrefação de café especial em São Paulo.", "São Paulo", "BR"],
  ])("reads %j as %j in %s", (brief, place, country) => {
    expect(findPlace(brief)).toEqual({ place, country });
  });

  it("does not take months, languages or a sentence's first word for a place", () => {
    expect(findPlace("Open in June, lessons in English.").place).toBeNull();
    expect(findPlace("I sell candles").place).toBeNull();
  });

  it("knows a place as a whole, not a name that contains one", () => {
    expect(isKnownPlace("Lyon")).toBe(true);
    expect(isKnownPlace("zurich")).toBe(true);
    expect(isKnownPlace("Chez Paul")).toBe(false);
  });
});

describe("the store's currency and locale", () => {
  it("takes the currency the brief names over the country's", () => {
    expect(explicitCurrency("Revision ab 180 CHF", "DE")).toBe("CHF");
    expect(explicitCurrency("Monstera from R$ 45,90", null)).toBe("BRL");
    expect(explicitCurrency("Mugs 350 kr", "SE")).toBe("SEK");
    expect(explicitCurrency("Mugs 350 kr", "NO")).toBe("NOK");
    expect(explicitCurrency("Drop-in class ₹600", null)).toBe("INR");
    expect(explicitCurrency("Seasonal box ¥3,500", "JP")).toBe("JPY");
    expect(explicitCurrency("no prices here", "FR")).toBeNull();
  });

  it("makes the locale of the brief's language and the country", () => {
    expect(regionOf("fr", "CH", null)).toEqual({ locale: "fr-CH", currency: "CHF" });
    expect(regionOf("en", "IN", "INR")).toEqual({ locale: "en-IN", currency: "INR" });
    // No place: the language's home country, or the country of the named currency.
    expect(regionOf("es", null, null)).toEqual({ locale: "es-ES", currency: "EUR" });
    expect(regionOf("de", null, "CHF")).toEqual({ locale: "de-CH", currency: "CHF" });
    expect(regionOf("en", null, "EUR")).toEqual({ locale: "en-IE", currency: "EUR" });
  });
});
