export * from "./schema";
export { richTextToHtml, escapeHtml, type RichTextHtmlOptions } from "./toHtml";
export { richTextFromPlainText, richTextToPlainText } from "./plainText";
