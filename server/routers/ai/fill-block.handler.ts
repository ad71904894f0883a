import type { z } from "zod";
import { parseBlockProps } from "../../../blocks/registry.ts";
import { factsAskedFor } from "../../ai/offline/instruction.ts";
import { judgeCopy, nothingOffered } from "../../ai/quality.ts";
import { knownNamesOf } from "../../ai/store-facts.ts";
import { runTask } from "../../ai/run-task.ts";
import { saveSuggestions } from "../../ai/suggestions.ts";
import { blockCopyTask } from "../../ai/tasks.ts";
import { readSite, withCredits, type SiteContextOf } from "./common.ts";
import type { ZFillBlockInput } from "./ai.schema.ts";
import { loadBlock, copyPropsOf, labelOf, pickProps } from "./targets.ts";
import { unprocessable } from "../../errors.ts";

/** Links stay the merchant's: the AI writes words, so buttons keep their addresses. */
function keepLinks(
  after: Record<string, unknown>,
  before: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...after };
  for (const [key, value] of Object.entries(out)) {
    const old = before[key];
    if (!Array.isArray(value) || !Array.isArray(old)) continue;
    out[key] = value.map((item: unknown, i) => {
      const previous = old[i] as Record<string, unknown> | undefined;
      if (!item || typeof item !== "object" || !previous) return item;
      const merged = { ...(item as Record<string, unknown>) };
      for (const linkKey of ["href", "buttonHref", "variant"])
        if (linkKey in previous) merged[linkKey] = previous[linkKey];
      return merged;
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export async function fillBlockHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZFillBlockInput>;
}) {
  const { doc, block, pageId } = await loadBlock(ctx, input.blockId);
  const { definition, copy } = copyPropsOf(block.type);
  const keys = copy.map((c) => c.prop as string);
  const schema = definition.schema as unknown as z.ZodObject;
  const output = schema.pick(
    Object.fromEntries(keys.map((k) => [k, true])) as never,
  ) as unknown as z.ZodType<Record<string, unknown>>;
  const { site, facts } = await readSite(ctx, doc);
  const before = pickProps(block.props, keys);
  const asked = factsAskedFor(input.instruction, site);
  const suggestions = await withCredits(ctx, "fillBlock", async () => {
    const result = await runTask(
      ctx.deps.ai.provider,
      blockCopyTask(definition, output),
      {
        site,
        block: {
          type: block.type,
          description: definition.ai.description,
          props: copy.map((c) => ({
            prop: c.prop as string,
            tone: c.tone ?? "",
            maxLength: c.maxLength,
          })),
          current: before,
        },
        instruction: input.instruction,
        asked,
      },
      { seed: Date.now() % 100_000 },
    );
    const after = keepLinks(pickProps(result.value.props, keys), before);
    const parsed = parseBlockProps(block.type, { ...block.props, ...after });
    if (!parsed.ok) {
      throw unprocessable(
        `The AI's text does not fit this block, so nothing was changed: ${parsed.error}`,
      );
    }
    // New copy is offered only when it is no worse than what is there (../../ai/quality.ts).
    const reasons = judgeCopy(before, after, {
      fields: definition.fields,
      limits: Object.fromEntries(copy.map((c) => [c.prop as string, c.maxLength])),
      known: knownNamesOf(facts),
      locale: site.locale,
      asked,
    });
    if (reasons.length) throw unprocessable(nothingOffered([{ label: labelOf(block), reasons }]));
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "fillBlock", [
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
