import type { z } from "zod";
import { getBlockDefinition } from "../../../blocks/registry.ts";
import { suggestionsFromOperations } from "../../ai/describe-change/suggest.ts";
import { runTask } from "../../ai/run-task.ts";
import { findBlock, saveSuggestions } from "../../ai/suggestions.ts";
import { CHANGE_SECTION_KINDS, describeChangeTask } from "../../ai/tasks.ts";
import { readSite, withCredits, type SiteContextOf } from "./common.ts";
import type { ZDescribeChangeInput } from "./ai.schema.ts";
import { notFound, unprocessable, said } from "../../errors.ts";

/**
 * "Describe a change": the merchant's words become operations over the page's blocks, the theme
 * and the page's SEO (the describe_change task, model or offline planner), each checked against
 * the document and the readability rules, and stored as suggestions to accept or reject one by
 * one like every other AI action. A request nothing can be done for is refused with the
 * provider's sentence and costs no credit.
 */
export async function describeChangeHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZDescribeChangeInput>;
}) {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const page = doc.pages.find((p) => p.id === input.pageId);
  if (!page) throw notFound(said("app.error.pageGone", "That page is not on the site any more."));
  if (input.blockId && findBlock(doc, input.blockId)?.pageId !== page.id)
    throw notFound(said("app.error.blockNotOnPage", "That block is not on this page any more."));
  const { site } = await readSite(ctx, doc);
  return await withCredits(ctx, "describeChange", async () => {
    const answer = await runTask(ctx.deps.ai.provider, describeChangeTask, {
      request: input.request,
      pageLanguage: doc.settings.locale.split("-")[0]!.toLowerCase(),
      site: { name: site.name, industry: site.industry },
      selectedBlockId: input.blockId ?? null,
      page: {
        id: page.id,
        title: page.title,
        seo: { title: page.seo?.title ?? "", description: page.seo?.description ?? "" },
      },
      blocks: page.blocks.map((block) => ({
        id: block.id,
        type: block.type,
        label: getBlockDefinition(block.type)?.label ?? block.type,
        props: block.props,
      })),
      theme: doc.theme,
      sections: CHANGE_SECTION_KINDS,
    });
    const { operations, refusal, summary } = answer.value;
    if (operations.length === 0)
      throw unprocessable(
        refusal ?? "The AI found nothing to change. Try describing it another way.",
      );
    const { suggestions, problems } = suggestionsFromOperations(doc, page, operations);
    if (suggestions.length === 0)
      throw unprocessable(`Nothing was suggested: ${problems.join(" ")}`);
    const saved = await saveSuggestions(
      ctx.deps,
      ctx.site.id,
      ctx.user.id,
      "describeChange",
      suggestions,
    );
    const notDone = problems.length ? `Not suggested: ${problems.join(" ")}` : "";
    return {
      ...answer,
      value: { suggestions: saved, summary: [summary, notDone].filter(Boolean).join(" ") },
    };
  });
}
