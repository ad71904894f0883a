import { beforeAll, describe, expect, it } from "vitest";
import type { Block, SiteDoc } from "../../../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { richTextFromPlainText } from "../../../../blocks/shared/rich-text-value/plainText.ts";
import { defaultTheme } from "../../../../blocks/theme/index.ts";
import { readSiteDoc } from "../../../../collab/doc/mapping.ts";
import { createSiteYDoc, updateProps } from "../../../../collab/doc/ops.ts";
import { canvasSlot, pageSlots, type CanvasGeometry } from "../dnd/targets.ts";
import { deletePage, setHomePage, createPage, uniqueSlug } from "../pages/pageOps.ts";
import { localConnection } from "../session/connection.ts";
import { EditorSession } from "../session/EditorSession.ts";
import { loadSharedOps } from "../session/ops.ts";
import { parseClipboard } from "./clipboard.ts";

beforeAll(async () => {
  await loadSharedOps();
});

function block(
  id: string,
  type: string,
  props: Record<string, unknown> = {},
  children?: Block[],
): Block {
  return {
    id,
    type,
    props: { ...(structuredClone(getBlockDefinition(type)!.defaultProps) as object), ...props },
    ...(children ? { children } : {}),
  };
}

function doc(): SiteDoc {
  return {
    schemaVersion: 2,
    theme: defaultTheme,
    nav: [{ id: "n1", label: "About", href: "/about" }],
    settings: { name: "Shop", locale: "en", currency: "USD", social: [] },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [
          block("hero", "hero"),
          block("sec", "section", {}, [
            block("h", "heading", { text: "Hi" }),
            block("t", "rich-text", { content: richTextFromPlainText("Bold words") }),
          ]),
          block("ftr", "footer"),
        ],
      },
      { id: "about", slug: "about", title: "About", blocks: [] },
    ],
  };
}

function open(userId = "u1") {
  const ydoc = createSiteYDoc(doc());
  const notes: string[] = [];
  const session = new EditorSession(
    { id: "s1", name: "Shop", slug: "shop", role: "owner" },
    { id: userId, name: "Ana" },
    localConnection(ydoc),
    (message) => notes.push(message),
  );
  return { ydoc, session, notes, read: () => readSiteDoc(ydoc) };
}

const typesOf = (blocks: Block[]) => blocks.map((b) => b.type);

describe("commands", () => {
  it("duplicates, moves up and down, and deletes, keeping a selection", () => {
    const { session, read } = open();
    session.commands.select("hero");
    const copy = session.commands.duplicate("hero")!;
    expect(read().pages[0]!.blocks.map((b) => b.id)).toEqual(["hero", copy, "sec", "ftr"]);
    expect(session.ui.get().selectedId).toBe(copy);
    expect(session.commands.moveBy(copy, -1)).toBe(true);
    expect(read().pages[0]!.blocks[0]!.id).toBe(copy);
    expect(session.commands.moveBy(copy, -1)).toBe(false);
    session.commands.remove(copy);
    expect(read().pages[0]!.blocks.map((b) => b.id)).toEqual(["hero", "sec", "ftr"]);
    expect(session.ui.get().selectedId).toBe("hero");
  });

  it("gives a second hero a level-2 heading: a page has one main heading", () => {
    const { session, read } = open();
    const second = session.commands.insertNew("hero", { parentKey: "page:home", index: 1 })!;
    expect(read().pages[0]!.blocks.find((b) => b.id === second)!.props.headingLevel).toBe(2);
    session.ui.set({ pageId: "about" });
    const first = session.commands.insertNew("hero", { parentKey: "page:about", index: 0 })!;
    expect(read().pages[1]!.blocks.find((b) => b.id === first)!.props.headingLevel).toBe(1);
  });

  it("refuses places the block rules forbid, and says why", () => {
    const { session, notes, read } = open();
    expect(session.commands.move("hero", { parentKey: "sec", index: 0 })).toBe(false);
    expect(notes[0]).toMatch(/cannot go there/);
    expect(typesOf(read().pages[0]!.blocks)).toEqual(["hero", "section", "footer"]);
  });

  it("copies a block with its subtree and rich text, and pastes it with new ids on another page", () => {
    const { session, read } = open();
    const text = session.commands.copy("sec")!;
    session.ui.set({ pageId: "about", selectedId: null });
    const [pasted] = session.commands.paste(text);
    const about = read().pages[1]!.blocks;
    expect(about).toHaveLength(1);
    expect(about[0]!.id).toBe(pasted);
    expect(about[0]!.id).not.toBe("sec");
    expect(typesOf(about[0]!.children!)).toEqual(["heading", "rich-text"]);
    expect(about[0]!.children!.map((b) => b.id)).not.toContain("h");
    expect(JSON.stringify(about[0]!.children![1]!.props.content)).toContain("Bold words");
  });

  it("pastes into another site (a clipboard from elsewhere) with ids of its own", () => {
    const source = open();
    const text = source.session.commands.copy("hero")!;
    const target = open();
    target.session.commands.select("hero");
    const [pasted] = target.session.commands.paste(text);
    const blocks = target.read().pages[0]!.blocks;
    expect(blocks.map((b) => b.id)).toEqual(["hero", pasted, "sec", "ftr"]);
  });

  it("ignores clipboard text that is not blocks", () => {
    const { session, notes } = open();
    expect(session.commands.paste("just some words")).toEqual([]);
    expect(notes[0]).toMatch(/no blocks to paste/);
    expect(parseClipboard("{}")).toBeNull();
    expect(
      parseClipboard(
        JSON.stringify({
          format: "pegasus/blocks",
          version: 1,
          blocks: [{ id: "x", type: "nope", props: {} }],
        }),
      ),
    ).toEqual({ blocks: [], skipped: 1 });
  });

  it("undoes only this person's changes", () => {
    const { session, ydoc, read } = open("ana");
    session.commands.duplicate("hero");
    // Someone else (another replica's origin) edits at the same time.
    updateProps(ydoc, "h", { text: "Theirs" }, { kind: "user", userId: "bob" });
    session.commands.undo();
    const blocks = read().pages[0]!.blocks;
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.children![0]!.props.text).toBe("Theirs");
  });
});

