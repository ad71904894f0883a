/** Escaping for the few places where the renderer writes markup by hand (the document shell, head tags). */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an HTML text node or a double-quoted attribute value; strips NUL, which parsers drop or replace anyway. */
export function escapeHtml(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what we strip
  return value.replace(/\u0000/g, "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const JSON_SCRIPT_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for inside a <script> element: `</script>`, `<!--` and the JS line separators cannot appear,
 * so no string value can end the element early or break a JS parser that reads it as a literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => JSON_SCRIPT_ESCAPES[c] ?? c);
}

/** Escapes text for XML (sitemap.xml). */
export function escapeXml(value: string): string {
  return (
    value
      // Characters XML 1.0 forbids outright; a sitemap containing one is rejected whole.
      // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/[&<>"']/g, (c) => (c === "'" ? "&apos;" : (HTML_ESCAPES[c] ?? c)))
  );
}
