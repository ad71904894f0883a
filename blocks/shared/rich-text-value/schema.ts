import { z } from "zod";

/**
 * Lexical's serialized editor state (`editorState.toJSON()`), as stored in rich-text props.
 * The schema is deliberately loose about node fields (Lexical adds fields between versions and
 * may write a compact form that omits defaults); the serializer reads every field defensively
 * and only the node types in domain/rich-text.ts `RICH_TEXT_NODE_TYPES` produce markup.
 */
export interface SerializedRichTextNode {
  type: string;
  version?: number;
  children?: SerializedRichTextNode[];
  text?: string;
  [field: string]: unknown;
}

export interface RichTextState {
  root: SerializedRichTextNode & { type: "root" };
}

const MAX_CHILDREN = 5000;
const MAX_TEXT = 100_000;

export const ZRichTextNode: z.ZodType<SerializedRichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().optional(),
    children: z.array(ZRichTextNode).max(MAX_CHILDREN).optional(),
    text: z.string().max(MAX_TEXT).optional(),
  }),
);

export const ZRichText: z.ZodType<RichTextState> = z.object({
  root: z.looseObject({
    type: z.literal("root"),
    version: z.number().optional(),
    children: z.array(ZRichTextNode).max(MAX_CHILDREN).optional(),
  }),
}) as z.ZodType<RichTextState>;
