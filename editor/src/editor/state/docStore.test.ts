import { describe, expect, it } from "vitest";
import { getBlockDefinition } from "../../../../blocks/registry.ts";
import { defaultTheme } from "../../../../blocks/theme/index.ts";
import type { Block, SiteDoc } from "../../../../blocks/doc/schema.ts";
import {
  createSiteYDoc,
  insertBlock,
  moveBlock,
  setTheme,
  updateProps,
} from "../../../../collab/doc/ops.ts";
import { DocStore } from "./docStore.ts";

const me = { kind: "user", userId: "u1" } as const;

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
    nav: [],
    settings: { name: "Shop", locale: "en", currency: "USD", social: [] },
    pages: [
      {
        id: "home",
        slug: "",
        title: "Home",
        blocks: [
          block("a", "heading", { text: "A" }),
          block("s", "section", {}, [block("b", "heading", { text: "B" })]),
        ],
      },
    ],
  };
}

/** Counts notifications per key. */
function counter() {
  const counts = new Map<string, number>();
  return {
    counts,
    listener: (key: string) => () => counts.set(key, (counts.get(key) ?? 0) + 1),
  };
}

describe("DocStore", () => {
  it("reads blocks with their props parsed and defaults filled in", () => {
    const store = new DocStore(createSiteYDoc(doc()));
    const a = store.getBlock("a")!;
    expect(a.type).toBe("heading");
    expect(a.parsed.ok && a.parsed.props.text).toBe("A");
    expect(store.getChildren("page:home")).toEqual(["a", "s"]);
    expect(store.getChildren("s")).toEqual(["b"]);
    // The same snapshot until the block changes: React can skip work by identity.
    expect(store.getBlock("a")).toBe(a);
  });

  it("tells only the edited block's subscribers about a props change", () => {
    const ydoc = createSiteYDoc(doc());
    const store = new DocStore(ydoc);
    const { counts, listener } = counter();
    for (const id of ["a", "b", "s"]) store.subscribeBlock(id, listener(id));
    for (const parent of ["page:home", "s"])
      store.subscribeChildren(parent, listener(`children:${parent}`));
    let tree = 0;
    store.subscribeTree(() => tree++);
    const before = store.getBlock("a");

    updateProps(ydoc, "b", { text: "Bee" }, me);

    expect(Object.fromEntries(counts)).toEqual({ b: 1 });
    expect(tree).toBe(0);
    expect(store.getBlock("a")).toBe(before);
    expect(store.getBlock("b")!.parsed.ok && store.getBlock("b")!.props.text).toBe("Bee");
  });

  it("tells the parents whose children changed about a move, and nobody else", () => {
    const ydoc = createSiteYDoc(doc());
    const store = new DocStore(ydoc);
    const { counts, listener } = counter();
    for (const id of ["a", "b", "s"]) store.subscribeBlock(id, listener(id));
    for (const parent of ["page:home", "s"]) store.subscribeChildren(parent, listener(parent));

    moveBlock(ydoc, "a", { parentId: "s", index: 1 }, me);

    expect(Object.fromEntries(counts)).toEqual({ "page:home": 1, s: 1 });
    expect(store.getChildren("page:home")).toEqual(["s"]);
    expect(store.getChildren("s")).toEqual(["b", "a"]);
    expect(store.ancestorsOf("a")).toEqual(["s"]);
  });

  it("adds new blocks to the tree at once", () => {
    const ydoc = createSiteYDoc(doc());
    const store = new DocStore(ydoc);
    insertBlock(ydoc, block("c", "divider"), { pageId: "home", index: 0 }, me);
    expect(store.getChildren("page:home")).toEqual(["c", "a", "s"]);
    expect(store.isShown("c")).toBe(true);
  });

  it("keeps the theme and reports a change of it", () => {
    const ydoc = createSiteYDoc(doc());
    const store = new DocStore(ydoc);
    let changes = 0;
    store.subscribeTheme(() => changes++);
    setTheme(ydoc, { colors: { primary: "#112233" } }, me);
    expect(changes).toBe(1);
    expect(store.getTheme().colors.primary).toBe("#112233");
  });

  it("reports a block whose props are invalid instead of throwing", () => {
    const ydoc = createSiteYDoc(doc());
    const store = new DocStore(ydoc);
    updateProps(ydoc, "a", { level: 9 }, me);
    const a = store.getBlock("a")!;
    expect(a.parsed.ok).toBe(false);
  });
});
