import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../../i18n/catalogue.ts";
import { renderEditor } from "../test/editorHarness.tsx";
import { BlockLibrary } from "./BlockLibrary.tsx";
import { RightPanel } from "./RightPanel.tsx";

describe("the right panel and the block library in French", () => {
  afterEach(() => setLanguage("en"));

  it("names the extensions' tabs and says the cards can be moved, in French", async () => {
    await Promise.all((["editor", "blocks", "ai", "media", "review"] as const).map(loadArea));
    await setLanguage("fr");
    await renderEditor(
      <>
        <RightPanel />
        <BlockLibrary />
      </>,
    );
    const tabs = within(screen.getByRole("tablist")).getAllByRole("tab");
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "Bloc",
      "Page",
      "IA",
      "Commentaires",
      "Logo",
    ]);
    const cards = within(screen.getByRole("list", { name: "Blocs" })).getAllByRole("button");
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.getAttribute("aria-roledescription")).toBe("déplaçable");
  });
});
