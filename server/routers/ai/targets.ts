import type { Block, SiteDoc } from "../../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../../blocks/registry.ts";
import { findBlock } from "../../ai/suggestions.ts";
import type { SiteContext, StoreSite } from "../../ai/tasks.ts";
import type { SiteContextOf } from "./common.ts";
import { badRequest, notFound, said } from "../../errors.ts";

/**
 * What the AI actions work on: a block still on the site with the copy its type declares, how a
 * suggestion names it, and the store as the single-item tasks see it.
 */

export async function loadBlock(
  ctx: SiteContextOf,
  blockId: string,
): Promise<{ doc: SiteDoc; block: Block; pageId: string }> {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const found = findBlock(doc, blockId);
  if (!found)
    throw notFound(said("app.error.blockGone", "That block is not on the site any more."));
  return { doc, ...found };
}

export function copyPropsOf(type: string) {
  const definition = getBlockDefinition(type);
  const copy = definition?.ai.copyProps ?? [];
  if (!definition || copy.length === 0) {
    throw badRequest(`A ${definition?.label ?? type} block has no words for the AI to write.`);
  }
  return { definition, copy };
}

export function labelOf(block: Block): string {
  const definition = getBlockDefinition(block.type);
  const heading = [block.props.heading, block.props.text, block.props.label].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  const name = definition?.label ?? block.type;
  return heading ? `${name}: ${heading.slice(0, 40)}` : name;
}

export function pickProps(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in props).map((k) => [k, props[k]]));
}

/** The store as single-item tasks see it: the site context without its pages. */
export function storeSite(site: SiteContext): StoreSite {
  const { pages, ...store } = site;
  void pages;
  return store;
}

/** An HTML description as the words a shopper reads. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
