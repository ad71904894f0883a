import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import { newBlockId } from "./ids.ts";
import { siteMaps } from "./layout.ts";
import { readSiteDoc } from "./mapping.ts";
import {
  addPage,
  createSiteYDoc,
  duplicateBlock,
  insertBlock,
  moveBlock,
  removeBlock,
  removePage,
  renamePage,
  reorderPages,
  setNav,
  setTheme,
  SiteEditError,
  updateProps,
  updateSettings,
} from "./ops.ts";
import { editOrigin } from "./origin.ts";
import { paragraphs, replicaOf, sampleSite, syncAll, testHooks } from "./testkit.ts";

const options = { hooks: testHooks };
const alice = { kind: "user", userId: "alice" } as const;
const bob = { kind: "user", userId: "bob" } as const;

const site = (): Y.Doc => createSiteYDoc(sampleSite(), { kind: "system" }, options);
/** Block ids as an indented outline, the easiest way to read a tree in an assertion. */
function outline(doc: SiteDoc): string[] {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[], depth: number): void =>
    blocks.forEach((b) => {
      lines.push(`${"  ".repeat(depth)}${b.id}`);
      walk(b.children ?? [], depth + 1);
    });
  for (const page of doc.pages) {
    lines.push(`[${page.id}]`);
    walk(page.blocks, 1);
  }
  return lines;
}
const outlineOf = (ydoc: Y.Doc): string[] => outline(readSiteDoc(ydoc));

/** Runs `fn` and returns the origins of the transactions it made. */
function transactionsOf(ydoc: Y.Doc, fn: () => void): unknown[] {
  const origins: unknown[] = [];
  const listener = (tr: Y.Transaction): void => void origins.push(tr.origin);
  ydoc.on("afterTransaction", listener);
  try {
    fn();
  } finally {
    ydoc.off("afterTransaction", listener);
  }
  return origins;
}

const START = ["[home]", "  hero", "    intro", "    photo", "  cta", "[about]"];

