import type { AnyBlockDefinition } from "../definition.ts";
import type { FieldDefinition } from "../fields/types.ts";
import { richTextFromPlainText, richTextToPlainText } from "../shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../shared/rich-text-value/schema.ts";

/**
 * Where a block's words are, read from its field definitions: the one answer rewrite,
 * translate, describe-change and fill use to find text, its length limit and whether the AI may
 * change it. Nothing here reads the zod schema or guesses from a prop's name; the tests check
 * that every limit given here is the one the block's schema enforces.
 */

/** Plain text (a text or textarea field), or rich text edited as plain text by the AI. */
export type SlotKind = "plain" | "rich";

/** "copy": words the AI may rewrite or translate; "facts": words it leaves as they are. */
export type SlotRole = "copy" | "facts";

/**
 * The most plain text the AI writes into one rich-text prop. Rich text has no length limit of
 * its own (its schema bounds nodes, not characters); this keeps one answer to a readable size.
 */
export const RICH_TEXT_AI_MAX = 4_000;

/** A text field of a block type: `path` is "heading", or "items[].title" inside a list. */
export interface TextFieldSlot {
  path: string;
  /** The top-level prop it belongs to. */
  prop: string;
  kind: SlotKind;
  maxLength: number;
  role: SlotRole;
}

/** One text in a block's props: `path` is "heading", or "items[2].title" inside a list. */
export interface TextSlot extends TextFieldSlot {
  /** What it says now (rich text as plain text). */
  text: string;
}

/** Every text field under `fields`, lists walked into, in the order the fields are declared. */
export function textFieldsOf(fields: Readonly<Record<string, FieldDefinition>>): TextFieldSlot[] {
  const out: TextFieldSlot[] = [];
  const walk = (
    inner: Readonly<Record<string, FieldDefinition>>,
    prefix: string,
    prop?: string,
  ) => {
    for (const [name, field] of Object.entries(inner)) {
      const path = `${prefix}${name}`;
      const top = prop ?? name;
      if (field.kind === "text" || field.kind === "textarea") {
        const role = field.ai === "facts" ? "facts" : "copy";
        out.push({ path, prop: top, kind: "plain", maxLength: field.maxLength, role });
      } else if (field.kind === "richtext") {
        out.push({ path, prop: top, kind: "rich", maxLength: RICH_TEXT_AI_MAX, role: "copy" });
      } else if (field.kind === "list") {
        walk(field.itemFields, `${path}[].`, top);
      }
    }
  };
  walk(fields, "");
  return out;
}

/**
 * Every non-empty text in `props`, found through `fields`: one slot per list item
 * ("items[2].title"), rich text read as plain text. Values of the wrong shape are skipped, so
 * stored props that do not parse never throw here.
 */
export function textSlotsOf(
  fields: Readonly<Record<string, FieldDefinition>>,
  props: Readonly<Record<string, unknown>>,
): TextSlot[] {
  const out: TextSlot[] = [];
  for (const field of textFieldsOf(fields)) {
    for (const { path, value } of valuesAt(props, field.path)) {
      const text =
        field.kind === "rich"
          ? isRichText(value)
            ? richTextToPlainText(value)
            : ""
          : typeof value === "string"
            ? value
            : "";
      if (text.trim()) out.push({ ...field, path, text });
    }
  }
  return out;
}

/**
 * Every word `props` say, found through `fields` (copy and facts alike, rich text as plain text),
 * one text a line in the order a reader meets them (a list item by item): what the AI's checks
 * compare before and after a change, so a fact stated anywhere in the block counts and links,
 * images and settings never do.
 */
export function blockText(
  fields: Readonly<Record<string, FieldDefinition>>,
  props: Readonly<Record<string, unknown>>,
): string {
  const parts: string[] = [];
  const read = (inner: Readonly<Record<string, FieldDefinition>>, values: unknown) => {
    if (!values || typeof values !== "object" || Array.isArray(values)) return;
    for (const [name, field] of Object.entries(inner)) {
      const value = (values as Record<string, unknown>)[name];
      const text =
        field.kind === "text" || field.kind === "textarea"
          ? typeof value === "string"
            ? value
            : ""
          : field.kind === "richtext" && isRichText(value)
            ? richTextToPlainText(value)
            : "";
      if (text.trim()) parts.push(text.trim());
      if (field.kind === "list" && Array.isArray(value))
        for (const item of value) read(field.itemFields, item);
    }
  };
  read(fields, props);
  return parts.join("\n");
}

/**
 * The texts the AI may write on a block: its copy slots under the props it declares as copy
 * (`ai.copyProps`), or under `only` of those. Facts stay out.
 */
export function copySlotsOf(
  definition: AnyBlockDefinition,
  props: Readonly<Record<string, unknown>>,
  only?: readonly string[],
): TextSlot[] {
  const copyProps = new Set(
    definition.ai.copyProps
      .map((c: { prop: string }) => c.prop)
      .filter((prop: string) => !only || only.includes(prop)),
  );
  return textSlotsOf(definition.fields, props).filter(
    (slot) => slot.role === "copy" && copyProps.has(slot.prop),
  );
}

/** `props` with the text at a slot replaced (rich text written back as paragraphs); a copy. */
export function withSlotText(
  props: Readonly<Record<string, unknown>>,
  slot: Pick<TextSlot, "path" | "kind">,
  text: string,
): Record<string, unknown> {
  const value = slot.kind === "rich" ? richTextFromPlainText(text) : text;
  return setAt(props, pathParts(slot.path), value) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------

type Part = string | number;

/** "items[2].title" -> ["items", 2, "title"]; "items[].title" -> ["items", "[]", "title"]. */
function pathParts(path: string): Part[] {
  const parts: Part[] = [];
  for (const segment of path.split(".")) {
    const match = /^([^[]+)((?:\[\d*\])*)$/.exec(segment);
    if (!match) throw new Error(`"${path}" is not a slot path`);
    parts.push(match[1]!);
    for (const index of match[2]!.match(/\[\d*\]/g) ?? [])
      parts.push(index === "[]" ? "[]" : Number(index.slice(1, -1)));
  }
  return parts;
}

/** The values a field path ("items[].title") points at in `props`, each with its concrete path. */
function valuesAt(
  props: Readonly<Record<string, unknown>>,
  fieldPath: string,
): { path: string; value: unknown }[] {
  let found: { path: string; value: unknown }[] = [{ path: "", value: props }];
  for (const part of pathParts(fieldPath)) {
    found = found.flatMap(({ path, value }) => {
      if (part === "[]")
        return Array.isArray(value)
          ? value.map((item: unknown, i) => ({ path: `${path}[${i}]`, value: item }))
          : [];
      if (!value || typeof value !== "object" || Array.isArray(value)) return [];
      const inner = (value as Record<string, unknown>)[part];
      return [{ path: path ? `${path}.${part}` : String(part), value: inner }];
    });
  }
  return found;
}

function setAt(target: unknown, parts: readonly Part[], value: unknown): unknown {
  if (parts.length === 0) return value;
  const [head, ...rest] = parts as [Part, ...Part[]];
  if (typeof head === "number") {
    if (!Array.isArray(target)) throw new Error(`no list at [${head}]`);
    return target.map((item: unknown, i) => (i === head ? setAt(item, rest, value) : item));
  }
  const object = (target && typeof target === "object" ? target : {}) as Record<string, unknown>;
  return { ...object, [head]: setAt(object[head], rest, value) };
}

function isRichText(value: unknown): value is RichTextState {
  return !!value && typeof value === "object" && "root" in value;
}
