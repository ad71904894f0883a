import { act, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderEditor, tick } from "../test/editorHarness.tsx";
import { LayersTree } from "./LayersTree.tsx";

const ids = (blocks: Array<{ id: string; children?: unknown[] }>) =>
  blocks.map((block) => block.id);
const rowNames = () => screen.getAllByRole("treeitem").map((row) => row.getAttribute("aria-label"));

describe("the layers tree", () => {
  it("lists the open page's blocks, with their text, containers closed", async () => {
    await renderEditor(<LayersTree />);
    expect(screen.getByRole("tree", { name: "Layers of Home" })).toBeTruthy();
    expect(rowNames()).toEqual([
      "Header",
      "Hero: Slow coffee",
      "Section",
      expect.stringMatching(/^Footer/),
    ]);
    const section = screen.getByRole("treeitem", { name: "Section" });
    expect(section.getAttribute("aria-expanded")).toBe("false");
    expect(section.getAttribute("aria-level")).toBe("1");
  });

  it("opens a container to show its blocks one level deeper", async () => {
    const { user } = await renderEditor(<LayersTree />);
    await user.click(screen.getByRole("button", { name: "Open Section" }));
    const section = screen.getByRole("treeitem", { name: "Section" });
    expect(section.getAttribute("aria-expanded")).toBe("true");
    const heading = screen.getByRole("treeitem", { name: "Heading: Our story" });
    expect(heading.getAttribute("aria-level")).toBe("2");
    expect(screen.getByRole("treeitem", { name: "Text" })).toBeTruthy();
  });

  it("selects a block on click, and opens the containers above a block selected elsewhere", async () => {
    const { user, session } = await renderEditor(<LayersTree />);
    await user.click(screen.getByRole("treeitem", { name: "Hero: Slow coffee" }));
    expect(session.ui.get().selectedId).toBe("hero");
    expect(
      screen.getByRole("treeitem", { name: "Hero: Slow coffee" }).getAttribute("aria-selected"),
    ).toBe("true");

    act(() => session.commands.select("txt"));
    expect(screen.getByRole("treeitem", { name: "Text" }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(screen.getByRole("treeitem", { name: "Section" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
  });

  it("moves the selection with the arrow keys, into and out of containers", async () => {
    const { user, session } = await renderEditor(<LayersTree />);
    await user.click(screen.getByRole("treeitem", { name: "Hero: Slow coffee" }));
    await user.keyboard("{ArrowDown}");
    expect(session.ui.get().selectedId).toBe("sec");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("treeitem", { name: "Section" }).getAttribute("aria-expanded")).toBe(
      "true",
    );
    await user.keyboard("{ArrowRight}");
    expect(session.ui.get().selectedId).toBe("h2");
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Heading: Our story");
    await user.keyboard("{ArrowLeft}");
    expect(session.ui.get().selectedId).toBe("sec");
  });

  it("follows the document: a block added or removed by anyone shows at once", async () => {
    const { session } = await renderEditor(<LayersTree />);
    act(() => {
      session.commands.insertNew("divider", { parentKey: "page:home", index: 1 });
    });
    expect(rowNames().slice(0, 3)).toEqual(["Header", "Divider", "Hero: Slow coffee"]);
    act(() => session.commands.remove("hero"));
    expect(rowNames()).not.toContain("Hero: Slow coffee");
  });

  it("moves a block with the keyboard alone: Space, arrows, Space, announced as it goes", async () => {
    const { user, doc } = await renderEditor(<LayersTree />);
    const hero = screen.getByRole("treeitem", { name: "Hero: Slow coffee" });
    await user.click(hero);
    hero.focus();
    await user.keyboard("[Space]");
    await tick();
    const live = document.getElementById("editor-announcements")!;
    expect(live.textContent).toMatch(/Picked up Hero\. It is on the page, position 2 of 4/);

    await user.keyboard("[ArrowDown]");
    await tick();
    // A hero cannot go into the section: the next place down is after it.
    expect(live.textContent).toBe("Hero: on the page, position 3 of 4.");
    await user.keyboard("[Space]");
    await tick();
    expect(live.textContent).toBe("Dropped Hero on the page, position 3 of 4.");
    expect(ids(doc().pages[0]!.blocks)).toEqual(["hdr", "sec", "hero", "ftr"]);
    expect(rowNames()[2]).toBe("Hero: Slow coffee");
    // The moved row gets the focus back on the next frame.
    await tick(50);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Hero: Slow coffee");
  });

  it("moves a block out of a container and into another place with the keyboard", async () => {
    const { user, doc, session } = await renderEditor(<LayersTree />);
    act(() => session.commands.select("h2"));
    const heading = screen.getByRole("treeitem", { name: "Heading: Our story" });
    heading.focus();
    await user.keyboard("[Space]");
    await tick();
    const live = document.getElementById("editor-announcements")!;
    expect(live.textContent).toMatch(/It is inside Section, position 1 of 2/);
    await user.keyboard("[ArrowUp]");
    await tick();
    expect(live.textContent).toBe("Heading: on the page, position 3 of 5.");
    await user.keyboard("[ArrowDown]");
    await user.keyboard("[ArrowDown]");
    await tick();
    expect(live.textContent).toBe("Heading: inside Section, position 2 of 2.");
    await user.keyboard("[Enter]");
    await tick();
    const section = doc().pages[0]!.blocks.find((block) => block.id === "sec")!;
    expect(ids(section.children as never)).toEqual(["txt", "h2"]);
    await tick(50);
  });

  it("puts a block back where it was when the keyboard move is cancelled", async () => {
    const { user, doc } = await renderEditor(<LayersTree />);
    const hero = screen.getByRole("treeitem", { name: "Hero: Slow coffee" });
    await user.click(hero);
    hero.focus();
    await user.keyboard("[Space]");
    await tick();
    await user.keyboard("[ArrowDown]");
    await user.keyboard("[Escape]");
    await tick();
    expect(document.getElementById("editor-announcements")!.textContent).toMatch(/Cancelled/);
    expect(ids(doc().pages[0]!.blocks)).toEqual(["hdr", "hero", "sec", "ftr"]);
  });

  it("tells where to add blocks when the page is empty", async () => {
    const { session } = await renderEditor(<LayersTree />);
    act(() => session.ui.set({ pageId: "about" }));
    act(() => session.commands.remove("ah"));
    expect(screen.getByText(/No blocks on this page yet/)).toBeTruthy();
    expect(within(screen.getByRole("tree")).queryAllByRole("treeitem")).toHaveLength(0);
  });
});
