import { render, screen } from "@testing-library/react";
import { IntlProvider } from "react-intl";
import { describe, expect, it } from "vitest";
import type { FieldDefinition, ListField } from "../../../blocks/fields/types.ts";
import fr from "./messages/fr/blocks.json";
import { blockCatalogueEnglish, localizeBlock, translator, useBlockWords } from "./blockWords.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the block library's words", () => {
  const english = blockCatalogueEnglish();
  const french = fr as Record<string, string>;

  it("has every block name, description, field label, help, hint, option and flag in French", () => {
    const missing = Object.keys(english).filter((id) => !(id in french));
    expect(missing).toEqual([]);
    // a field and a block name of the registry, so the walk itself cannot go empty
    expect(english["blocks.hero.name"]).toBe("Hero");
    expect(english["blocks.hero.field.layout.option.image-left"]).toBe("Image on the left");
    expect(english["blocks.hero.field.buttons.variant.option.primary"]).toBe("Filled");
    expect(english["blocks.pricing-table.field.plans.flag.0.label"]).toBe("Sample");
  });

  it("keeps no stale id, and each word keeps its placeholders and French typography", () => {
    expect(Object.keys(french).filter((id) => !(id in english))).toEqual([]);
    for (const [id, word] of Object.entries(french)) {
      expect(word.trim(), id).not.toBe("");
      expect(placeholders(word), id).toEqual(placeholders(english[id]!));
      // French puts a narrow no-break space (U+202F) before : ; ? ! and inside « »
      expect(word, id).not.toMatch(/[ \u00a0][:;?!]|[^\u202f][;?!]|«[^\u202f]|[^\u202f]»/);
    }
  });

  it("translates a definition's fields deep down, falling back to English per missing word", () => {
    const t = translator("fr", { ...french, "blocks.hero.field.heading.label": undefined });
    const hero = localizeBlock("hero", t)!;
    const fields = hero.fields as Record<string, FieldDefinition>;
    expect(hero.name).toBe("Bannière d’accueil");
    expect(fields.heading!.label).toBe("Heading");
    const buttons = fields.buttons as ListField;
    expect(buttons.itemLabel).toBe("Bouton");
    const variant = buttons.itemFields.variant as Extract<FieldDefinition, { kind: "select" }>;
    expect(variant.options.find((o) => o.value === "outline")!.label).toBe("Contour");
    const align = fields.align as Extract<FieldDefinition, { kind: "responsive" }>;
    expect(align.field.kind === "select" && align.field.options[0]!.label).toBe("Gauche");

    const plans = localizeBlock("pricing-table", t)!.fields.plans as ListField;
    expect(plans.itemFlags?.[0]?.label).toBe("Exemple");
  });

  it("speaks the provider's language in components", () => {
    function Names() {
      const words = useBlockWords();
      return (
        <p>
          {words.name("faq")} / {words.category("site")} / {words.name("nope")}
        </p>
      );
    }
    render(
      <IntlProvider locale="fr" messages={french}>
        <Names />
      </IntlProvider>,
    );
    expect(screen.getByText("FAQ / En-tête et pied de page / nope")).toBeTruthy();
  });
});
