import fc from "fast-check";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import type { Block } from "../doc/schema.ts";
import type { AnyBlockDefinition } from "../definition.ts";
import { parseBlockProps } from "../registry.ts";
import { createTestRenderContext, renderBlocks } from "../render/testing.ts";
import { arbitraryProps } from "./arbitrary.ts";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if ("tagName" in n) {
        out.push(n);
        visit(n.childNodes as Node[]);
        if (n.tagName === "template")
          visit((n as unknown as { content: { childNodes: Node[] } }).content.childNodes);
      }
    }
  };
  visit(parseFragment(html).childNodes as Node[]);
  return out;
}

/**
 * Top-level elements, leaving out the <link rel="preload"> React 19 emits for a high-priority
 * image (a full-document render hoists it into <head>).
 */
export function topLevelElements(html: string): Element[] {
  return (parseFragment(html).childNodes as Node[]).filter(
    (n): n is Element => "tagName" in n && !(n.tagName === "link" && attr(n, "rel") === "preload"),
  );
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "data-embed-src",
  "cite",
]);

/**
 * What a shopper's browser must never receive, whatever the props: script elements, inline
 * event handlers, script-capable URLs, or free-form inline styles.
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const el of elementsOf(html)) {
    if (["script", "iframe", "object", "embed", "style"].includes(el.tagName))
      found.push(`<${el.tagName}>`);
    for (const a of el.attrs) {
      if (a.name.startsWith("on")) found.push(`${a.name}= on <${el.tagName}>`);
      // eslint-disable-next-line no-control-regex -- browsers ignore these before a scheme
      const value = a.value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      if (URL_ATTRIBUTES.has(a.name) && /^(javascript|data|vbscript):/.test(value)) {
        found.push(`${a.name}="${a.value}"`);
      }
      if (a.name === "srcset" && /(javascript|data|vbscript):/.test(value))
        found.push(`srcset="${a.value}"`);
      if (a.name === "style" && !/^text-align:(center|right|justify|end)$/.test(a.value)) {
        found.push(`style="${a.value}"`);
      }
    }
  }
  return found;
}

export interface BlockContractOptions {
  /** Children to render inside the block when it is a container. */
  sampleChildren?: Block[];
  /** Parent type for blocks that cannot sit on a page (a column lives in columns). */
  placeIn?: string;
  /**
   * The defaults need something only the merchant can supply (an image, a video link): shoppers
   * then see nothing, and the editor shows the block with a hint.
   */
  emptyUntilFilled?: boolean;
  numRuns?: number;
}

/** The tests every block type must pass; each block's own test file adds its specifics. */
export function describeBlockContract(
  definition: AnyBlockDefinition,
  options: BlockContractOptions = {},
) {
  const type = definition.type;
  const block = (props: Record<string, unknown>): Block[] => {
    const own: Block = {
      id: "blk_1",
      type,
      props,
      ...(options.sampleChildren ? { children: options.sampleChildren } : {}),
    };
    return options.placeIn
      ? [{ id: "parent", type: options.placeIn, props: {}, children: [own] }]
      : [own];
  };

  describe(`${type} block contract`, () => {
    it("parses {} to its default props", () => {
      expect(definition.schema.parse({})).toEqual(definition.defaultProps);
      const parsed = parseBlockProps(type, {});
      expect(parsed.ok).toBe(true);
    });

    it("has an editor field for every prop", () => {
      expect(Object.keys(definition.fields).sort()).toEqual(
        Object.keys(definition.defaultProps).sort(),
      );
    });

    it("asks the AI only for copy props that are text", () => {
      for (const { prop } of definition.ai.copyProps) {
        expect(["text", "textarea", "richtext", "list"]).toContain(definition.fields[prop]?.kind);
      }
    });

    it("renders its default props with data-block-id on its outer element", () => {
      if (options.emptyUntilFilled)
        expect(renderBlocks(block(definition.defaultProps)).html).toBe("");
      const ctx = options.emptyUntilFilled
        ? createTestRenderContext({ mode: "editor" })
        : undefined;
      const { html, problems } = renderBlocks(block(definition.defaultProps), ctx);
      expect(problems).toEqual([]);
      const roots = options.placeIn
        ? elementsOf(html).filter((e) => attr(e, "data-block-id") === "blk_1")
        : topLevelElements(html);
      expect(roots).toHaveLength(1);
      expect(attr(roots[0]!, "data-block-id")).toBe("blk_1");
      expect(attr(roots[0]!, "class")?.split(" ")).toContain(`pg-${type}`);
      expect(unsafeMarkup(html)).toEqual([]);
    });

    it("renders its defaults in the editor and with an empty store without throwing", () => {
      const editor = createTestRenderContext({ mode: "editor" });
      expect(() => renderBlocks(block(definition.defaultProps), editor)).not.toThrow();
      const empty = createTestRenderContext({ data: { products: [], collections: [] } });
      const { problems } = renderBlocks(block(definition.defaultProps), empty);
      expect(problems).toEqual([]);
    });

    it("accepts any props its fields can produce and renders them safely", () => {
      fc.assert(
        fc.property(arbitraryProps(definition.fields), (props) => {
          const parsed = definition.schema.safeParse(props);
          if (!parsed.success)
            throw new Error(`fields produced props the schema rejects: ${parsed.error.message}`);
          const ctx = createTestRenderContext();
          const { html, problems } = renderBlocks(block(props), ctx);
          expect(problems).toEqual([]);
          expect(unsafeMarkup(html)).toEqual([]);
          expect(ctx.styles.problems).toEqual([]);
        }),
        { numRuns: options.numRuns ?? 30 },
      );
    });
  });
}

/** Text content of an element (or of a whole fragment), whitespace collapsed. */
export function textOf(node: Element | string): string {
  const parts: string[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if ("value" in n && n.nodeName === "#text") parts.push(n.value);
      if ("childNodes" in n) visit(n.childNodes as Node[]);
    }
  };
  visit(
    typeof node === "string"
      ? (parseFragment(node).childNodes as Node[])
      : (node.childNodes as Node[]),
  );
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Render one block (id "blk") and query the result by tag name or class. */
export function renderOne(
  type: string,
  props: Record<string, unknown>,
  ctx: ReturnType<typeof createTestRenderContext> = createTestRenderContext(),
  children?: Block[],
) {
  const result = renderBlocks([{ id: "blk", type, props, ...(children ? { children } : {}) }], ctx);
  const els = elementsOf(result.html);
  const hasClass = (el: Element, cls: string) =>
    (attr(el, "class") ?? "").split(/\s+/).includes(cls);
  return {
    ...result,
    root: topLevelElements(result.html)[0],
    text: textOf(result.html),
    all: (tag: string) => els.filter((e) => e.tagName === tag),
    byClass: (cls: string) => els.filter((e) => hasClass(e, cls)),
    one: (tag: string) => els.find((e) => e.tagName === tag),
  };
}

/** Every element inside `el`, in document order. */
export function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if ("tagName" in n) {
        out.push(n);
        visit(n.childNodes as Node[]);
      }
    }
  };
  visit(el.childNodes as Node[]);
  return out;
}
