import type { z } from "zod";
import type { Block } from "../../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../../blocks/registry.ts";
import { judgeAlt, nothingOffered } from "../../ai/quality.ts";
import { runTask } from "../../ai/run-task.ts";
import { saveSuggestions, type NewSuggestion } from "../../ai/suggestions.ts";
import { altTextTask } from "../../ai/tasks.ts";
import { readSite, walkBlocks, withCredits, type SiteContextOf } from "./common.ts";
import type { ZAltTextInput } from "./ai.schema.ts";
import { labelOf, pickProps } from "./targets.ts";
import { badRequest, unprocessable, said } from "../../errors.ts";

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    const next = (node as Record<string, unknown>)[key];
    const copy = Array.isArray(next) ? [...next] : { ...(next as Record<string, unknown>) };
    (node as Record<string, unknown>)[key] = copy;
    node = copy as Record<string, unknown>;
  }
  (node as Record<string, unknown>)[parts.at(-1)!] = value;
}

type ImageSlot = {
  key: string;
  blockId: string;
  path: string;
  src: string;
  alt: string;
  context: string;
};

function imageSlots(block: Block, pageTitle: string): ImageSlot[] {
  const slots: ImageSlot[] = [];
  const near = [block.props.heading, block.props.text, block.props.caption, block.props.title].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  const visit = (value: unknown, path: string, context: string) => {
    if (!value || typeof value !== "object") return;
    const image = value as { src?: unknown; alt?: unknown; decorative?: unknown };
    if (typeof image.src === "string" && "alt" in image && "decorative" in image) {
      if (image.src && image.decorative !== true) {
        slots.push({
          key: `${block.id}:${path}`,
          blockId: block.id,
          path,
          src: image.src,
          alt: typeof image.alt === "string" ? image.alt : "",
          context,
        });
      }
      return;
    }
    if (Array.isArray(value))
      value.forEach((item, i) => visit(item, `${path}.${i}`, itemContext(item) ?? context));
    else for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, context);
  };
  const base = [
    getBlockDefinition(block.type)?.label ?? block.type,
    near,
    `on the ${pageTitle} page`,
  ]
    .filter(Boolean)
    .join(", ");
  for (const [key, value] of Object.entries(block.props)) visit(value, key, base);
  return slots;
}

function itemContext(item: unknown): string | null {
  if (!item || typeof item !== "object") return null;
  const fields = item as Record<string, unknown>;
  const text = [fields.caption, fields.name, fields.title].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  return text ?? null;
}

export async function altTextHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZAltTextInput>;
}) {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const slots: ImageSlot[] = [];
  const blocks = new Map<string, { block: Block; pageId: string }>();
  for (const page of doc.pages) {
    if (input.pageId && page.id !== input.pageId) continue;
    walkBlocks(page.blocks, (block) => {
      if (input.blockId && block.id !== input.blockId) return;
      const found = imageSlots(block, page.title);
      if (found.length) blocks.set(block.id, { block, pageId: page.id });
      slots.push(...found);
    });
  }
  if (slots.length === 0) {
    throw badRequest(
      said("app.error.noPicturesToDescribe", "There are no pictures here that need a description."),
    );
  }
  const { site } = await readSite(ctx, doc);
  const limited = slots.slice(0, 24);
  const suggestions = await withCredits(ctx, "altText", async () => {
    const result = await runTask(ctx.deps.ai.provider, altTextTask, {
      site: { name: site.name, industry: site.industry, locale: site.locale },
      images: limited.map(({ key, src, context }) => ({ key, src, context })),
    });
    const byBlock = new Map<string, Record<string, unknown>>();
    const refused: { label: string; reasons: string[] }[] = [];
    for (const slot of limited) {
      const alt = result.value.items.find((item) => item.key === slot.key)?.alt;
      if (!alt) continue;
      // A vaguer description never replaces a more specific one (../../ai/quality.ts).
      const reasons = judgeAlt(slot.alt, alt, site.name);
      if (reasons.length) {
        refused.push({ label: `the picture ${slot.src.split("/").pop()}`, reasons });
        continue;
      }
      const { block } = blocks.get(slot.blockId)!;
      const next = byBlock.get(slot.blockId) ?? structuredClone(block.props);
      setPath(next, `${slot.path}.alt`, alt);
      byBlock.set(slot.blockId, next);
    }
    const out: NewSuggestion[] = [];
    for (const [blockId, next] of byBlock) {
      const { block, pageId } = blocks.get(blockId)!;
      const keys = [
        ...new Set(limited.filter((s) => s.blockId === blockId).map((s) => s.path.split(".")[0]!)),
      ];
      if (!parseBlockProps(block.type, next).ok) continue;
      out.push({
        target: { kind: "block", blockId, pageId, type: block.type },
        label: `${labelOf(block)} (alt text)`,
        before: pickProps(block.props, keys),
        after: pickProps(next, keys),
      });
    }
    if (out.length === 0) throw unprocessable(nothingOffered(refused));
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "altText", out);
    return { ...result, value };
  });
  return { suggestions };
}
