import { describe, expect, it } from "vitest";
import type { Block } from "../doc/schema.ts";
import { attr, elementsOf, topLevelElements } from "../testing/blockContract.tsx";
import { ImageLoadingPlan } from "./imageLoading.ts";
import { createTestRenderContext, renderBlocks } from "./testing.ts";

const heading = (id: string, text: string): Block => ({ id, type: "heading", props: { text } });

describe("BlockTree", () => {
  it("renders blocks in order, nesting children inside containers", () => {
    const { html, problems } = renderBlocks([
      {
        id: "sec",
        type: "section",
        props: {},
        children: [heading("h-a", "Our bakers"), heading("h-b", "Our flour")],
      },
      heading("h-c", "Visit us"),
    ]);
    expect(problems).toEqual([]);
    const roots = topLevelElements(html);
    expect(roots.map((r) => attr(r, "data-block-id"))).toEqual(["sec", "h-c"]);
    const inner = elementsOf(html).filter((e) => attr(e, "data-block-id")?.startsWith("h-"));
    expect(inner.map((e) => attr(e, "data-block-id"))).toEqual(["h-a", "h-b", "h-c"]);
  });

  it("skips and reports unknown types, invalid props and misplaced blocks; the rest still renders", () => {
    const { html, problems } = renderBlocks([
      { id: "x1", type: "marquee", props: {} },
      { id: "x2", type: "heading", props: { level: 9 } },
      { id: "x3", type: "column", props: {} },
      { id: "x4", type: "columns", props: {}, children: [heading("x5", "not a column")] },
      { id: "bad id!", type: "heading", props: {} },
      heading("ok", "Still here"),
    ]);
    expect(problems.map((p) => [p.blockId, p.type])).toEqual([
      ["x1", "marquee"],
      ["x2", "heading"],
      ["x3", "column"],
      ["x5", "heading"],
      ["bad id!", "heading"],
    ]);
    expect(problems[0]!.message).toBe('there is no block type called "marquee"');
    expect(problems[3]!.message).toBe("a heading block cannot sit inside a columns block");
    expect(html).toContain("Still here");
    expect(html).not.toContain("pg-ui-block-notice");
  });

  it("shows a visible notice in the editor instead of a broken block", () => {
    const ctx = createTestRenderContext({ mode: "editor" });
    const { html } = renderBlocks([{ id: "x1", type: "marquee", props: {} }], ctx);
    const [notice] = topLevelElements(html);
    expect(attr(notice!, "class")).toBe("pg-ui-block-notice");
    expect(attr(notice!, "data-block-id")).toBe("x1");
    expect(html).toContain("there is no block type called &quot;marquee&quot;");
  });

  it("never throws on garbage", () => {
    const garbage = [
      null,
      3,
      "x",
      { id: 1 },
      { id: "a", type: "heading", props: null },
      { id: "b", type: "section", props: {}, children: "nope" },
    ];
    expect(() => renderBlocks(garbage as unknown as Block[])).not.toThrow();
  });

  it("reports a repeated id once and renders the first", () => {
    const { html, problems } = renderBlocks([heading("same", "First"), heading("same", "Second")]);
    expect(html).toContain("First");
    expect(html).not.toContain("Second");
    expect(problems).toHaveLength(1);
  });

  it("never nests deeper than the containment rules allow", () => {
    let tree: Block = heading("leaf", "Deep down");
    for (let i = 0; i < 3; i++) tree = { id: `g${i}`, type: "grid", props: {}, children: [tree] };
    const { html, problems } = renderBlocks([tree]);
    expect(problems.map((p) => p.message)).toEqual(["a grid block cannot sit inside a grid block"]);
    expect(html).not.toContain("Deep down");
  });

  it("lets the editor wrap every block", () => {
    const ctx = createTestRenderContext({
      mode: "editor",
      wrapBlock: (block, element) => (
        <div className="frame" data-frame={block.id}>
          {element}
        </div>
      ),
    });
    const { html } = renderBlocks([heading("h1", "Framed")], ctx);
    expect(html.startsWith('<div class="frame" data-frame="h1"><div data-block-id="h1"')).toBe(
      true,
    );
  });

  it("gives only the first large image high priority", () => {
    const { html } = renderBlocks([
      { id: "i1", type: "image", props: { image: { src: "/media/a.jpg", alt: "A" } } },
      { id: "i2", type: "image", props: { image: { src: "/media/b.jpg", alt: "B" } } },
    ]);
    const imgs = elementsOf(html).filter((e) => e.tagName === "img");
    expect(imgs.map((i) => [attr(i, "loading"), attr(i, "fetchpriority")])).toEqual([
      ["eager", "high"],
      ["lazy", undefined],
    ]);
  });
});

describe("ImageLoadingPlan", () => {
  it("keeps small images lazy and never prioritises in the editor", () => {
    const live = new ImageLoadingPlan("live");
    expect(live.next("small")).toEqual({ loading: "lazy" });
    expect(live.next("large")).toEqual({ loading: "eager", fetchPriority: "high" });
    expect(new ImageLoadingPlan("editor").next("large")).toEqual({ loading: "lazy" });
  });
});

describe("the render context's formatMoney", () => {
  const formatMoney = (minor: number, currency: string, locale: string) =>
    createTestRenderContext({ site: { name: "Shop", currency, locale } }).formatMoney(minor);

  it("uses the currency's own minor units", () => {
    expect(formatMoney(4800, "USD", "en-US")).toBe("$48.00");
    expect(formatMoney(4800, "JPY", "ja-JP")).toBe("￥4,800");
    expect(formatMoney(123456, "EUR", "de-DE")).toMatch(/^1\.234,56\s€$/);
    expect(formatMoney(100, "XXQ", "en")).toMatch(/1\.00/);
  });

  it("uses the ISO 4217 exponent where the runtime disagrees (COP 2, IQD 3)", () => {
    expect(formatMoney(1850, "COP", "en-US").replace(/\s/g, " ")).toBe("COP 18.50");
    expect(formatMoney(1850, "IQD", "en-US").replace(/\s/g, " ")).toBe("IQD 1.850");
  });
});
