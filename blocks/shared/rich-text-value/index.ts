export * from "./schema.ts";
export { richTextToHtml, escapeHtml, type RichTextHtmlOptions } from "./toHtml.ts";
export { richTextFromPlainText, richTextToPlainText } from "./plainText.ts";
