import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { isEmptySiteYDoc, siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import { createSiteYDoc, replaceDocument } from "./ops.ts";
import { paragraphs, sampleSite, siteDocArb, testHooks } from "./testkit.ts";

const options = { hooks: testHooks };

describe("site document <-> Y.Doc", () => {
  it("round-trips every valid document, also through an encoded update", () => {
    fc.assert(
      fc.property(siteDocArb(), (doc) => {
        const ydoc = createSiteYDoc(doc, { kind: "system" }, options);
        expect(readSiteDoc(ydoc)).toEqual(doc);
        const replica = new Y.Doc();
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(ydoc));
        expect(readSiteDoc(replica)).toEqual(doc);
      }),
      { numRuns: 100 },
    );
  });

  it("lays a site out as flat blocks with parent, order and rich text as Y.XmlText", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const { blocks, pages, theme } = siteMaps(ydoc);
    const intro = blocks.get("intro")!;
    expect(intro.get("type")).toBe("text");
    expect(intro.get("parent")).toBe("hero");
    expect(intro.get("page")).toBe("home");
    expect(typeof intro.get("order")).toBe("string");
    const props = intro.get("props") as Y.Map<unknown>;
    expect(props.get("body")).toBeInstanceOf(Y.XmlText);
    expect(props.get("align")).toBe("left");
    // the unset rich-text prop has its (empty) XmlText from the start
    expect((props.get("caption") as Y.XmlText).length).toBe(0);
    expect(blocks.get("hero")!.get("parent")).toBe("page:home");
    expect(pages.get("about")!.get("fields")).toBeInstanceOf(Y.Map);
    expect(theme.get("colors")).toBeInstanceOf(Y.Map);
  });

  it("keeps a `children` list that is empty, and leaves it out where there was none", () => {
    const doc = sampleSite();
    doc.pages[1]!.blocks = [
      { id: "empty", type: "section", props: {}, children: [] },
      { id: "leaf", type: "image", props: {} },
    ];
    expect(readSiteDoc(createSiteYDoc(doc, { kind: "system" }, options)).pages[1]!.blocks).toEqual([
      { id: "empty", type: "section", props: {}, children: [] },
      { id: "leaf", type: "image", props: {} },
    ]);
  });

  it("does not share objects with the caller", () => {
    const doc = sampleSite();
    const ydoc = createSiteYDoc(doc, { kind: "system" }, options);
    (doc.pages[0]!.blocks[1]!.props as { label: string }).label = "changed";
    const read = readSiteDoc(ydoc);
    expect(read.pages[0]!.blocks[1]!.props.label).toBe("Order");
    (read.pages[0]!.blocks[1]!.props as { label: string }).label = "changed again";
    expect(readSiteDoc(ydoc).pages[0]!.blocks[1]!.props.label).toBe("Order");
  });

  it("keeps prop names that are special in JavaScript", () => {
    const doc = sampleSite();
    const props: Record<string, unknown> = {};
    for (const key of ["__proto__", "constructor", "toString"])
      Object.defineProperty(props, key, { value: [key], enumerable: true });
    doc.pages[1]!.blocks = [{ id: "odd", type: "image", props }];
    const read = readSiteDoc(createSiteYDoc(doc, { kind: "system" }, options)).pages[1]!.blocks[0]!
      .props;
    expect(Object.keys(read)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(read.constructor).toEqual(["constructor"]);
  });

  it("tells an empty Y.Doc from a seeded one", () => {
    const ydoc = new Y.Doc();
    expect(isEmptySiteYDoc(ydoc)).toBe(true);
    replaceDocument(ydoc, sampleSite(), { kind: "system" }, options);
    expect(isEmptySiteYDoc(ydoc)).toBe(false);
  });
});

describe("replaceDocument", () => {
  it("writes nothing when the document is unchanged", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    let updates = 0;
    ydoc.on("update", () => updates++);
    replaceDocument(ydoc, sampleSite(), { kind: "restore", userId: "u1" }, options);
    expect(updates).toBe(0);
  });

  it("keeps surviving entries and changes only what differs, in one transaction", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const { blocks } = siteMaps(ydoc);
    const hero = blocks.get("hero");
    const introBody = (blocks.get("intro")!.get("props") as Y.Map<unknown>).get("body");
    const target = sampleSite();
    const section = target.pages[0]!.blocks[0]!;
    section.props.background = "#000000";
    section.children!.reverse(); // photo before intro
    target.pages[0]!.blocks.pop(); // cta removed
    target.pages[1]!.blocks.push({ id: "new", type: "image", props: { src: "/x.png" } });

    let transactions = 0;
    ydoc.on("afterTransaction", () => transactions++);
    replaceDocument(ydoc, target, { kind: "restore", userId: "u1" }, options);

    expect(transactions).toBe(1);
    expect(readSiteDoc(ydoc)).toEqual(target);
    expect(blocks.get("hero")).toBe(hero);
    expect((blocks.get("intro")!.get("props") as Y.Map<unknown>).get("body")).toBe(introBody);
    expect(blocks.has("cta")).toBe(false);
  });

  it("changes rich text in place with a small diff", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const target = sampleSite();
    target.pages[0]!.blocks[0]!.children![0]!.props.body = paragraphs(
      "Fresh bread every single morning",
    );
    const before = Y.encodeStateVector(ydoc);
    replaceDocument(ydoc, target, { kind: "ai", userId: "u1" }, options);
    expect(readSiteDoc(ydoc)).toEqual(target);
    expect(Y.encodeStateAsUpdate(ydoc, before).length).toBeLessThan(120);
  });

  it("refuses an invalid document without writing anything", () => {
    const ydoc = createSiteYDoc(sampleSite(), { kind: "system" }, options);
    const snapshot = Y.encodeStateAsUpdate(ydoc);
    const badRichText = sampleSite();
    badRichText.pages[0]!.blocks[0]!.children![0]!.props.body = {
      root: { type: "root", children: [{ type: "nope" }] },
    };
    expect(() => replaceDocument(ydoc, badRichText, { kind: "ai" }, options)).toThrow(
      /intro.*body/,
    );
    const duplicate = sampleSite();
    duplicate.pages[1]!.blocks.push({ id: "hero", type: "image", props: {} });
    expect(() => replaceDocument(ydoc, duplicate, { kind: "ai" }, options)).toThrow(
      /"hero" is used twice/,
    );
    const noPages = { ...sampleSite(), pages: [] };
    expect(() => replaceDocument(ydoc, noPages, { kind: "ai" }, options)).toThrow(
      /not a valid site document/,
    );
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(snapshot);
  });
});
