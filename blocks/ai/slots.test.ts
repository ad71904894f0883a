import { describe, expect, it } from "vitest";
import type { AnyBlockDefinition } from "../definition.ts";
import type { FieldDefinition } from "../fields/types.ts";
import { blockRegistry, blockTypes, parseBlockProps } from "../registry.ts";
import {
  blockText,
  copySlotsOf,
  textFieldsOf,
  textSlotsOf,
  withSlotText,
  type TextFieldSlot,
} from "./slots.ts";

/** The block's default props with two items in every list, so list slots exist. */
function withItems(definition: AnyBlockDefinition): Record<string, unknown> {
  const props: Record<string, unknown> = structuredClone(definition.defaultProps);
  const fill = (
    fields: Readonly<Record<string, FieldDefinition>>,
    into: Record<string, unknown>,
  ) => {
    for (const [name, field] of Object.entries(fields)) {
      if (field.kind !== "list") continue;
      into[name] = [0, 1].map(() => {
        const item = structuredClone(field.defaultItem) as Record<string, unknown>;
        fill(field.itemFields, item);
        return item;
      });
    }
  };
  fill(definition.fields, props);
  return props;
}

/** The concrete path of a field slot in the first list item ("items[].title" -> "items[0].title"). */
const firstItem = (slot: TextFieldSlot) => slot.path.replaceAll("[]", "[0]");

/** A field path in each of the two items of every list: "a[].b[].c" -> "a[0].b[0].c", … "a[1].b[1].c". */
function everyItem(path: string): string[] {
  const [head, ...rest] = path.split("[]");
  return rest.reduce(
    (paths, tail) => paths.flatMap((p) => [`${p}[0]${tail}`, `${p}[1]${tail}`]),
    [head!],
  );
}

/** Every field of a definition, lists walked into, with its kind and facts flag. */
function allFields(fields: Readonly<Record<string, FieldDefinition>>): FieldDefinition[] {
  return Object.values(fields).flatMap((f) =>
    f.kind === "list" ? [f, ...allFields(f.itemFields)] : [f],
  );
}

