import { TRPCError } from "@trpc/server";
import type { Block, SiteDoc } from "../../../blocks/doc/schema.ts";
import { richTextToPlainText } from "../../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../../blocks/shared/rich-text-value/schema.ts";
import { formatMinor } from "../../../domain/money.ts";
import type { SessionUser } from "../../auth/sessions.ts";
import type { AiAction } from "../../ai/credits.ts";
import { AiOutputError, AiUnavailableError } from "../../ai/port.ts";
import { AiStoreUnavailableError } from "../../ai/redis.ts";
import { readStore } from "../../ai/store-facts.ts";
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
 * when it fails), and the errors of the AI layer turned into clear API errors.
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
    throw apiError(error);
  }
}

/** What was wrong with an unusable AI answer: for the log, never for the merchant. */
export function problemsOf(error: unknown): string[] | undefined {
  return error instanceof AiOutputError ? error.problems : undefined;
}

/**
 * Wires an AI handler to its procedure: when the Redis behind AI jobs and rate limits fails (down,
 * refused, timed out), the caller gets SERVICE_UNAVAILABLE saying to try again, and the cause is
 * logged here once, rather than a bare INTERNAL_SERVER_ERROR.
 */
export function answeringWhenRedisIsDown<O extends { ctx: Context; path?: string }, R>(
  handler: (opts: O) => Promise<R>,
): (opts: O) => Promise<R> {
  return async (opts) => {
    try {
      return await handler(opts);
    } catch (error) {
      const down =
        error instanceof TRPCError && error.cause instanceof AiStoreUnavailableError
          ? error.cause
          : error;
      if (!(down instanceof AiStoreUnavailableError)) throw error;
      opts.ctx.deps.log.warn(
        { err: down.cause, path: opts.path },
        "AI request refused: Redis failed",
      );
      throw apiError(down);
    }
  };
}

/** The AI layer's failures as API errors with messages a merchant can act on. */
export function apiError(error: unknown): unknown {
  if (error instanceof TRPCError) return error;
  if (error instanceof AiOutputError) {
    return new TRPCError({ code: "UNPROCESSABLE_CONTENT", message: error.message, cause: error });
  }
  if (error instanceof AiUnavailableError) {
    const code =
      error.reason === "rate-limited"
        ? "TOO_MANY_REQUESTS"
        : error.reason === "timeout"
          ? "TIMEOUT"
          : error.reason === "unsupported"
            ? "NOT_IMPLEMENTED"
            : "SERVICE_UNAVAILABLE";
    return new TRPCError({ code, message: error.message, cause: error });
  }
  return error;
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

/** What the model needs to know about the store to write for one part of it. */
export async function siteContext(ctx: SiteContextOf, doc: SiteDoc): Promise<SiteContext> {
  const listed = await ctx.deps.ai.catalog.list(ctx.site.id, 12).catch(() => []);
  const { name, locale, currency } = doc.settings;
  const description = doc.settings.description ?? "";
  const products = listed.map((p) => ({
    title: p.title,
    price: formatMinor(p.priceMin, currency, locale),
  }));
  const store = readStore({
    name,
    locale,
    currency,
    description,
    headings: doc.pages.flatMap((p) => headingsOf(p.blocks)),
    products,
  });
  return {
    name,
    description,
    industry: store.trade,
    place: store.place,
    locale,
    currency,
    pages: doc.pages.map((page) => ({ title: page.title, headings: headingsOf(page.blocks) })),
    products,
  };
}
