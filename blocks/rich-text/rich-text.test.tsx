import { describe, expect, it } from "vitest";
import { richTextFromPlainText } from "../shared/rich-text-value/plainText.ts";
import { describeBlockContract, renderOne } from "../testing/blockContract.tsx";
import { richTextBlock } from ".";

describeBlockContract(richTextBlock);

describe("rich-text", () => {
  it("renders its Lexical content as paragraphs", () => {
    const r = renderOne("rich-text", {
      content: richTextFromPlainText("Fired twice.\n\nGlazed by hand."),
    });
    expect(r.html).toContain(
      '<div class="pg-ui-prose"><p>Fired twice.</p><p>Glazed by hand.</p></div>',
    );
  });

  it("points site links at the site's own pages and drops script links", () => {
    const content = {
      root: {
        type: "root",
        children: [
          {
            type: "paragraph",
            children: [
              { type: "link", url: "/about", children: [{ type: "text", text: "our story" }] },
              {
                type: "link",
                url: "javascript:alert(1)",
                children: [{ type: "text", text: " gotcha" }],
              },
            ],
          },
        ],
      },
    };
    const r = renderOne("rich-text", { content });
    expect(r.html).toContain('<a href="/s/juniper-oak/about" rel="noopener">our story</a> gotcha');
    expect(r.html).not.toContain("javascript");
  });

  it("rejects content that is not a Lexical state", () => {
    const r = renderOne("rich-text", { content: "<p>raw html</p>" });
    expect(r.html).toBe("");
    expect(r.problems).toHaveLength(1);
  });
});
