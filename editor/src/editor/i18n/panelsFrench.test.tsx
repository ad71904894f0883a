import { act, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../../i18n/catalogue.ts";
import { PageSettings } from "../pages/PageSettings.tsx";
import { PropsPanel } from "../props/PropsPanel.tsx";
import { renderEditor } from "../test/editorHarness.tsx";
import { ThemePanel } from "../theme/ThemePanel.tsx";

const N = "\u202f";

describe("the editor's panels in French", () => {
  beforeEach(async () => {
    await act(async () => {
      await Promise.all([loadArea("editor"), loadArea("blocks")]);
      await setLanguage("fr");
    });
  });
  afterEach(() => act(() => setLanguage("en")));

  it("asks for a selection in French", async () => {
    await renderEditor(<PropsPanel />);
    expect(screen.getByRole("heading", { name: "Aucune sélection" })).toBeTruthy();
  });

  it("words the list, image and link controls of the selected block in French", async () => {
    const { user } = await renderEditor(<PropsPanel />, { selected: "hero" });
    // The image control.
    expect(screen.getByText("Adresse de l’image")).toBeTruthy();
    expect(screen.getByText("Purement décorative (ignorée par les lecteurs d’écran)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Dupliquer" })).toBeTruthy();
    // The list control: its counter, its add button, each item's move and remove buttons.
    const add = screen.getByRole("button", { name: new RegExp(`^Ajouter «${N}`) });
    const list = add.closest("fieldset")!;
    expect(within(list).getByText(/^\d+ sur \d+$/)).toBeTruthy();
    const toggles = list.querySelectorAll<HTMLButtonElement>(".list-item__toggle");
    expect(toggles.length).toBeGreaterThan(0);
    if (toggles[0]!.getAttribute("aria-expanded") !== "true") await user.click(toggles[0]!);
    expect(
      within(list).getAllByRole("button", { name: new RegExp(`^Supprimer «${N}`) }),
    ).not.toHaveLength(0);
    // The link control inside the item.
    expect(within(list).getByRole("combobox", { name: new RegExp(`${N}: page$`) })).toBeTruthy();
    expect(within(list).getByRole("textbox", { name: new RegExp(`${N}: adresse$`) })).toBeTruthy();
    expect(within(list).getByRole("option", { name: "Une autre adresse…" })).toBeTruthy();
  });

  it("words the theme panel in French", async () => {
    await renderEditor(<ThemePanel />);
    expect(screen.getByRole("heading", { name: "Couleurs" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Polices" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Forme" })).toBeTruthy();
    expect(screen.getByText("Arrondi des angles")).toBeTruthy();
    expect(screen.getByLabelText("Fond de page (couleur)")).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "Forme des boutons" })).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Arrondi" })).toBeTruthy();
  });

  it("words the page settings in French, with plural length hints", async () => {
    await renderEditor(<PageSettings />);
    expect(screen.getByRole("heading", { name: "Page" })).toBeTruthy();
    expect(screen.getByLabelText("Nom de la page")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Moteurs de recherche" })).toBeTruthy();
    expect(screen.getByLabelText("Titre dans les résultats de recherche")).toBeTruthy();
    expect(screen.getByText("Masquer cette page des moteurs de recherche")).toBeTruthy();
    expect(screen.getAllByText(/caractères?\s:/).length).toBeGreaterThan(0);
  });
});
