import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { buttonBlock } from ".";

describeBlockContract(buttonBlock);

describe("button", () => {
  it("links to a page of the site with the chosen style", () => {
    const r = renderOne("button", {
      label: "Book a class",
      href: "/classes#saturday",
      variant: "outline",
      size: "lg",
    });
    const a = r.one("a")!;
    expect(textOf(a)).toBe("Book a class");
    expect(attr(a, "href")).toBe("/s/juniper-oak/classes#saturday");
    expect(attr(a, "class")).toBe("pg-ui-button pg-ui-button--outline pg-ui-button--lg");
  });

  it("marks external links noopener", () => {
    const a = renderOne("button", { href: "https://instagram.com/juniperoak" }).one("a")!;
    expect(attr(a, "rel")).toBe("noopener");
  });

  it("prints no link at all for an unsafe address", () => {
    expect(renderOne("button", { href: "javascript:alert(1)" }).all("a")).toEqual([]);
  });
});
