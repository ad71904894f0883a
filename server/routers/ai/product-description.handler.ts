import type { z } from "zod";
import { formatMinor } from "../../../domain/money.ts";
import { escapeHtml } from "../../../renderer/escape.ts";
import { judgeProductDescription, nothingOffered } from "../../ai/quality.ts";
import { knownNamesOf } from "../../ai/store-facts.ts";
import { runTask } from "../../ai/run-task.ts";
import { saveSuggestions } from "../../ai/suggestions.ts";
import { productDescriptionTask } from "../../ai/tasks.ts";
import { readSite, withCredits, type SiteContextOf } from "./common.ts";
import type { ZProductDescriptionInput } from "./ai.schema.ts";
import { storeSite, plainText } from "./targets.ts";
import { notFound, unprocessable, said } from "../../errors.ts";

export async function productDescriptionHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZProductDescriptionInput>;
}) {
  const product = await ctx.deps.ai.catalog.product(ctx.site.id, input.productId);
  if (!product)
    throw notFound(said("app.error.noSuchProductHere", "No such product on this site."));
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const { site, facts } = await readSite(ctx, doc);
  const store = storeSite(site);
  const current = plainText(product.descriptionHtml);
  const suggestions = await withCredits(ctx, "productDescription", async () => {
    const result = await runTask(ctx.deps.ai.provider, productDescriptionTask, {
      site: store,
      product: {
        title: product.title,
        description: current.slice(0, 1500),
        options: product.options,
        price: formatMinor(product.priceMin, doc.settings.currency, doc.settings.locale),
      },
    });
    const reasons = judgeProductDescription(current, result.value.description, {
      known: [...knownNamesOf(facts), product.title],
      locale: site.locale,
    });
    if (reasons.length) throw unprocessable(nothingOffered([{ label: product.title, reasons }]));
    const html =
      result.value.description
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join("") +
      `<ul>${result.value.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join("")}</ul>`;
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "productDescription", [
      {
        target: { kind: "product", productId: product.id },
        label: product.title,
        before: { descriptionHtml: product.descriptionHtml },
        after: { descriptionHtml: html },
      },
    ]);
    return { ...result, value };
  });
  return { suggestions };
}
