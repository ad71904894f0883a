import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSitePath, safeImageUrl, safeUrl } from "./url.ts";

// eslint-disable-next-line no-control-regex -- browsers ignore these before a scheme
const LEADING_CONTROLS_AND_SPACES = /^[\u0000-\u0020]+/;

const HOSTILE = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "  javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "java\u00a0script:alert(1)",
  "java\u200bscript:alert(1)",
  "\ufeffjavascript:alert(1)",
  "javascript\u2028:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "javascript&#58;alert(1)",
  "javascript%3Aalert(1)",
  "jav&#x09;ascript:alert(1)",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "file:///etc/passwd",
  "blob:https://example.com/uuid",
  "//evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "https://",
  "http://",
  'https://example.com/"onmouseover="alert(1)',
  "/search?q=<script>",
  "ｊａｖａｓｃｒｉｐｔ：alert(1)",
  "mailto:",
  "tel:call-me-maybe",
  "",
  "   ",
  "https://example.com/" + "a".repeat(3000),
];

const FRIENDLY = [
  "https://example.com",
  "http://example.com/path?x=1&y=2#top",
  "HTTPS://Example.com/Caps",
  "https://bücher.example/straße",
  "/",
  "/about",
  "/products/linen-apron?colour=sage#details",
  "#contact",
  "?page=2",
  "about",
  "./about",
  "../shop",
  "mailto:hello@juniperandoak.com",
  "mailto:hello@juniperandoak.com?subject=Wholesale",
  "tel:+15551234567",
  "tel:+44-20-7946-0958",
];

describe("safeUrl", () => {
  it.each(HOSTILE)("refuses %j", (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it.each(FRIENDLY)("keeps %j", (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it("trims surrounding spaces a merchant pasted", () => {
    expect(safeUrl("  https://example.com/shop  ")).toBe("https://example.com/shop");
  });

  it("never returns a URL a browser would run as script, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.string({ unit: "binary", maxLength: 10 }),
        (a, b) => {
          for (const candidate of [a, `${a}javascript:${b}`, `java${a}script:${b}`]) {
            const result = safeUrl(candidate);
            if (result === null) continue;
            // What a browser does: strip leading C0/space, drop tab/newline, lowercase the scheme.
            const asBrowserSees = result
              .replace(LEADING_CONTROLS_AND_SPACES, "")
              .replace(/[\t\n\r]/g, "")
              .toLowerCase();
            expect(asBrowserSees).not.toMatch(/^(javascript|vbscript|data):/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("safeImageUrl", () => {
  it("allows web images and site paths only", () => {
    expect(safeImageUrl("https://images.unsplash.com/photo-1?w=800")).toBe(
      "https://images.unsplash.com/photo-1?w=800",
    );
    expect(safeImageUrl("/media/apron.jpg")).toBe("/media/apron.jpg");
    expect(safeImageUrl("mailto:a@b.co")).toBeNull();
    expect(safeImageUrl("tel:+15551234567")).toBeNull();
    expect(safeImageUrl("#top")).toBeNull();
    expect(safeImageUrl("apron.jpg")).toBeNull();
    expect(safeImageUrl("data:image/png;base64,iVBORw0KGgo=")).toBeNull();
    expect(safeImageUrl("javascript:alert(1)")).toBeNull();
  });
});

describe("isSitePath", () => {
  it("recognises site paths but not protocol-relative URLs", () => {
    expect(isSitePath("/about")).toBe(true);
    expect(isSitePath("//evil.example")).toBe(false);
    expect(isSitePath("https://example.com")).toBe(false);
  });
});
