import {
  ELEMENT_ALIGNMENTS,
  HEADING_TAGS,
  isRichTextNodeType,
  TEXT_FORMAT,
  type TextFormat,
} from "../../../domain/rich-text.ts";
import { safeUrl } from "../../url.ts";
import type { RichTextState, SerializedRichTextNode } from "./schema.ts";

export interface RichTextHtmlOptions {
  /**
   * Maps a safe URL to the href to print; blocks use it to turn site paths ("/about") into
   * page URLs. It receives only URLs that already passed `safeUrl`.
   */
  resolveHref?: (safe: string) => string;
}

/** Deeper trees are flattened to their text: no legitimate document nests this far. */
const MAX_DEPTH = 32;

const ALIGNMENTS = new Set<string>(ELEMENT_ALIGNMENTS);
const HEADINGS = new Set<string>(HEADING_TAGS);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Server-side HTML for a Lexical state, from the allow-list of node types (domain/rich-text.ts:
 * `renderNode` has a case for each, or does not compile). All text is escaped;
 * link URLs go through `safeUrl`; unknown nodes are dropped but their text is kept. `<h1>` is
 * demoted to `<h2>` because the page's one h1 belongs to its hero or product title.
 * Never throws: a malformed state gives "" or partial output.
 */
export function richTextToHtml(state: RichTextState, options: RichTextHtmlOptions = {}): string {
  const root: unknown = (state as { root?: unknown } | null | undefined)?.root;
  if (!isNode(root)) return "";
  return renderChildren(root, options, 0, true);
}

function isNode(value: unknown): value is SerializedRichTextNode {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

function childrenOf(node: SerializedRichTextNode): SerializedRichTextNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

function renderChildren(
  node: SerializedRichTextNode,
  options: RichTextHtmlOptions,
  depth: number,
  topLevel = false,
): string {
  return childrenOf(node)
    .map((child) => renderNode(child, options, depth + 1, topLevel))
    .join("");
}

function alignStyle(node: SerializedRichTextNode): string {
  const format = node.format;
  return typeof format === "string" &&
    ALIGNMENTS.has(format) &&
    format !== "left" &&
    format !== "start"
    ? ` style="text-align:${format}"`
    : "";
}

function renderNode(
  node: SerializedRichTextNode,
  options: RichTextHtmlOptions,
  depth: number,
  topLevel: boolean,
): string {
  if (depth > MAX_DEPTH) return escapeHtml(plainTextOf(node));
  const inner = () => renderChildren(node, options, depth);
  const type = isRichTextNodeType(node.type) ? node.type : null;
  switch (type) {
    case "paragraph": {
      const content = inner();
      return `<p${alignStyle(node)}>${content === "" ? "<br>" : content}</p>`;
    }
    case "heading": {
      const tag = typeof node.tag === "string" && HEADINGS.has(node.tag) ? node.tag : "h2";
      const level = tag === "h1" ? "h2" : tag;
      return `<${level}${alignStyle(node)}>${inner()}</${level}>`;
    }
    case "quote":
      return `<blockquote>${inner()}</blockquote>`;
    case "list": {
      const ordered = node.listType === "number";
      const start =
        ordered &&
        typeof node.start === "number" &&
        Number.isInteger(node.start) &&
        node.start !== 1
          ? ` start="${Math.max(-1e6, Math.min(1e6, node.start))}"`
          : "";
      const items = childrenOf(node)
        .map((child) =>
          child.type === "listitem"
            ? renderNode(child, options, depth + 1, false)
            : `<li>${renderNode(child, options, depth + 1, false)}</li>`,
        )
        .join("");
      return ordered ? `<ol${start}>${items}</ol>` : `<ul>${items}</ul>`;
    }
    case "listitem":
      return `<li>${inner()}</li>`;
    case "link":
    case "autolink": {
      const safe = typeof node.url === "string" ? safeUrl(node.url) : null;
      if (safe === null) return inner();
      const href = options.resolveHref ? options.resolveHref(safe) : safe;
      const target = node.target === "_blank" ? ` target="_blank"` : "";
      const rel = node.target === "_blank" ? "noopener noreferrer" : "noopener";
      return `<a href="${escapeHtml(href)}" rel="${rel}"${target}>${inner()}</a>`;
    }
    case "text":
      return renderText(node);
    case "linebreak":
      return "<br>";
    // A root inside a root, or an unknown node (a newer editor plugin, a pasted embed): keep what
    // the merchant wrote.
    case "root":
    case null: {
      const text =
        node.children !== undefined
          ? inner()
          : escapeHtml(typeof node.text === "string" ? node.text : "");
      if (text === "") return "";
      return topLevel ? `<p>${text}</p>` : text;
    }
    default:
      return type satisfies never;
  }
}

/** The tag for each text format, innermost first. */
const FORMAT_TAG = {
  code: "code",
  highlight: "mark",
  subscript: "sub",
  superscript: "sup",
  strikethrough: "s",
  underline: "u",
  italic: "em",
  bold: "strong",
} as const satisfies Record<TextFormat, string>;
const FORMAT_TAGS = Object.entries(FORMAT_TAG).map(
  ([format, tag]) => [TEXT_FORMAT[format as TextFormat], tag] as const,
);

function renderText(node: SerializedRichTextNode): string {
  const text = typeof node.text === "string" ? node.text : "";
  if (text === "") return "";
  let html = escapeHtml(text);
  const format = typeof node.format === "number" && Number.isInteger(node.format) ? node.format : 0;
  for (const [bit, tag] of FORMAT_TAGS) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

/** Text content of any node, ignoring structure; used for over-deep trees. */
function plainTextOf(node: SerializedRichTextNode): string {
  const out: string[] = [];
  const stack: SerializedRichTextNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n.text === "string") out.push(n.text);
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.join("");
}
