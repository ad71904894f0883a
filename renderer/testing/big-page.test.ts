import { describe, expect, it } from "vitest";
import type { Block } from "../../blocks/doc/schema.ts";
import { demoCollections, demoProducts, demoSiteDoc } from "../../demo-store/index.ts";
import { renderPage } from "../render-page.tsx";
import type { RenderProblem } from "../types.ts";
import { bigPage, withBigPage } from "./big-page.ts";

const count = (blocks: Block[]): number =>
  blocks.reduce((n, b) => n + 1 + count(b.children ?? []), 0);

describe("bigPage", () => {
  it.each([1, 2, 7, 250])("makes a page with exactly %i blocks", (n) => {
    expect(count(bigPage(n).blocks)).toBe(n);
  });

  it("renders cleanly: every block valid, one h1", () => {
    const problems: RenderProblem[] = [];
    const doc = withBigPage(demoSiteDoc, 300);
    const page = renderPage(
      {
        doc,
        siteSlug: "northbound",
        baseUrl: "https://shop.example",
        versionId: "v",
        mode: "live",
      },
      "/big",
      { products: demoProducts, collections: demoCollections },
      { onProblem: (p) => problems.push(p) },
    );
    expect(page.status).toBe(200);
    expect(problems).toEqual([]);
    expect(page.html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});
