import { describe, expect, it } from "vitest";
import { attr, describeBlockContract, renderOne, textOf } from "../testing/blockContract.tsx";
import { faqBlock } from ".";

describeBlockContract(faqBlock);

describe("faq", () => {
  it("uses native details/summary so answers open without scripts", () => {
    const r = renderOne("faq", {
      items: [
        {
          question: "Do you ship abroad?",
          answer: "Yes, to the EU and UK.\n\nDuties are included.",
        },
      ],
    });
    expect(r.all("details")).toHaveLength(1);
    expect(textOf(r.one("summary")!)).toBe("Do you ship abroad?");
    expect(r.all("p").map(textOf)).toEqual(["Yes, to the EU and UK.", "Duties are included."]);
    expect(attr(r.one("details")!, "open")).toBeUndefined();
  });

  it("can open the first answer", () => {
    const r = renderOne("faq", { openFirst: true });
    expect(r.all("details").map((d) => attr(d, "open") !== undefined)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
