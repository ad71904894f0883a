import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { loadArea, setLanguage } from "../../i18n/catalogue.ts";
import fr from "../../i18n/messages/fr/editor.json";
import { EditorScreen } from "../EditorScreen.tsx";
import { useEditor } from "../state/hooks.ts";
import { renderEditor } from "../test/editorHarness.tsx";

function Screen() {
  return <EditorScreen session={useEditor()} />;
}

/** The whole app: the editor's words are also used where extensions draw into it (commerce's picker). */
const ROOT = join(import.meta.dirname, "../..");

/** Every `editor.…` id the app's code uses (in a descriptor or a `<FormattedMessage>`). */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        for (const match of readFileSync(path, "utf8").matchAll(/\bid[=:]\s*"(editor\.[^"]+)"/g))
          ids.add(match[1]!);
      }
    }
  };
  walk(ROOT);
  return ids;
}

describe("the editor's French catalogue", () => {
  it("has every id the editor uses, and none it does not", () => {
    const used = usedIds();
    const keys = new Set(Object.keys(fr));
    expect([...used].filter((id) => !keys.has(id))).toEqual([]);
    expect([...keys].filter((id) => !used.has(id))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it("writes French typography: a narrow no-break space before : ; ? ! and inside « »", () => {
    for (const [id, text] of Object.entries(fr as Record<string, string>)) {
      // Placeholders and ICU syntax aside, the words only.
      const words = text.replace(/\{[^{}]*\}/g, "");
      expect(words, id).not.toMatch(/[^\u202f][:;?!»]|«[^\u202f]/);
    }
  });
});

describe("the editor in French", () => {
  afterEach(() => act(() => setLanguage("en")));

  it("labels its main controls in French", async () => {
    await act(async () => {
      await loadArea("editor");
      await setLanguage("fr");
    });
    await renderEditor(<Screen />);
    expect(await screen.findByRole("button", { name: "Publier" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Calques" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Ajouter" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Annuler" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Aperçu mobile" })).toBeTruthy();
    expect(screen.getByRole("complementary", { name: "Propriétés" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Retour à vos sites" })).toBeTruthy();
    expect(screen.getByText("Enregistré")).toBeTruthy();
  });
});
