import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { ctaBannerBlock } from ".";

describeBlockContract(ctaBannerBlock);

describe("cta-banner", () => {
  it("sits on the primary colour with a readable, inverse button", () => {
    const r = renderOne("cta-banner", {});
    expect(r.css).toContain(
      "background-color:var(--pg-color-primary);color:var(--pg-color-on-primary)",
    );
    const a = r.one("a")!;
    expect(textOf(a)).toBe("Plan your visit");
    expect(attr(a, "class")).toContain("pg-ui-button--inverse");
    expect(textOf(r.one("h2")!)).toBe("Visit the workshop this Saturday");
  });
});