describe("copy slots from field definitions", () => {
  describe.each(blockTypes)("%s", (type) => {
    const definition = blockRegistry[type] as AnyBlockDefinition;
    const fields = textFieldsOf(definition.fields);

    it("has a slot for every text, textarea and rich-text field, facts marked", () => {
      const texts = allFields(definition.fields).filter((f) =>
        ["text", "textarea", "richtext"].includes(f.kind),
      );
      expect(fields).toHaveLength(texts.length);
      const facts = texts.filter((f) => "ai" in f && f.ai === "facts");
      expect(fields.filter((s) => s.role === "facts")).toHaveLength(facts.length);
    });

    it("gives the longest text the block's schema accepts", () => {
      const props = withItems(definition);
      expect(parseBlockProps(type, props).ok).toBe(true);
      for (const slot of fields) {
        const at = { path: firstItem(slot), kind: slot.kind };
        const fits = withSlotText(props, at, "a".repeat(slot.maxLength));
        expect(parseBlockProps(type, fits).ok, `${slot.path} at ${slot.maxLength}`).toBe(true);
        if (slot.kind === "rich") continue; // rich text bounds nodes, not characters
        const over = withSlotText(props, at, "a".repeat(slot.maxLength + 1));
        expect(parseBlockProps(type, over).ok, `${slot.path} at ${slot.maxLength + 1}`).toBe(false);
      }
    });

    it("reads back every text written into a slot, list items by index", () => {
      let props = withItems(definition);
      const written = new Map<string, string>();
      for (const slot of fields) {
        for (const path of everyItem(slot.path)) {
          const text = `words for ${path}`.slice(0, slot.maxLength);
          props = withSlotText(props, { path, kind: slot.kind }, text);
          written.set(path, text);
        }
      }
      const read = textSlotsOf(definition.fields, props);
      expect(new Map(read.map((s) => [s.path, s.text]))).toEqual(written);
    });

    it("offers the AI only copy under the props it declares as copy", () => {
      const copyProps = definition.ai.copyProps.map((c: { prop: string }) => c.prop);
      for (const slot of copySlotsOf(definition, withItems(definition))) {
        expect(slot.role).toBe("copy");
        expect(copyProps).toContain(slot.prop);
      }
    });
  });

  it("keeps prices, numbers, names and anchors out of the AI's copy", () => {
    const paths = (type: keyof typeof blockRegistry) =>
      copySlotsOf(
        blockRegistry[type] as AnyBlockDefinition,
        withItems(blockRegistry[type] as AnyBlockDefinition),
      ).map((s) => s.path);
    const pricing = paths("pricing-table");
    expect(pricing).toContain("plans[1].name");
    expect(pricing).toContain("plans[0].buttonLabel");
    expect(pricing.filter((p) => p.endsWith(".price"))).toEqual([]);
    const facts = (type: keyof typeof blockRegistry) =>
      textSlotsOf(blockRegistry[type].fields, withItems(blockRegistry[type] as AnyBlockDefinition))
        .filter((s) => s.role === "facts")
        .map((s) => s.path);
    expect(facts("stats")).toEqual(["items[0].value", "items[1].value"]);
    expect(facts("testimonials")).toContain("items[0].name");
    const section = blockRegistry.section;
    const anchored = { ...section.defaultProps, anchor: "visit-us", label: "Visit us" };
    expect(textSlotsOf(section.fields, anchored).map(({ path, role }) => [path, role])).toEqual([
      ["anchor", "facts"],
      ["label", "copy"],
    ]);
  });

  it("lists a block's slots in field order with their kinds and limits", () => {
    const hero = blockRegistry.hero as AnyBlockDefinition;
    const props = { ...hero.defaultProps, buttons: [{ label: "Shop", href: "/shop" }] };
    expect(
      copySlotsOf(hero, props).map(({ path, kind, maxLength }) => [path, kind, maxLength]),
    ).toEqual([
      ["eyebrow", "plain", 60],
      ["heading", "plain", 160],
      ["subheading", "plain", 400],
      ["buttons[0].label", "plain", 60],
    ]);
    const text = copySlotsOf(blockRegistry["rich-text"] as AnyBlockDefinition, {
      content: withSlotText({}, { path: "content", kind: "rich" }, "One.\n\nTwo.").content,
    });
    expect(text).toEqual([
      expect.objectContaining({ path: "content", kind: "rich", text: "One.\n\nTwo." }),
    ]);
  });

  it("skips values of the wrong shape instead of throwing", () => {
    const faq = blockRegistry.faq as AnyBlockDefinition;
    expect(
      textSlotsOf(faq.fields, { heading: 3, items: [null, "x", { question: "Why?" }] }).map(
        (s) => s.path,
      ),
    ).toEqual(["items[2].question"]);
  });
});

describe("a block's words, found by its fields and not by its prop names", () => {
  // Names no pattern would take for copy (or would take for a link), on purpose.
  const fields: Record<string, FieldDefinition> = {
    href: { kind: "text", label: "Tagline", maxLength: 80 },
    heading: { kind: "text", label: "Price", maxLength: 20, ai: "facts" },
    zz: { kind: "richtext", label: "Story" },
    title: { kind: "link", label: "Where it goes" },
    rows: {
      kind: "list",
      label: "Rows",
      itemLabel: "Row",
      min: 0,
      max: 4,
      defaultItem: {},
      itemFields: {
        url: { kind: "textarea", label: "Answer", maxLength: 120 },
        label: { kind: "select", label: "Style", options: [{ value: "a", label: "A" }] },
      },
    },
  };
  const props = {
    href: "Bread worth getting up for",
    heading: "€4.50",
    zz: withSlotText({}, { path: "zz", kind: "rich" }, "Baked at dawn.").zz,
    title: "/shop",
    rows: [{ url: "Yes, every day.", label: "a" }],
  };
  const odd = {
    ...(blockRegistry.heading as AnyBlockDefinition),
    fields,
    ai: {
      description: "",
      copyProps: ["href", "heading", "zz"].map((prop) => ({ prop, maxLength: 80 })),
    },
  } as AnyBlockDefinition;

  it("finds every text field whatever its name, and nothing else", () => {
    expect(blockText(fields, props)).toBe(
      "Bread worth getting up for\n€4.50\nBaked at dawn.\nYes, every day.",
    );
  });

  it("offers rewrite and translate the copy, never a facts field", () => {
    expect(copySlotsOf(odd, props).map((s) => s.path)).toEqual(["href", "zz"]);
  });
});