describe("block operations", () => {
  it("inserts a block with its subtree in one transaction with the given origin", () => {
    const ydoc = site();
    const block: Block = {
      id: "faq",
      type: "section",
      props: {},
      children: [{ id: "q1", type: "text", props: { body: paragraphs("Do you deliver?") } }],
    };
    const origins = transactionsOf(ydoc, () =>
      insertBlock(ydoc, block, { pageId: "home", index: 1 }, alice, options),
    );
    expect(origins).toEqual([editOrigin(alice)]);
    expect(origins[0]).toBe(editOrigin({ kind: "user", userId: "alice" }));
    expect(outlineOf(ydoc)).toEqual([
      "[home]",
      "  hero",
      "    intro",
      "    photo",
      "  faq",
      "    q1",
      "  cta",
      "[about]",
    ]);
    // the unset rich-text prop got its XmlText in that same transaction
    const props = siteMaps(ydoc).blocks.get("q1")!.get("props") as Y.Map<unknown>;
    expect(props.get("caption")).toBeInstanceOf(Y.XmlText);
    expect(readSiteDoc(ydoc).pages[0]!.blocks[1]).toEqual(block);
  });

  it("inserts before and after a sibling, into a block, and last by default", () => {
    const ydoc = site();
    insertBlock(ydoc, { id: "a", type: "image", props: {} }, { before: "photo" }, alice, options);
    insertBlock(ydoc, { id: "b", type: "image", props: {} }, { after: "photo" }, alice, options);
    insertBlock(
      ydoc,
      { id: "c", type: "image", props: {} },
      { parentId: "hero", index: 0 },
      alice,
      options,
    );
    insertBlock(ydoc, { id: "d", type: "image", props: {} }, { pageId: "about" }, alice, options);
    insertBlock(ydoc, { id: "e", type: "image", props: {} }, { pageId: "about" }, alice, options);
    expect(outlineOf(ydoc)).toEqual([
      "[home]",
      "  hero",
      "    c",
      "    intro",
      "    a",
      "    photo",
      "    b",
      "  cta",
      "[about]",
      "  d",
      "  e",
    ]);
  });

  it("refuses taken ids, unknown places and places the registry forbids, writing nothing", () => {
    const ydoc = site();
    const before = Y.encodeStateAsUpdate(ydoc);
    const attempt = (block: Block, place: Parameters<typeof insertBlock>[2]): string => {
      try {
        insertBlock(ydoc, block, place, alice, options);
        return "inserted";
      } catch (error) {
        return (error as SiteEditError).code;
      }
    };
    expect(attempt({ id: "hero", type: "image", props: {} }, { pageId: "home" })).toBe(
      "duplicate-id",
    );
    expect(
      attempt(
        { id: "x", type: "image", props: {}, children: [{ id: "x", type: "image", props: {} }] },
        { pageId: "home" },
      ),
    ).toBe("duplicate-id");
    expect(attempt({ id: "x", type: "image", props: {} }, { pageId: "nope" })).toBe("not-found");
    expect(attempt({ id: "x", type: "image", props: {} }, { after: "nope" })).toBe("not-found");
    expect(attempt({ id: "x", type: "column", props: {} }, { pageId: "home" })).toBe("not-allowed");
    expect(attempt({ id: "x", type: "image", props: {} }, { parentId: "photo" })).toBe(
      "not-allowed",
    );
    expect(attempt({ id: "bad id", type: "image", props: {} }, { pageId: "home" })).toBe("invalid");
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });

  it("moves blocks within a parent, across parents and across pages", () => {
    const ydoc = site();
    moveBlock(ydoc, "photo", { parentId: "hero", index: 0 }, alice, options);
    expect(outlineOf(ydoc)).toEqual([
      "[home]",
      "  hero",
      "    photo",
      "    intro",
      "  cta",
      "[about]",
    ]);
    moveBlock(ydoc, "cta", { before: "intro" }, alice, options);
    expect(outlineOf(ydoc)).toEqual([
      "[home]",
      "  hero",
      "    photo",
      "    cta",
      "    intro",
      "[about]",
    ]);
    moveBlock(ydoc, "hero", { pageId: "about" }, alice, options);
    expect(outlineOf(ydoc)).toEqual([
      "[home]",
      "[about]",
      "  hero",
      "    photo",
      "    cta",
      "    intro",
    ]);
    // the page hint follows the whole subtree
    expect(siteMaps(ydoc).blocks.get("intro")!.get("page")).toBe("about");
  });

  it("sets parent and order of a move in one transaction, and writes nothing for a move to where it is", () => {
    const ydoc = site();
    expect(
      transactionsOf(ydoc, () => moveBlock(ydoc, "cta", { parentId: "hero" }, bob, options)),
    ).toHaveLength(1);
    let updates = 0;
    ydoc.on("update", () => updates++);
    moveBlock(ydoc, "cta", { after: "photo" }, bob, options);
    expect(updates).toBe(0);
  });

  it("refuses to move a block into its own subtree or where the registry forbids", () => {
    const ydoc = site();
    expect(() => moveBlock(ydoc, "hero", { parentId: "hero" }, alice, options)).toThrow(
      expect.objectContaining({ code: "cycle" }),
    );
    insertBlock(
      ydoc,
      { id: "inner", type: "section", props: {} },
      { parentId: "hero" },
      alice,
      options,
    );
    expect(() => moveBlock(ydoc, "hero", { parentId: "inner" }, alice, options)).toThrow(
      expect.objectContaining({ code: "cycle" }),
    );
    expect(() => moveBlock(ydoc, "cta", { parentId: "photo" }, alice, options)).toThrow(
      expect.objectContaining({ code: "not-allowed" }),
    );
    expect(() => moveBlock(ydoc, "cta", { before: "cta" }, alice, options)).toThrow(SiteEditError);
  });

  it("resolves concurrent moves that make a cycle the same way on every replica, losing nothing", () => {
    const a = site();
    insertBlock(a, { id: "boxA", type: "section", props: {} }, { pageId: "about" }, alice, options);
    insertBlock(
      a,
      {
        id: "boxB",
        type: "section",
        props: {},
        children: [{ id: "inB", type: "image", props: {} }],
      },
      { pageId: "about" },
      alice,
      options,
    );
    const b = replicaOf(a);
    moveBlock(a, "boxA", { parentId: "boxB" }, alice, options); // A into B
    moveBlock(b, "boxB", { parentId: "boxA" }, bob, options); // B into A, concurrently
    syncAll(a, b);
    // boxA (the smaller id) is shown at the top of its page, boxB stays inside it
    const expected = [...START, "  boxA", "    boxB", "      inB"];
    expect(outlineOf(a)).toEqual(expected);
    expect(outlineOf(b)).toEqual(expected);
    // moving or removing a block of the cycle keeps what everyone saw: boxA stays on top
    const c = replicaOf(a);
    moveBlock(b, "boxB", { pageId: "about", index: 0 }, bob, options);
    syncAll(a, b);
    expect(outlineOf(a)).toEqual([...START, "  boxB", "    inB", "  boxA"]);
    removeBlock(c, "boxB", alice);
    expect(outlineOf(c)).toEqual([...START, "  boxA"]);
  });

  it("hides a block moved into a block that was removed concurrently (removal wins)", () => {
    const a = site();
    const b = replicaOf(a);
    moveBlock(a, "cta", { parentId: "hero" }, alice, options);
    removeBlock(b, "hero", bob);
    syncAll(a, b);
    expect(outlineOf(a)).toEqual(["[home]", "[about]"]);
    expect(outlineOf(b)).toEqual(outlineOf(a));
  });

  it("removes a block with its subtree", () => {
    const ydoc = site();
    removeBlock(ydoc, "hero", alice);
    expect(outlineOf(ydoc)).toEqual(["[home]", "  cta", "[about]"]);
    expect([...siteMaps(ydoc).blocks.keys()]).toEqual(["cta"]);
  });

  it("duplicates a block with its subtree, new ids, right after the original", () => {
    const ydoc = site();
    const copy = duplicateBlock(ydoc, "hero", alice, options);
    const doc = readSiteDoc(ydoc);
    const [original, duplicate] = doc.pages[0]!.blocks;
    expect(duplicate!.id).toBe(copy);
    expect(duplicate!.children!.map((b) => b.id)).not.toContain("intro");
    const strip = (b: Block): unknown => ({
      type: b.type,
      props: b.props,
      children: b.children?.map(strip),
    });
    expect(strip(duplicate!)).toEqual(strip(original!));
    // the copy's rich text is its own
    const copiedIntro = duplicate!.children![0]!.id;
    updateProps(ydoc, copiedIntro, { body: paragraphs("Changed") }, alice, options);
    expect(readSiteDoc(ydoc).pages[0]!.blocks[0]!.children![0]!.props.body).toEqual(
      paragraphs("Fresh bread every morning"),
    );
  });

  it("updates props field by field, so concurrent edits of different props both stay", () => {
    const a = site();
    const b = replicaOf(a);
    updateProps(a, "photo", { alt: "a loaf" }, alice, options);
    updateProps(b, "photo", { src: "/loaf.jpg", width: 640 }, bob, options);
    syncAll(a, b);
    const photo = readSiteDoc(b).pages[0]!.blocks[0]!.children![1]!;
    expect(photo.props).toEqual({ src: "/loaf.jpg", alt: "a loaf", width: 640 });
    updateProps(a, "photo", { width: undefined }, alice, options);
    expect(readSiteDoc(a).pages[0]!.blocks[0]!.children![1]!.props).toEqual({
      src: "/loaf.jpg",
      alt: "a loaf",
    });
  });

  it("orders concurrent inserts at the same spot by id, and can still insert between them", () => {
    const a = site();
    const b = replicaOf(a);
    insertBlock(a, { id: "zz", type: "image", props: {} }, { pageId: "about" }, alice, options);
    insertBlock(b, { id: "aa", type: "image", props: {} }, { pageId: "about" }, bob, options);
    syncAll(a, b);
    expect(outlineOf(a)).toEqual([...START, "  aa", "  zz"]);
    expect(outlineOf(b)).toEqual(outlineOf(a));
    insertBlock(a, { id: "mid", type: "image", props: {} }, { after: "aa" }, alice, options);
    expect(outlineOf(a)).toEqual([...START, "  aa", "  mid", "  zz"]);
  });

  it("makes ids that fit the document's id rule", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newBlockId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe("site operations", () => {
  it("merges concurrent theme changes colour by colour, and refuses invalid ones", () => {
    const a = site();
    const b = replicaOf(a);
    setTheme(a, { colors: { primary: "#aa0000" } }, alice);
    setTheme(b, { colors: { accent: "#00bb00" }, radius: 12 }, bob);
    syncAll(a, b);
    const theme = readSiteDoc(a).theme;
    expect(theme.colors.primary).toBe("#aa0000");
    expect(theme.colors.accent).toBe("#00bb00");
    expect(theme.radius).toBe(12);
    expect(readSiteDoc(b).theme).toEqual(theme);
    expect(() => setTheme(a, { colors: { primary: "red" } }, alice)).toThrow(
      expect.objectContaining({ code: "invalid" }),
    );
    expect(() => setTheme(a, { radius: 500 }, alice)).toThrow(/theme\.radius/);
  });

  it("updates settings", () => {
    const ydoc = site();
    updateSettings(ydoc, { name: "Bakery & Co", description: "Since 1990" }, alice);
    expect(readSiteDoc(ydoc).settings).toEqual({
      ...sampleSite().settings,
      name: "Bakery & Co",
      description: "Since 1990",
    });
    updateSettings(ydoc, { description: undefined }, alice);
    expect(readSiteDoc(ydoc).settings.description).toBeUndefined();
    expect(() => updateSettings(ydoc, { currency: "dollars" }, alice)).toThrow(
      /settings\.currency/,
    );
  });

  it("adds, renames, reorders and removes pages", () => {
    const ydoc = site();
    const contact = addPage(
      ydoc,
      { slug: "contact", title: "Contact", blocks: [{ id: "map", type: "image", props: {} }] },
      alice,
      { ...options, index: 1 },
    );
    expect(readSiteDoc(ydoc).pages.map((p) => p.id)).toEqual(["home", contact, "about"]);
    renamePage(ydoc, contact, { title: "Visit us", seo: { description: "Find the shop" } }, alice);
    renamePage(ydoc, contact, { seo: { title: "Visit" } }, bob);
    expect(readSiteDoc(ydoc).pages[1]).toEqual({
      id: contact,
      slug: "contact",
      title: "Visit us",
      seo: { description: "Find the shop", title: "Visit" },
      blocks: [{ id: "map", type: "image", props: {} }],
    });
    expect(() => renamePage(ydoc, contact, { slug: "Not A Slug" }, alice)).toThrow(/slug/);
    expect(() => renamePage(ydoc, contact, { slug: "about" }, alice)).toThrow(
      /two pages use the slug/,
    );
    reorderPages(ydoc, ["about", "home", contact], alice);
    expect(readSiteDoc(ydoc).pages.map((p) => p.id)).toEqual(["about", "home", contact]);
    expect(() => reorderPages(ydoc, ["about", "home"], alice)).toThrow(SiteEditError);
    removePage(ydoc, "home", alice);
    expect(readSiteDoc(ydoc).pages.map((p) => p.id)).toEqual(["about", contact]);
    expect(siteMaps(ydoc).blocks.has("intro")).toBe(false);
    removePage(ydoc, "about", alice);
    expect(() => removePage(ydoc, contact, alice)).toThrow(/at least one page/);
  });

  it("sets the nav, keeping entries of unchanged items", () => {
    const ydoc = site();
    const { nav } = siteMaps(ydoc);
    const home = nav.get("n1");
    setNav(
      ydoc,
      [
        { id: "n2", label: "About us", href: "/about" },
        { id: "n1", label: "Home", href: "/" },
        {
          id: "n3",
          label: "Shop",
          href: "/shop",
          children: [{ id: "n4", label: "Bread", href: "/shop/bread" }],
        },
      ],
      alice,
    );
    expect(readSiteDoc(ydoc).nav).toEqual([
      { id: "n2", label: "About us", href: "/about" },
      { id: "n1", label: "Home", href: "/" },
      {
        id: "n3",
        label: "Shop",
        href: "/shop",
        children: [{ id: "n4", label: "Bread", href: "/shop/bread" }],
      },
    ]);
    expect(nav.get("n1")).toBe(home);
    expect(() => setNav(ydoc, [{ id: "n1", label: "", href: "/" }], alice)).toThrow(
      /nav\.0\.label/,
    );
  });
});
