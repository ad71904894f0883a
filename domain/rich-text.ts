/**
 * The rich text Pegasus keeps: the Lexical node types a rich-text prop may hold, by Lexical's type
 * names, with the text formats and alignments that print. One list, from which the collab
 * binding registers its Lexical nodes (collab/doc/richText.ts `RICH_TEXT_NODES`, which the editor
 * uses too), the storefront renderer takes its allow-list
 * (blocks/shared/rich-text-value/toHtml.ts, one `case` each, checked for exhaustiveness) and the
 * tests build their samples. Anything else in a stored value is kept as its text only. Link
 * targets pass `safeUrl` (blocks/url.ts) wherever they print.
 */

/** Lexical's own nodes: every Lexical editor knows them without registering anything. */
export const LEXICAL_CORE_NODE_TYPES = ["root", "paragraph", "text", "linebreak"] as const;

/** Nodes from Lexical's packages (@lexical/rich-text, @lexical/list, @lexical/link). */
export const RICH_TEXT_PACKAGE_NODE_TYPES = [
  "heading",
  "quote",
  "list",
  "listitem",
  "link",
  "autolink",
] as const;

export const RICH_TEXT_NODE_TYPES = [
  ...LEXICAL_CORE_NODE_TYPES,
  ...RICH_TEXT_PACKAGE_NODE_TYPES,
] as const;
export type RichTextNodeType = (typeof RICH_TEXT_NODE_TYPES)[number];
export type RichTextPackageNodeType = (typeof RICH_TEXT_PACKAGE_NODE_TYPES)[number];

/** The types that stand as a block of text of their own (a blank line apart in plain text). */
export const RICH_TEXT_BLOCK_NODE_TYPES = [
  "paragraph",
  "heading",
  "quote",
  "list",
  "listitem",
] as const satisfies readonly RichTextNodeType[];

export function isRichTextNodeType(type: string): type is RichTextNodeType {
  return (RICH_TEXT_NODE_TYPES as readonly string[]).includes(type);
}

/** Bits of a text node's `format`, as Lexical defines them. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;
export type TextFormat = keyof typeof TEXT_FORMAT;

/** An element's `format` (its alignment); "left" and "start" are the default and print nothing. */
export const ELEMENT_ALIGNMENTS = ["left", "center", "right", "justify", "start", "end"] as const;

/** Heading levels; a stored h1 prints as h2 (the page's one h1 is its hero or product title). */
export const HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;
