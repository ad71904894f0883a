import { describe, expect, it } from "vitest";
import { cleanSlugInput, suggestSlug } from "./slug.ts";

describe("suggestSlug", () => {
  it("turns a name into a lower-case dashed address", () => {
    expect(suggestSlug("Blue Bottle Coffee")).toBe("blue-bottle-coffee");
  });

  it("drops accents and symbols", () => {
    expect(suggestSlug("Café Olé!")).toBe("cafe-ole");
    expect(suggestSlug("  --Hello,   World--  ")).toBe("hello-world");
    expect(suggestSlug("Salt & Pepper")).toBe("salt-and-pepper");
  });

  it("keeps to 48 characters without a trailing dash", () => {
    const slug = suggestSlug(`${"a".repeat(47)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("gives nothing for a name without letters or digits", () => {
    expect(suggestSlug("!!!")).toBe("");
  });
});

describe("cleanSlugInput", () => {
  it("lower-cases and replaces spaces while typing", () => {
    expect(cleanSlugInput("My Shop_2")).toBe("my-shop-2");
    expect(cleanSlugInput("shop-")).toBe("shop-");
    expect(cleanSlugInput("Ça/va")).toBe("cava");
  });
});
