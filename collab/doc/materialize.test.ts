import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ZSiteDoc } from "../../blocks/doc/schema.ts";
import { siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import { InvalidSiteError, materialize } from "./materialize.ts";
import { createSiteYDoc, insertBlock } from "./ops.ts";
import { findBlock, sampleSite, testHooks } from "./testkit.ts";

const options = { hooks: testHooks };
const alice = { kind: "user", userId: "alice" } as const;
const site = (): Y.Doc => createSiteYDoc(sampleSite(), { kind: "system" }, options);

describe("materialize", () => {
  it("returns the document, validated, with no problems", () => {
    const ydoc = site();
    const { doc, problems } = materialize(ydoc, options);
    expect(problems).toEqual([]);
    expect(doc).toEqual(sampleSite());
    expect(ZSiteDoc.safeParse(doc).success).toBe(true);
  });

  it("reports blocks whose props do not validate and leaves them out with their subtree", () => {
    const ydoc = site();
    insertBlock(
      ydoc,
      { id: "broken", type: "button", props: { href: "/" } },
      { pageId: "home" },
      alice,
      options,
    );
    insertBlock(
      ydoc,
      {
        id: "box",
        type: "section",
        props: {},
        children: [
          { id: "bad", type: "button", props: {} },
          { id: "ok", type: "image", props: {} },
        ],
      },
      { pageId: "about" },
      alice,
      options,
    );
    const { doc, problems } = materialize(ydoc, options);
    expect(problems.map((p) => [p.kind, p.blockId])).toEqual([
      ["invalid-props", "broken"],
      ["invalid-props", "bad"],
    ]);
    expect(problems[0]!.message).toMatch(/needs a label/);
    expect(findBlock(doc, "broken")).toBeUndefined();
    expect(findBlock(doc, "box")!.children!.map((b) => b.id)).toEqual(["ok"]);
    expect(ZSiteDoc.safeParse(doc).success).toBe(true);
    // the Y.Doc itself still holds them: the snapshot only leaves them out
    expect(findBlock(readSiteDoc(ydoc), "broken")).toBeDefined();
  });

  it("reports rich text Lexical cannot read", () => {
    const ydoc = site();
    const body = (siteMaps(ydoc).blocks.get("intro")!.get("props") as Y.Map<unknown>).get(
      "body",
    ) as Y.XmlText;
    ydoc.transact(() => {
      const alien = new Y.XmlText();
      body.insertEmbed(0, alien);
      alien.setAttribute("__type", "alien-node");
    });
    const { doc, problems } = materialize(ydoc, options);
    expect(problems).toEqual([
      expect.objectContaining({ kind: "unreadable-block", blockId: "intro" }),
    ]);
    expect(findBlock(doc, "hero")!.children!.map((b) => b.id)).toEqual(["photo"]);
  });

  it("leaves out pages and blocks that break the document schema", () => {
    const ydoc = site();
    const { pages, blocks } = siteMaps(ydoc);
    ydoc.transact(() => {
      (pages.get("about")!.get("fields") as Y.Map<unknown>).set("title", "");
      const entry = new Y.Map<unknown>();
      blocks.set("not a valid id", entry);
      entry.set("type", "image");
      entry.set("parent", "hero");
      entry.set("order", "a5");
      entry.set("page", "home");
      entry.set("props", new Y.Map());
    });
    const { doc, problems } = materialize(ydoc, options);
    expect(problems.map((p) => [p.kind, p.pageId, p.blockId])).toEqual([
      ["invalid-document", "home", "not a valid id"],
      ["invalid-document", "about", undefined],
    ]);
    expect(doc.pages.map((p) => p.id)).toEqual(["home"]);
    expect(ZSiteDoc.safeParse(doc).success).toBe(true);
  });

  it("throws when the snapshot cannot be made valid", () => {
    const ydoc = site();
    ydoc.transact(() => siteMaps(ydoc).theme.set("radius", -5));
    expect(() => materialize(ydoc, options)).toThrow(InvalidSiteError);
  });
});
