import type { z } from "zod";
import { parseBlockProps } from "../../../blocks/registry.ts";
import { copySlotsOf, withSlotText, type TextSlot } from "../../../blocks/ai/slots.ts";
import { clampText } from "../../ai/offline/copy.ts";
import { judgeRewrite, nothingOffered } from "../../ai/quality.ts";
import { knownNamesOf } from "../../ai/store-facts.ts";
import { runTask } from "../../ai/run-task.ts";
import { saveSuggestions } from "../../ai/suggestions.ts";
import { rewriteTask } from "../../ai/tasks.ts";
import { LANGUAGES } from "../../../domain/ai-vocabulary.ts";
import { readSite, withCredits, type SiteContextOf } from "./common.ts";
import type { ZRewriteInput } from "./ai.schema.ts";
import { loadBlock, copyPropsOf, labelOf, pickProps, storeSite } from "./targets.ts";
import { DomainError, badRequest, unprocessable, said } from "../../errors.ts";

/**
 * Rewrite or translate a block's copy: its texts come from the block's fields
 * (`copySlotsOf`: list items by index, rich text as plain text, each with its field's limit, facts
 * left out), and each answer is offered only when the quality gate finds it no worse.
 */
export async function rewriteHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZRewriteInput>;
}) {
  const { doc, block, pageId } = await loadBlock(ctx, input.blockId);
  const { definition, copy } = copyPropsOf(block.type);
  const props = input.prop ? [input.prop] : copy.map((c) => c.prop as string);
  if (input.prop && !copy.some((c) => c.prop === input.prop)) {
    throw badRequest(`“${input.prop}” is not text the AI can rewrite on this block.`);
  }
  if (input.mode === "translate" && !input.language) {
    throw badRequest(
      said("app.error.chooseTranslationLanguage", "Choose the language to translate into."),
    );
  }
  const { cannotTranslate } = ctx.deps.ai.provider;
  if (input.mode === "translate" && cannotTranslate)
    throw new DomainError("NOT_IMPLEMENTED", cannotTranslate);
  const slots = copySlotsOf(definition, block.props, props);
  if (slots.length === 0)
    throw badRequest(said("app.error.noTextToRewrite", "This block has no text to rewrite yet."));
  const { site, facts } = await readSite(ctx, doc);
  const suggestions = await withCredits(ctx, "rewrite", async () => {
    const store = storeSite(site);
    const result = await runTask(ctx.deps.ai.provider, rewriteTask, {
      mode: input.mode,
      targetLanguage: input.language ? LANGUAGES[input.language] : null,
      site: store,
      texts: slots.map(({ path, text, maxLength }) => ({ path, text, maxLength })),
    });
    // Each text is offered only when it is better than what is there (../../ai/quality.ts).
    const known = knownNamesOf(facts);
    let next: Record<string, unknown> = block.props;
    const refused: { label: string; reasons: string[] }[] = [];
    const changed: TextSlot[] = [];
    for (const slot of slots) {
      const answer = result.value.texts.find((t) => t.path === slot.path);
      if (!answer) continue;
      const reasons = judgeRewrite(input.mode, slot.text, answer.text, {
        maxLength: slot.maxLength,
        known,
        locale: site.locale,
      });
      if (reasons.length) {
        refused.push({ label: `“${clampText(slot.text, 40)}”`, reasons });
        continue;
      }
      changed.push(slot);
      next = withSlotText(next, slot, answer.text);
    }
    if (changed.length === 0) throw unprocessable(nothingOffered(refused));
    const touched = [...new Set(changed.map((s) => s.prop))];
    const before = pickProps(block.props, touched);
    const after = pickProps(next, touched);
    const parsed = parseBlockProps(block.type, next);
    if (!parsed.ok) {
      throw unprocessable(
        `The rewritten text does not fit this block, so nothing was changed: ${parsed.error}`,
      );
    }
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "rewrite", [
      {
        target: { kind: "block", blockId: block.id, pageId, type: block.type },
        label: labelOf(block),
        before,
        after,
      },
    ]);
    return { ...result, value };
  });
  return { suggestions };
}
