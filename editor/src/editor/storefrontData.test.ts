import { describe, expect, it } from "vitest";
import { canvasLocale } from "./storefrontData.ts";

describe("canvasLocale", () => {
  it("speaks the store settings' language, as the storefront does, over the document's locale", () => {
    expect(canvasLocale({ language: "fr" }, "en-US")).toBe("fr");
    // The document's region is kept when it speaks the store's language (number formats).
    expect(canvasLocale({ language: "fr" }, "fr-CA")).toBe("fr-CA");
  });

  it("falls back to the document's locale when no store language is chosen or loaded", () => {
    expect(canvasLocale({ language: null }, "de-DE")).toBe("de-DE");
    expect(canvasLocale({}, "en-US")).toBe("en-US");
  });
});
