import type { z } from "zod";
import { judgeSeo, nothingOffered } from "../../ai/quality.ts";
import { runTask } from "../../ai/run-task.ts";
import { saveSuggestions, type NewSuggestion } from "../../ai/suggestions.ts";
import { seoTask } from "../../ai/tasks.ts";
import { seoStoreOf } from "../../ai/store-facts.ts";
import { readSite, textOfBlocks, withCredits, type SiteContextOf } from "./common.ts";
import type { ZSeoInput } from "./ai.schema.ts";
import { storeSite, plainText } from "./targets.ts";
import { notFound, unprocessable, said } from "../../errors.ts";

export async function seoHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZSeoInput>;
}) {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const { site, facts } = await readSite(ctx, doc);
  const target = input.target;
  let data: { kind: "page" | "product"; title: string; slug: string; text: string };
  let current: { title: string | null; description: string | null };
  let suggestionTarget: NewSuggestion["target"];
  let label: string;
  if (target.kind === "page") {
    const page = doc.pages.find((p) => p.id === target.pageId);
    if (!page) throw notFound(said("app.error.pageGone", "That page is not on the site any more."));
    data = { kind: "page", title: page.title, slug: page.slug, text: textOfBlocks(page.blocks) };
    current = { title: page.seo?.title ?? null, description: page.seo?.description ?? null };
    suggestionTarget = { kind: "page", pageId: page.id };
    label = `${page.title} page`;
  } else {
    const product = await ctx.deps.ai.catalog.product(ctx.site.id, target.productId);
    if (!product)
      throw notFound(said("app.error.noSuchProductHere", "No such product on this site."));
    data = {
      kind: "product",
      title: product.title,
      slug: product.id,
      text: plainText(product.descriptionHtml).slice(0, 2000),
    };
    current = { title: product.seoTitle, description: product.seoDescription };
    suggestionTarget = { kind: "product", productId: product.id };
    label = product.title;
  }
  const store = storeSite(site);
  const suggestions = await withCredits(ctx, "seo", async () => {
    const result = await runTask(ctx.deps.ai.provider, seoTask, { site: store, target: data });
    // Offered only when it serves search at least as well as what the page has now.
    const reasons = judgeSeo(
      current.title || current.description
        ? { title: current.title ?? "", description: current.description ?? "" }
        : null,
      result.value,
      seoStoreOf(facts),
    );
    if (reasons.length) throw unprocessable(nothingOffered([{ label, reasons }]));
    const isPage = suggestionTarget.kind === "page";
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "seo", [
      {
        target: suggestionTarget,
        label,
        before: isPage
          ? { seo: { title: current.title ?? "", description: current.description ?? "" } }
          : { seoTitle: current.title, seoDescription: current.description },
        after: isPage
          ? { seo: { title: result.value.title, description: result.value.description } }
          : { seoTitle: result.value.title, seoDescription: result.value.description },
      },
    ]);
    return { ...result, value };
  });
  return { suggestions };
}
