import { describe, expect, it } from "vitest";
import { isStorableText, toStorableJson, toStorableText } from "./storable-text.ts";

describe("storable text", () => {
  it("tells NUL and half surrogate pairs from whole emoji", () => {
    expect(isStorableText("Pain au levain 🥖")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("half \ud83e")).toBe(false);
    expect(isStorableText("\udd56 other half")).toBe(false);
  });

  it("repairs as the database's text type would: NUL dropped, each half pair made U+FFFD", () => {
    expect(toStorableText("Nu\u0000ll \ud83e and \udd56 but 🥖")).toBe(
      "Null \ufffd and \ufffd but 🥖",
    );
  });

  it("repairs every string of a JSON value, keys included, and returns the same value when nothing needs it", () => {
    const clean = { title: "Boulangerie", blocks: [{ props: { text: "🥖" } }] };
    expect(toStorableJson(clean)).toBe(clean);
    const dirty = {
      title: "Bou\u0000langerie",
      blocks: [{ props: { "k\ud800": ["x\udc00", 3, null] } }],
    };
    const repaired = toStorableJson(dirty);
    expect(repaired).toEqual({
      title: "Boulangerie",
      blocks: [{ props: { "k\ufffd": ["x\ufffd", 3, null] } }],
    });
    expect(dirty.title).toBe("Bou\u0000langerie");
    expect(repaired.blocks[0]).not.toBe(dirty.blocks[0]);
  });
});
