import { describe, expect, it } from "vitest";
import { AiUnavailableError } from "../port.ts";
import type { RewriteData } from "../tasks.ts";
import { offlineRewrite } from "./rewrite.ts";

const site = { name: "Kiln House", industry: "ceramics", locale: "en-GB" };
const texts = [
  { path: "heading", text: "Handmade pottery for everyday rituals", maxLength: 160 },
  {
    path: "subheading",
    text: "We do not use moulds: every piece is thrown by hand in our studio, so no two are quite the same. It is made to be used every day.",
    maxLength: 400,
  },
  { path: "buttons.0.label", text: "Shop now", maxLength: 60 },
];
const rewrite = (mode: RewriteData["mode"]) =>
  Object.fromEntries(
    offlineRewrite({ mode, targetLanguage: null, site, texts }, 1).texts.map((t) => [
      t.path,
      t.text,
    ]),
  );

describe("offline rewrite", () => {
  it("makes text shorter", () => {
    const out = rewrite("shorter");
    expect(out.heading!.length).toBeLessThan(texts[0]!.text.length);
    expect(out.subheading!.length).toBeLessThan(texts[1]!.text.length * 0.7);
  });

  it("makes text longer, within the limit", () => {
    const out = rewrite("longer");
    expect(out.subheading!.length).toBeGreaterThan(texts[1]!.text.length);
    expect(out.subheading!.length).toBeLessThanOrEqual(400);
  });

  it("makes text friendlier: contractions, a warm line, a friendlier button", () => {
    const out = rewrite("friendlier");
    expect(out.subheading).toMatch(/don't/);
    expect(out.subheading).toMatch(/It's/);
    expect(out["buttons.0.label"]).toBe("Take a look");
    expect(out.heading).toMatch(/!$/);
  });

  it("makes text more formal", () => {
    const friendly = offlineRewrite(
      {
        mode: "more-formal",
        targetLanguage: null,
        site,
        texts: [{ path: "text", text: "We're glad you're here! Grab a mug.", maxLength: 200 }],
      },
      1,
    ).texts[0]!.text;
    expect(friendly).toBe("We are glad you are here. Purchase a mug.");
  });

  it("refuses to translate without a model, saying why", () => {
    expect(() =>
      offlineRewrite({ mode: "translate", targetLanguage: "French", site, texts }, 1),
    ).toThrow(AiUnavailableError);
  });
});
