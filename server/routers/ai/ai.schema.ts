import { z } from "zod";
import { ZBlockId } from "../../../blocks/doc/schema.ts";
import { ZChatBrief, ZSiteBrief, REWRITE_MODES, RESTYLE_SCOPES } from "../../ai/tasks.ts";
import { LANGUAGES, type LanguageCode } from "../../../domain/ai-vocabulary.ts";

const ZInstruction = z
  .string()
  .trim()
  .max(500, "Keep the instruction under 500 characters.")
  .default("");

export const ZGenerateSiteInput = z.object({
  brief: ZSiteBrief,
  /** The same brief and seed give the same store (offline); another seed, another take. */
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});

/** The wizard's brief as typed, before it is understood; the language is the merchant's choice. */
export const ZUnderstandBriefInput = ZSiteBrief.pick({
  name: true,
  description: true,
  industry: true,
}).extend({
  language: z.enum(Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]]).optional(),
});

export const ZJobInput = z.object({ jobId: z.string().uuid("jobId must be a job id") });

export const ZFillBlockInput = z.object({ blockId: ZBlockId, instruction: ZInstruction });

export const ZRewriteInput = z.object({
  blockId: ZBlockId,
  /** One prop of the block; every copy prop when left out. */
  prop: z.string().max(64).optional(),
  mode: z.enum(REWRITE_MODES),
  /** For translate. */
  language: z.enum(Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]]).optional(),
});

export const ZRestyleInput = z
  .object({
    scope: z.enum(RESTYLE_SCOPES),
    instruction: z.string().trim().min(2, "Say how the style should change.").max(500),
    blockId: ZBlockId.optional(),
    pageId: ZBlockId.optional(),
  })
  .superRefine((input, issues) => {
    if (input.scope === "block" && !input.blockId)
      issues.addIssue({
        code: "custom",
        path: ["blockId"],
        message: "Choose the block to restyle.",
      });
    if (input.scope === "page" && !input.pageId)
      issues.addIssue({ code: "custom", path: ["pageId"], message: "Choose the page to restyle." });
  });

export const ZProductDescriptionInput = z.object({ productId: z.string().min(1).max(64) });

export const ZSeoInput = z.object({
  target: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("page"), pageId: ZBlockId }),
    z.object({ kind: z.literal("product"), productId: z.string().min(1).max(64) }),
  ]),
});

export const ZAltTextInput = z
  .object({ pageId: ZBlockId.optional(), blockId: ZBlockId.optional() })
  .refine((input) => input.pageId || input.blockId, "Choose a page or a block.");

export const ZSuggestionIdsInput = z.object({
  suggestionIds: z.array(z.string().uuid()).min(1, "Choose at least one suggestion.").max(50),
});

export const ZListSuggestionsInput = z.object({
  status: z.enum(["pending", "accepted"]).default("pending"),
});

export const ZChatInput = z.object({
  messages: z
    .array(
      z.object({
        role: z.enum(["assistant", "merchant"]),
        text: z.string().trim().min(1).max(1000),
      }),
    )
    .max(30, "This conversation is long enough: press Generate."),
  brief: ZChatBrief.default({
    name: "",
    description: "",
    industry: null,
    mood: null,
    colors: [],
    competitorUrls: [],
  }),
  finish: z.boolean().default(false),
});

export const ZCompetitorsInput = z.object({
  urls: z
    .array(z.string().trim().min(1).max(2048))
    .min(1)
    .max(3, "Give at most 3 competitor addresses."),
});

export const ZDescribeChangeInput = z.object({
  /** The page the change is about (the one open in the editor). */
  pageId: ZBlockId,
  request: z
    .string()
    .trim()
    .min(3, "Describe the change in a few words.")
    .max(500, "Keep the request under 500 characters."),
  /** The selected block, which "it" and "this" refer to. */
  blockId: ZBlockId.optional(),
});
