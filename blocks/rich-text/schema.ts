import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { richTextFromPlainText } from "../shared/rich-text-value/plainText.ts";
import { ZRichText } from "../shared/rich-text-value/schema.ts";
import { ZAlign, ZContentWidth } from "../style/responsive.ts";

export const ZRichTextProps = z.object({
  content: ZRichText.default(() =>
    richTextFromPlainText(
      "Every piece in our shop is made in small batches in our Portland workshop, from materials we would happily use at home.\n\nIf something isn't right, write to us: we answer every email ourselves.",
    ),
  ),
  align: ZAlign.default("start"),
  width: ZContentWidth.default("narrow"),
});
export type RichTextProps = z.infer<typeof ZRichTextProps>;

export const RICH_TEXT_VERSION = 1;
export const richTextMigrations: PropsMigration[] = [];
