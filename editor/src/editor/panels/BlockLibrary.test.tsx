import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { findBlock, renderEditor, tick } from "../test/editorHarness.tsx";
import { BlockLibrary, filterLibrary } from "./BlockLibrary.tsx";

const cardNames = () =>
  within(screen.getByRole("list", { name: "Blocks" }))
    .getAllByRole("button")
    .map((card) => card.getAttribute("aria-label")?.split(":")[0]);

describe("the block library", () => {
  it("offers every block that can go on a page, each with its description", async () => {
    await renderEditor(<BlockLibrary />);
    const names = cardNames();
    expect(names).toContain("Hero");
    expect(names).toContain("Section");
    expect(names).toContain("Product grid");
    // A column only exists inside Columns: it is not offered on its own.
    expect(names).not.toContain("Column");
    expect(screen.getByRole("button", { name: /^Hero: The big opening of a page/ })).toBeTruthy();
  });

  it("filters by words in the name or the description", async () => {
    const { user } = await renderEditor(<BlockLibrary />);
    await user.type(screen.getByRole("searchbox", { name: "Search blocks" }), "question");
    expect(cardNames()).toEqual(["FAQ"]);
    await user.clear(screen.getByRole("searchbox", { name: "Search blocks" }));
    await user.type(screen.getByRole("searchbox", { name: "Search blocks" }), "zebra");
    expect(screen.getByText(/No block matches “zebra”/)).toBeTruthy();
  });

  it("shows one category at a time", async () => {
    const { user } = await renderEditor(<BlockLibrary />);
    await user.click(screen.getByRole("button", { name: "Layout" }));
    expect(screen.getByRole("button", { name: "Layout" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    const layout = cardNames();
    expect(layout).toEqual(
      expect.arrayContaining(["Section", "Columns", "Grid", "Spacer", "Divider"]),
    );
    expect(layout).not.toContain("Hero");
    await user.click(screen.getByRole("button", { name: "Shop" }));
    expect(cardNames()).toContain("Product grid");
    expect(cardNames()).not.toContain("Section");
  });

  it("adds a block after the selected one on click, and selects it", async () => {
    const { user, session, doc } = await renderEditor(<BlockLibrary />, { selected: "hero" });
    await user.click(screen.getByRole("button", { name: /^Heading: / }));
    const blocks = doc().pages[0]!.blocks;
    expect(blocks.map((block) => block.type)).toEqual([
      "header",
      "hero",
      "heading",
      "section",
      "footer",
    ]);
    expect(session.ui.get().selectedId).toBe(blocks[2]!.id);
  });

  it("adds inside a selected container where the block may go", async () => {
    const { user, doc } = await renderEditor(<BlockLibrary />, { selected: "h2" });
    await user.click(screen.getByRole("button", { name: /^Image: / }));
    const section = findBlock(doc().pages[0]!.blocks, "sec")!;
    expect(section.children!.map((block) => block.type)).toEqual(["heading", "image", "rich-text"]);
  });

  it("adds with Enter, and a Columns block comes with two columns", async () => {
    const { user, doc, session } = await renderEditor(<BlockLibrary />);
    act(() => session.commands.select(null));
    const card = screen.getByRole("button", { name: /^Columns: / });
    card.focus();
    await user.keyboard("{Enter}");
    const blocks = doc().pages[0]!.blocks;
    // Without a selection, new blocks go at the end of the page, above its footer.
    const columns = blocks[blocks.length - 2]!;
    expect(columns.type).toBe("columns");
    expect(columns.children!.map((block) => block.type)).toEqual(["column", "column"]);
    expect(blocks[blocks.length - 1]!.type).toBe("footer");
  });

  it("places a new block with the keyboard: Space, arrows, Space", async () => {
    const { user, doc } = await renderEditor(<BlockLibrary />, { selected: "hero" });
    const card = screen.getByRole("button", { name: /^Divider: / });
    card.focus();
    await user.keyboard("[Space]");
    await tick();
    const live = document.getElementById("editor-announcements")!;
    expect(live.textContent).toMatch(/Picked up Divider/);
    await user.keyboard("[ArrowUp]");
    await tick();
    expect(live.textContent).toBe("Divider: on the page, position 2 of 5.");
    await user.keyboard("[Space]");
    await tick();
    expect(doc().pages[0]!.blocks.map((block) => block.type)).toEqual([
      "header",
      "divider",
      "hero",
      "section",
      "footer",
    ]);
  });

  it("cannot add anything for a viewer", async () => {
    const { user, doc, notes } = await renderEditor(<BlockLibrary />, { role: "viewer" });
    await user.click(screen.getByRole("button", { name: /^Heading: / }));
    expect(doc().pages[0]!.blocks).toHaveLength(4);
    expect(notes).toContain("You can look at this site, but not change it.");
  });
});

describe("filterLibrary", () => {
  it("needs every word to match", () => {
    expect(filterLibrary("product grid", "all").map((entry) => entry.type)).toEqual([
      "product-grid",
    ]);
    expect(filterLibrary("", "site").map((entry) => entry.type)).toEqual([
      "announcement-bar",
      "header",
      "footer",
    ]);
  });
});
