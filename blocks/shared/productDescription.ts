import { escapeHtml } from "./rich-text-value/toHtml.ts";

/**
 * Product descriptions arrive as HTML (imports, the products API). They are rebuilt from a
 * strict allow-list: only the tags below, with no attributes at all, and every piece of text
 * decoded then re-escaped. Script/style content is dropped entirely; unclosed tags are closed.
 */
const ALLOWED = new Set([
  "p",
  "br",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "ul",
  "ol",
  "li",
  "h3",
  "h4",
  "blockquote",
]);
const VOID = new Set(["br"]);
const DROP_WITH_CONTENT =
  /<(script|style|iframe|object|embed|template|noscript|svg|math|textarea|title)\b[\s\S]*?<\/\1\s*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X"
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : "";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function sanitizeProductHtml(html: string): string {
  const input = html
    .slice(0, 100_000)
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(DROP_WITH_CONTENT, "");
  const out: string[] = [];
  const open: string[] = [];
  const tagPattern = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<[^>]*>?/g;
  let last = 0;
  for (let m = tagPattern.exec(input); m !== null; m = tagPattern.exec(input)) {
    out.push(escapeHtml(decodeEntities(input.slice(last, m.index))));
    last = m.index + m[0].length;
    const closing = m[1] === "/";
    const rawName = m[2]?.toLowerCase();
    if (rawName === undefined || !ALLOWED.has(rawName)) continue;
    const name = rawName === "b" ? "strong" : rawName === "i" ? "em" : rawName;
    if (VOID.has(name)) {
      if (!closing) out.push("<br>");
      continue;
    }
    if (!closing) {
      if (open.length >= 16) continue;
      open.push(name);
      out.push(`<${name}>`);
    } else {
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at) out.push(`</${open.pop()}>`);
    }
  }
  out.push(escapeHtml(decodeEntities(input.slice(last))));
  while (open.length > 0) out.push(`</${open.pop()}>`);
  return out.join("");
}
