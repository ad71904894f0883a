import { richTextToPlainText } from "../../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../../blocks/shared/rich-text-value/schema.ts";

/** Keys whose strings are addresses or settings, not words a shopper reads. */
const NOT_WORDS = new Set(["href", "buttonHref", "variant", "src", "url", "icon", "background"]);

/** Every word a block's copy props say, in order (rich text as plain text). */
export function wordsOfProps(props: Record<string, unknown>): string {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (value.trim()) parts.push(value.trim());
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      if ("root" in value) parts.push(richTextToPlainText(value as RichTextState));
      else for (const [key, inner] of Object.entries(value)) if (!NOT_WORDS.has(key)) visit(inner);
    }
  };
  visit(props);
  return parts.join("\n");
}
