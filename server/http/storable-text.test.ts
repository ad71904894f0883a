import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText } from "./storable-text.ts";

describe("text the database can store", () => {
  it("refuses NUL and half a surrogate pair, and takes whole pairs and everything else", () => {
    for (const text of ["a\u0000b", "\ud800", "x\ud83dy", "\udfff", "\udc00\ud800", "🎉\ud83d"]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
    for (const text of [
      "",
      "Kiln & Co",
      "🎉",
      "𝕏 and 👩‍👩‍👧",
      "\u202e\ufeff\uffff",
      "%00",
      "\u0001\t",
    ]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("finds such text anywhere in a JSON value, keys included, with its path", () => {
    expect(findUnstorableText({ a: [1, "ok", { b: null }], c: true })).toBeNull();
    expect(findUnstorableText({ product: { variants: [{}, { sku: "x\u0000" }] } })).toEqual([
      "product",
      "variants",
      1,
      "sku",
    ]);
    expect(findUnstorableText({ props: { "\ud800": 1 } })).toEqual(["props", "\ud800"]);
    expect(findUnstorableText("\u0000")).toEqual([]);
    // Bytes are not text: a Buffer body is left to its own route.
    expect(findUnstorableText({ file: Buffer.from([0, 0xed, 0xa0, 0x80]) })).toBeNull();
  });

  it("walks a value nested far deeper than the call stack goes", () => {
    const depth = 50_000;
    const deep = JSON.parse(`${"[".repeat(depth)}"\\u0000"${"]".repeat(depth)}`) as unknown;
    expect(findUnstorableText(deep)).toHaveLength(depth);
  });
});
