import type { Block, SiteDoc } from "../../../blocks/doc/schema.ts";
import { richTextToPlainText } from "../../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../../blocks/shared/rich-text-value/schema.ts";
import { formatMinor } from "../../../domain/money.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { AiAction } from "../../ai/credits.ts";
import { AiOutputError } from "../../ai/port.ts";
import { AiStoreUnavailableError } from "../../ai/redis.ts";
import { readStore, type StoreFacts } from "../../ai/store-facts.ts";
import type { SiteContext } from "../../ai/tasks.ts";
import type { SiteRole } from "../../db/generated/enums.ts";
import type { Context } from "../../trpc.ts";

export type AuthedContext = Context & { user: SessionUser };
export type SiteContextOf = AuthedContext & {
  site: { id: string; name: string; slug: string };
  role: SiteRole;
};

/**
 * Runs an AI action for a site: rate limit, credits reserved before and settled after (released
 * when it fails). The AI layer's refusals are domain errors (an unusable answer, a model that is
 * unavailable), which the API words like any other.
 */
export async function withCredits<T>(
  ctx: SiteContextOf,
  action: AiAction,
  work: () => Promise<{
    value: T;
    usage: { promptTokens: number; completionTokens: number };
    model: string;
  }>,
): Promise<T> {
  const { ai } = ctx.deps;
  await ai.limiter.check(ctx.user.id, ctx.site.id);
  const reservation = await ai.credits.reserve(ctx.site.id, ctx.user.id, action, ai.provider);
  try {
    const result = await work();
    await reservation.settle(result.usage, result.model);
    return result.value;
  } catch (error) {
    await reservation.release();
    const problems = problemsOf(error);
    if (problems) ctx.deps.log.warn({ action, problems }, "AI answer refused");
    throw error;
  }
}

/** What was wrong with an unusable AI answer: for the log, never for the merchant. */
export function problemsOf(error: unknown): string[] | undefined {
  return error instanceof AiOutputError ? error.problems : undefined;
}

/**
 * Wires an AI handler to its procedure: when the Redis behind AI jobs and rate limits fails (down,
 * refused, timed out), the caller gets SERVICE_UNAVAILABLE saying to try again (the error says
 * so itself), and the cause is logged here once, rather than a bare INTERNAL_SERVER_ERROR.
 */
export function answeringWhenRedisIsDown<O extends { ctx: Context; path?: string }, R>(
  handler: (opts: O) => Promise<R>,
): (opts: O) => Promise<R> {
  return async (opts) => {
    try {
      return await handler(opts);
    } catch (error) {
      if (error instanceof AiStoreUnavailableError)
        opts.ctx.deps.log.warn(
          { err: error.cause, path: opts.path },
          "AI request refused: Redis failed",
        );
      throw error;
    }
  };
}

export function walkBlocks(blocks: Block[], visit: (block: Block) => void): void {
  for (const block of blocks) {
    visit(block);
    if (block.children) walkBlocks(block.children, visit);
  }
}

/** Headings and text of a list of blocks, for context and SEO. */
export function textOfBlocks(blocks: Block[], max = 2_000): string {
  const parts: string[] = [];
  walkBlocks(blocks, (block) => {
    const p = block.props;
    for (const key of ["eyebrow", "heading", "text", "subheading", "intro", "tagline"]) {
      if (typeof p[key] === "string" && p[key]) parts.push(p[key] as string);
    }
    if (p.content && typeof p.content === "object")
      parts.push(richTextToPlainText(p.content as RichTextState));
    if (Array.isArray(p.items)) {
      for (const item of p.items as Record<string, unknown>[]) {
        for (const key of ["title", "text", "question", "answer"]) {
          if (typeof item?.[key] === "string") parts.push(item[key] as string);
        }
      }
    }
  });
  const text = parts.join(". ").replace(/\s+/g, " ").replace(/\.\./g, ".");
  return text.length > max ? text.slice(0, max) : text;
}

function headingsOf(blocks: Block[]): string[] {
  const out: string[] = [];
  walkBlocks(blocks, (block) => {
    const value = block.type === "heading" ? block.props.text : block.props.heading;
    if (typeof value === "string" && value.trim()) out.push(value.trim());
  });
  return out.slice(0, 12);
}

/**
 * The store, read once per request: what the model needs to know about it to write for one part
 * of it (`site`), and its facts as ../../ai/store-facts.ts reads them (`facts`: trade, place,
 * products), which the quality gate judges every answer of the request against.
 */
export async function readSite(
  ctx: SiteContextOf,
  doc: SiteDoc,
): Promise<{ site: SiteContext; facts: StoreFacts }> {
  const listed = await ctx.deps.ai.catalog.list(ctx.site.id, 12).catch(() => []);
  const { name, locale, currency } = doc.settings;
  const description = doc.settings.description ?? "";
  const products = listed.map((p) => ({
    title: p.title,
    price: formatMinor(p.priceMin, currency, locale),
  }));
  const facts = readStore({
    name,
    locale,
    currency,
    description,
    headings: doc.pages.flatMap((p) => headingsOf(p.blocks)),
    products,
  });
  const site = {
    name,
    description,
    industry: facts.trade,
    place: facts.place,
    locale,
    currency,
    pages: doc.pages.map((page) => ({ title: page.title, headings: headingsOf(page.blocks) })),
    products,
  };
  return { site, facts };
}
