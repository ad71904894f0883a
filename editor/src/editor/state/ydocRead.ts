/**
 * Reading the site's Y.Doc for display, without Lexical. `collab/doc/mapping.ts` reads rich text
 * through a headless Lexical editor (the canonical form); the editor's first screen must not wait
 * for Lexical (it ships in a chunk of its own), so the canvas reads rich-text props straight from
 * their Y.XmlText, which is laid out as Lexical's V1 Yjs binding lays it out:
 *
 *   element node  Y.XmlText, its properties as attributes (`__type`, `__format`, `__tag`, ...),
 *                 its children in its content
 *   text node     Y.Map of properties (`__type: "text"`, `__format`, ...) followed by its text
 *   line break    Y.Map with `__type: "linebreak"`
 *
 * The result has every field `richTextToHtml` reads; copying, AI and the server use the canonical
 * reader (`readProps` of collab/doc/mapping.ts). A test checks both print the same HTML.
 */
import type {
  RichTextState,
  SerializedRichTextNode,
} from "../../../../blocks/shared/rich-text-value/schema.ts";
import {
  BLOCK_ORDER,
  BLOCK_PAGE,
  BLOCK_PARENT,
  BLOCK_PROPS,
  BLOCK_TYPE,
  ENTRY_FIELDS,
  ENTRY_ORDER,
  stringField,
  type SiteMaps,
} from "../../../../collab/doc/layout.ts";
import { readRecord } from "../../../../collab/doc/records.ts";
import { deriveTree, type BlockNode, type BlockTree } from "../../../../collab/doc/tree.ts";
import * as Y from "yjs";

/** Lexical's element format numbers, as `ElementNode.getFormatType()` names them. */
const ELEMENT_FORMATS: Record<number, string> = {
  1: "left",
  2: "center",
  3: "right",
  4: "justify",
  5: "start",
  6: "end",
};

type Node = SerializedRichTextNode & Record<string, unknown>;

function propertiesOf(
  record: Record<string, unknown>,
  skip: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith("__") || skip.has(key)) continue;
    if (value instanceof Y.AbstractType) continue; // node state and nested editors: not displayed
    out[key.slice(2)] = value;
  }
  return out;
}

const ELEMENT_SKIP = new Set(["__type", "__format", "__dir", "__indent"]);
const TEXT_SKIP = new Set(["__type", "__format", "__style", "__mode", "__detail"]);

function readChildren(xmlText: Y.XmlText): Node[] {
  const out: Node[] = [];
  let text: Node | null = null;
  for (const op of xmlText.toDelta() as Array<{ insert: unknown }>) {
    const value = op.insert;
    if (typeof value === "string") {
      if (text) text.text = `${String(text.text ?? "")}${value}`;
      continue;
    }
    text = null;
    if (value instanceof Y.XmlText) {
      out.push(readElement(value));
    } else if (value instanceof Y.Map) {
      const props = Object.fromEntries(value.entries()) as Record<string, unknown>;
      const type = typeof props.__type === "string" ? props.__type : "";
      if (type === "text") {
        text = {
          ...propertiesOf(props, TEXT_SKIP),
          type: "text",
          text: "",
          format: typeof props.__format === "number" ? props.__format : 0,
          style: typeof props.__style === "string" ? props.__style : "",
          mode: "normal",
          detail: typeof props.__detail === "number" ? props.__detail : 0,
          version: 1,
        };
        out.push(text);
      } else if (type) {
        out.push({ ...propertiesOf(props, ELEMENT_SKIP), type, version: 1 });
      }
    }
    // Decorator nodes (Y.XmlElement) draw nothing in the storefront's rich text.
  }
  return out;
}

function readElement(xmlText: Y.XmlText): Node {
  const attributes = xmlText.getAttributes() as Record<string, unknown>;
  const format = attributes.__format;
  return {
    ...propertiesOf(attributes, ELEMENT_SKIP),
    type: typeof attributes.__type === "string" ? attributes.__type : "paragraph",
    children: readChildren(xmlText),
    format:
      typeof format === "number"
        ? (ELEMENT_FORMATS[format] ?? "")
        : typeof format === "string"
          ? format
          : "",
    indent: typeof attributes.__indent === "number" ? attributes.__indent : 0,
    direction: typeof attributes.__dir === "string" ? attributes.__dir : null,
    version: 1,
  };
}

/** A rich-text prop for display, or undefined when it is unset (an empty XmlText). */
export function readRichTextForDisplay(xmlText: Y.XmlText): RichTextState | undefined {
  if (xmlText.length === 0) return undefined;
  return {
    root: {
      type: "root",
      children: readChildren(xmlText),
      format: "",
      indent: 0,
      direction: null,
      version: 1,
    },
  };
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A block's props as JSON for display (rich text through `readRichTextForDisplay`). */
export function readPropsForDisplay(entry: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = entry.get(BLOCK_PROPS);
  if (!(props instanceof Y.Map)) return out;
  for (const [key, value] of (props as Y.Map<unknown>).entries()) {
    let read: unknown;
    if (value instanceof Y.XmlText) read = readRichTextForDisplay(value);
    else if (value instanceof Y.Map) read = readRecord(value as Y.Map<unknown>);
    else read = cloneJson(value);
    if (read !== undefined)
      Object.defineProperty(out, key, {
        value: read,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** The derived block tree (collab/doc/tree.ts rules) of the doc's block and page maps. */
export function readBlockTree(maps: SiteMaps): BlockTree {
  const nodes = new Map<string, BlockNode>();
  for (const [id, entry] of maps.blocks.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    nodes.set(id, {
      id,
      type: stringField(entry, BLOCK_TYPE) ?? "",
      parent: stringField(entry, BLOCK_PARENT) ?? "",
      order: stringField(entry, BLOCK_ORDER) ?? "",
      page: stringField(entry, BLOCK_PAGE) ?? "",
    });
  }
  const pageIds = new Set<string>();
  for (const [id, entry] of maps.pages.entries()) if (entry instanceof Y.Map) pageIds.add(id);
  return deriveTree(nodes, pageIds);
}

/** The entries of the pages or nav map in their order, with their fields as JSON. */
export function readOrderedEntries(
  map: Y.Map<Y.Map<unknown>>,
): Array<{ id: string; fields: Record<string, unknown> }> {
  const entries: Array<{ id: string; order: string; fields: Record<string, unknown> }> = [];
  for (const [id, entry] of map.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const fields = entry.get(ENTRY_FIELDS);
    entries.push({
      id,
      order: stringField(entry, ENTRY_ORDER) ?? "",
      fields: fields instanceof Y.Map ? readRecord(fields as Y.Map<unknown>) : {},
    });
  }
  entries.sort((a, b) =>
    a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return entries.map(({ id, fields }) => ({ id, fields }));
}
