import { describe, expect, it } from "vitest";
import { createTestRenderContext } from "../render/testing.ts";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { footerBlock } from ".";

describeBlockContract(footerBlock);

describe("footer", () => {
  it("is the page's <footer> with named link groups", () => {
    const r = renderOne("footer", {});
    expect(r.root!.tagName).toBe("footer");
    expect(r.all("nav").map((n) => attr(n, "aria-label"))).toEqual(["Shop", "Help"]);
    expect(r.all("a").map((a) => attr(a, "href"))).toContain("/s/juniper-oak/shipping");
  });

  it("fills in the year and the shop name", () => {
    const r = renderOne("footer", {});
    expect(textOf(r.one("small")!)).toBe(
      `© ${new Date().getFullYear()} Juniper & Oak. All rights reserved.`,
    );
  });

  it("lists social accounts from the site settings, web links only", () => {
    const ctx = createTestRenderContext({
      site: {
        name: "Juniper & Oak",
        currency: "USD",
        locale: "en-US",
        social: [
          { platform: "instagram", url: "https://instagram.com/juniperoak" },
          { platform: "x", url: "javascript:alert(1)" },
        ],
      },
    });
    const r = renderOne("footer", {}, ctx);
    const social = r.byClass("pg-footer__social")[0]!;
    expect(textOf(social)).toBe("Instagram");
    expect(r.html).not.toContain("javascript");
  });
});
