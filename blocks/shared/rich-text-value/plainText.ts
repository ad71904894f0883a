import { RICH_TEXT_BLOCK_NODE_TYPES } from "../../../domain/rich-text.ts";
import type { RichTextState, SerializedRichTextNode } from "./schema.ts";

/** Lexical's full serialized form, so the editor can load these states without repair. */
function textNode(text: string): SerializedRichTextNode {
  return { detail: 0, format: 0, mode: "normal", style: "", text, type: "text", version: 1 };
}

function paragraph(children: SerializedRichTextNode[]): SerializedRichTextNode {
  return {
    children,
    direction: null,
    format: "",
    indent: 0,
    textFormat: 0,
    textStyle: "",
    type: "paragraph",
    version: 1,
  };
}

/**
 * A rich-text state from plain text: blank lines separate paragraphs, single newlines become
 * line breaks. Used for defaults, AI copy and imports.
 */
export function richTextFromPlainText(text: string): RichTextState {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "");
  const children = (paragraphs.length === 0 ? [""] : paragraphs).map((p) => {
    const parts: SerializedRichTextNode[] = [];
    p.split("\n").forEach((line, i) => {
      if (i > 0) parts.push({ type: "linebreak", version: 1 });
      if (line !== "") parts.push(textNode(line));
    });
    return paragraph(parts);
  });
  return {
    root: { children, direction: null, format: "", indent: 0, type: "root", version: 1 },
  };
}

const BLOCK_TYPES = new Set<string>(RICH_TEXT_BLOCK_NODE_TYPES);

/**
 * Plain text of a state: blocks separated by a blank line, list items by a newline. Used for
 * meta descriptions, search and the AI's view of a page.
 */
export function richTextToPlainText(state: RichTextState): string {
  const root: unknown = (state as { root?: unknown } | null | undefined)?.root;
  if (typeof root !== "object" || root === null) return "";
  const blocks: string[] = [];
  collect(root as SerializedRichTextNode, blocks, 0);
  return blocks
    .map((b) => b.trim())
    .filter((b) => b !== "")
    .join("\n\n");
}

function collect(node: SerializedRichTextNode, blocks: string[], depth: number): void {
  if (depth > 32) return;
  const kids = Array.isArray(node.children) ? node.children : [];
  if (node.type === "list") {
    const items = kids.map((k) => inlineText(k, depth + 1)).filter((t) => t.trim() !== "");
    blocks.push(items.join("\n"));
    return;
  }
  if (node.type !== "root" && BLOCK_TYPES.has(node.type)) {
    blocks.push(inlineText(node, depth));
    return;
  }
  for (const kid of kids) {
    if (typeof kid !== "object" || kid === null) continue;
    if (BLOCK_TYPES.has(kid.type) || kid.type === "root") collect(kid, blocks, depth + 1);
    else blocks.push(inlineText(kid, depth + 1));
  }
}

function inlineText(node: SerializedRichTextNode, depth: number): string {
  if (depth > 32 || typeof node !== "object" || node === null) return "";
  if (node.type === "linebreak") return "\n";
  if (node.type === "list") {
    return (node.children ?? []).map((k) => inlineText(k, depth + 1)).join("\n");
  }
  const own = typeof node.text === "string" ? node.text : "";
  const kids = Array.isArray(node.children) ? node.children : [];
  return own + kids.map((k) => inlineText(k, depth + 1)).join("");
}
