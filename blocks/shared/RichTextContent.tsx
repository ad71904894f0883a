import { useRenderContext } from "../render/context.ts";
import { richTextToHtml } from "./rich-text-value/toHtml.ts";
import type { RichTextState } from "./rich-text-value/schema.ts";
import { resolveHref } from "./links.ts";

/**
 * Rich text as HTML. dangerouslySetInnerHTML is safe here only because richTextToHtml builds
 * markup from an allow-list and escapes every string; never pass other HTML through this.
 */
export function RichTextContent({
  state,
  className,
}: {
  state: RichTextState;
  className?: string;
}) {
  const ctx = useRenderContext();
  const html = richTextToHtml(state, {
    resolveHref: (safe) => resolveHref(safe, ctx) ?? safe,
  });
  if (html === "") return null;
  return (
    <div
      className={["pg-ui-prose", className].filter(Boolean).join(" ")}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