describe("slots", () => {
  it("lists every place a block may go on a page, in reading order", () => {
    const { session } = open();
    const slots = pageSlots(session.store, "home", "heading", "h").map(
      (slot) => `${slot.parentKey}:${slot.index}`,
    );
    expect(slots).toEqual([
      "page:home:0",
      "page:home:1",
      "sec:0",
      "sec:1",
      "page:home:2",
      "page:home:3",
    ]);
    // A hero does not go into a section.
    expect(
      pageSlots(session.store, "home", "hero", "hero").every(
        (slot) => slot.parentKey === "page:home",
      ),
    ).toBe(true);
  });

  it("finds the slot under the pointer from the blocks' boxes", () => {
    const { session } = open();
    const boxes: Record<string, { left: number; top: number; width: number; height: number }> = {
      hero: { left: 0, top: 0, width: 1000, height: 400 },
      sec: { left: 0, top: 400, width: 1000, height: 300 },
      h: { left: 100, top: 440, width: 800, height: 60 },
      t: { left: 100, top: 520, width: 800, height: 140 },
      ftr: { left: 0, top: 700, width: 1000, height: 200 },
    };
    const at = (x: number, y: number): { id: string } | null => {
      const order = ["h", "t", "hero", "sec", "ftr"];
      const id = order.find((candidate) => {
        const box = boxes[candidate]!;
        return (
          x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height
        );
      });
      return id ? { id } : null;
    };
    const geometry: CanvasGeometry = { rectOf: (id) => boxes[id] ?? null, blockAt: at };
    const slot = (x: number, y: number, type: string, moving: string | null = null) =>
      canvasSlot(session.store, geometry, "home", { x, y }, type, moving);

    expect(slot(500, 100, "heading")).toEqual({ parentKey: "page:home", index: 0 });
    expect(slot(500, 300, "heading")).toEqual({ parentKey: "page:home", index: 1 });
    // Over the heading's lower half: after it, inside the section.
    expect(slot(500, 490, "heading")).toEqual({ parentKey: "sec", index: 1 });
    // In the section's padding: among its children by position.
    expect(slot(50, 680, "image")).toEqual({ parentKey: "sec", index: 2 });
    // Near the section's top edge: beside the section.
    expect(slot(50, 405, "image")).toEqual({ parentKey: "page:home", index: 1 });
    // A hero over the section's content goes beside the section, never inside.
    expect(slot(500, 600, "hero", "hero")).toEqual({ parentKey: "page:home", index: 1 });
    // Below everything: the end of the page.
    expect(slot(500, 950, "divider")).toEqual({ parentKey: "page:home", index: 3 });
  });
});

describe("pages", () => {
  it("adds a page with its title as heading, a free address and a menu link", () => {
    const { session, read } = open();
    const id = createPage(session, "About", true)!;
    const page = read().pages.find((p) => p.id === id)!;
    expect(page.slug).toBe("about-2");
    expect(page.blocks[0]!.type).toBe("section");
    expect(page.blocks[0]!.children![0]!.props).toMatchObject({ text: "About", level: 1 });
    expect(read().nav.at(-1)).toMatchObject({ label: "About", href: "/about-2" });
    expect(session.ui.get().pageId).toBe(id);
    expect(uniqueSlug("Über uns!", new Set())).toBe("uber-uns");
  });

  it("makes another page the home page in one undo step", () => {
    const { session, read } = open();
    expect(setHomePage(session, "about")).toBe(true);
    const pages = read().pages;
    expect(pages.find((p) => p.id === "about")!.slug).toBe("");
    expect(pages.find((p) => p.id === "home")!.slug).toBe("home");
    session.commands.undo();
    expect(read().pages.find((p) => p.id === "home")!.slug).toBe("");
  });

  it("deletes a page with its menu links, but never the home page", () => {
    const { session, read } = open();
    expect(deletePage(session, "home")).toBe(false);
    expect(deletePage(session, "about")).toBe(true);
    expect(read().pages.map((p) => p.id)).toEqual(["home"]);
    expect(read().nav).toEqual([]);
  });
});
