import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import { blockTypes, canContain, getBlockDefinition } from "../../blocks/registry.ts";
import { siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import { materialize } from "./materialize.ts";
import { createSiteYDoc, insertBlock, SiteEditError } from "./ops.ts";
import { sampleSite } from "./testkit.ts";

/** One block of every type the registry allows on a page, with its default props. */
function everyBlockSite(): SiteDoc {
  const doc = sampleSite();
  const blockOf = (type: string, id: string): Block => {
    const def = getBlockDefinition(type)!;
    const block: Block = {
      id,
      type,
      props: structuredClone(def.defaultProps) as Record<string, unknown>,
    };
    if (def.allowedChildren !== "none") {
      const child = blockTypes.find(
        (t) => canContain(type, t) && getBlockDefinition(t)!.allowedChildren === "none",
      );
      block.children = child === undefined ? [] : [blockOf(child, `${id}-child`)];
      if (type === "columns") block.children = [blockOf("column", `${id}-col`)];
    }
    return block;
  };
  doc.pages[0]!.blocks = blockTypes
    .filter((t) => canContain("page", t))
    .map((t, i) => blockOf(t, `b${i}`));
  doc.pages[1]!.blocks = [];
  return doc;
}

describe("default hooks (the block registry)", () => {
  it("stores the registry's rich-text props as Y.XmlText and materialises every block type cleanly", () => {
    const doc = everyBlockSite();
    const ydoc = createSiteYDoc(doc); // no hooks given: the registry's
    const richText = doc.pages[0]!.blocks.find((b) => b.type === "rich-text")!;
    const props = siteMaps(ydoc).blocks.get(richText.id)!.get("props") as Y.Map<unknown>;
    expect(props.get("content")).toBeInstanceOf(Y.XmlText);
    const { doc: snapshot, problems } = materialize(ydoc);
    expect(problems).toEqual([]);
    expect(snapshot).toEqual(readSiteDoc(ydoc));
    expect(readSiteDoc(ydoc)).toEqual(doc);
  });

  it("refuses what the registry does not allow", () => {
    const ydoc = createSiteYDoc(sampleSite());
    expect(() =>
      insertBlock(
        ydoc,
        { id: "c", type: "column", props: {} },
        { pageId: "home" },
        { kind: "user", userId: "u" },
      ),
    ).toThrow(SiteEditError);
  });
});
