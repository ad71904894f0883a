import type { z } from "zod";
import { replaceDocument, type EditOrigin } from "../../../collab/doc/index.ts";
import { audit } from "../../audit.ts";
import { generateSite } from "../../ai/generate.ts";
import type { GenerationSummary } from "../../ai/service.ts";
import { problemsOf, type AuthedContext, type SiteContextOf } from "./common.ts";
import type { ZCompetitorsInput, ZGenerateSiteInput, ZJobInput } from "./ai.schema.ts";
import { readCompetitors } from "../../ai/generate.ts";
import { conflict, notFound, said } from "../../errors.ts";

/**
 * `ai.generateSite`: starts a job that writes the whole store, replaces the site's document with it
 * (one Yjs transaction, origin ai, so it is one undo step and everyone editing sees it) and creates
 * the draft sample products. Answers at once with the job; `ai.job` reports progress.
 */
export async function generateSiteHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZGenerateSiteInput>;
}) {
  const { deps } = ctx;
  const { ai } = deps;
  const busy = () =>
    conflict(
      said(
        "app.error.generationRunning",
        "A store is already being generated for this site. Wait for it to finish.",
      ),
    );
  // Asked first so a refusal costs no request; `start` decides for sure (another process may
  // start one meanwhile), after the credits are reserved.
  if (await ai.jobs.running(ctx.site.id)) throw busy();
  await ai.limiter.check(ctx.user.id, ctx.site.id);
  const reservation = await ai.credits.reserve(
    ctx.site.id,
    ctx.user.id,
    "generateSite",
    ai.provider,
  );
  const origin: EditOrigin = { kind: "ai", userId: ctx.user.id };
  const job = await ai.jobs
    .start(
      ctx.site.id,
      ctx.user.id,
      async (report): Promise<GenerationSummary> => {
        try {
          const generated = await generateSite(ai.provider, input.brief, {
            seed: input.seed,
            // The store is ready once saved with its products: that step is reported below.
            onProgress: (p) =>
              p.stage === "done" ? undefined : report({ ...p, fraction: p.fraction * 0.9 }),
            fetch: ai.fetch,
          });
          report({ stage: "saving", message: "Saving your store", fraction: 0.92 });
          await ai.live.applyChange(
            ctx.site.id,
            (ydoc) => replaceDocument(ydoc, generated.doc, origin),
            origin,
            "AI: generate the store",
          );
          report({
            stage: "products",
            message: "Adding sample products as drafts",
            fraction: 0.96,
          });
          const warnings = [...generated.warnings];
          let productsCreated = 0;
          try {
            productsCreated = (await ai.catalog.createProducts(ctx.site.id, generated.products))
              .created;
          } catch (error) {
            deps.log.warn(
              { err: error, siteId: ctx.site.id },
              "sample products could not be created",
            );
            warnings.push(
              "The sample products could not be added to your catalogue; you can add products by hand.",
            );
          }
          await reservation.settle(generated.usage, generated.model);
          await audit(deps, {
            action: "ai.site_generated",
            actorId: ctx.user.id,
            siteId: ctx.site.id,
            data: {
              model: generated.model,
              pages: generated.doc.pages.length,
              products: productsCreated,
            },
          });
          report({ stage: "done", message: "Your store is ready", fraction: 1 });
          return {
            pages: generated.doc.pages.map((p) => ({ title: p.title, slug: p.slug })),
            products: generated.products.map((p) => ({
              title: p.title,
              price: Math.min(...p.variants.map((v) => v.price)),
              sample: p.sample,
              currency: generated.doc.settings.currency,
            })),
            productsCreated,
            competitors: generated.competitors,
            competitorFailures: generated.competitorFailures,
            warnings,
            notes: generated.plan.notes,
            model: generated.model,
          };
        } catch (error) {
          await reservation.release();
          deps.log.warn(
            { err: error, problems: problemsOf(error), siteId: ctx.site.id },
            "store generation failed",
          );
          // The job's error is its message: a refusal's sentence, or a general one.
          throw error instanceof Error
            ? error
            : new Error(
                "Something went wrong while generating the store. Nothing was changed; please try again.",
              );
        }
      },
      { reservationId: reservation.id.toString() },
    )
    .catch(async (error: unknown) => {
      await reservation.release();
      throw error;
    });
  if (!job) {
    await reservation.release();
    throw busy();
  }
  return { job };
}

export async function jobHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZJobInput>;
}) {
  const job = await ctx.deps.ai.jobs.get(ctx.site.id, input.jobId);
  if (!job) throw notFound(said("app.error.noSuchJob", "No such job (jobs are kept for an hour)."));
  return { job };
}

export async function creditsHandler({ ctx }: { ctx: SiteContextOf }) {
  const { ai } = ctx.deps;
  return {
    credits: await ai.credits.balance(ctx.site.id),
    provider: { kind: ai.provider.kind, model: ai.provider.model },
  };
}

/** The wizard's competitor step: a short report of each page, before generating. */
export async function competitorsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZCompetitorsInput>;
}) {
  await ctx.deps.ai.limiter.check(ctx.user.id, null);
  return readCompetitors(input.urls, ctx.deps.ai.fetch);
}
