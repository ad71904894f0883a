import { describe, expect, it } from "vitest";
import type { FieldDefinition } from "../../blocks/fields/types.ts";
import { judgeAlt, judgeCopy, judgeRewrite, judgeText, nothingOffered } from "./quality.ts";

describe("what makes a suggestion worse", () => {
  it("never lets a generic alt replace a descriptive one, and keeps the better of two", () => {
    const site = "Kiln House";
    expect(
      judgeAlt("Speckled stoneware mug with a blue rim", "Illustration of Kiln House", site),
    ).not.toEqual([]);
    expect(judgeAlt("Speckled stoneware mug with a blue rim", "Image", site)).not.toEqual([]);
    expect(judgeAlt("Speckled stoneware mug", "Mug", site)).not.toEqual([]);
    expect(judgeAlt("", "Speckled stoneware mug with a blue rim", site)).toEqual([]);
    expect(judgeAlt("Image", "Speckled stoneware mug on a table", site)).toEqual([]);
  });

  it("names the facts a text would lose, its length and a cut word", () => {
    expect(
      judgeText("Loaves from €4.50 in Lyon.", "Loaves.", { maxLength: 100, locale: "en-GB" }),
    ).toEqual(["it would drop “4.50” and “Lyon”"]);
    expect(
      judgeText("Handmade pottery for everyday rituals", "Handmade pott", {
        maxLength: 100,
        locale: "en-GB",
      }),
    ).toContain("it would cut a word in half");
    expect(
      judgeRewrite("longer", "Short.", "Short. ".repeat(20).trim(), {
        maxLength: 40,
        locale: "en-GB",
      })[0],
    ).toMatch(/over the 40 allowed/);
    expect(
      judgeRewrite(
        "more-formal",
        "Nous cuisons notre pain chaque matin à Lyon.",
        "We bake our bread every morning in Lyon.",
        { maxLength: 200, locale: "fr-FR" },
      ),
    ).toEqual(["it would be in English, not French"]);
  });

  it("says in one sentence why nothing was offered", () => {
    expect(
      nothingOffered([{ label: "“Loaves from €4.50”", reasons: ["it would drop “4.50”"] }]),
    ).toBe(
      "Nothing was offered, because no suggestion was better than what is there now (“Loaves from €4.50”: it would drop “4.50”).",
    );
  });
});

describe("new copy for a block is judged on the words its fields hold", () => {
  // Named as no copy prop is: a text field is words whatever its name, a link never is.
  const fields: Record<string, FieldDefinition> = {
    buttonHref: { kind: "text", label: "Price line", maxLength: 80, ai: "facts" },
    zq: { kind: "textarea", label: "Story", maxLength: 200 },
    text: { kind: "link", label: "Link" },
  };
  const before = { buttonHref: "Loaves from €4.50", zq: "Baked every morning.", text: "/shop" };
  const options = { fields, limits: { buttonHref: 80, zq: 200 }, locale: "en-GB" };

  it("keeps a fact stated in an oddly named text field", () => {
    const after = { ...before, buttonHref: "Loaves every day", zq: "Baked at dawn, every day." };
    expect(judgeCopy(before, after, options).join(" ")).toMatch(/it would drop .*4\.50/);
  });

  it("does not take a link for words", () => {
    expect(judgeCopy(before, { ...before, text: "/bakery" }, options)).toEqual([
      "it is what the block already says",
    ]);
  });
});
