import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import type { Block, SiteDoc } from "../../../blocks/doc/schema.ts";
import { formatMoney } from "../../../blocks/render/commerce.ts";
import { getBlockDefinition, parseBlockProps } from "../../../blocks/registry.ts";
import { richTextFromPlainText, richTextToPlainText } from "../../../blocks/richtext/plainText.ts";
import type { RichTextState } from "../../../blocks/richtext/schema.ts";
import {
  checkThemeContrast,
  readableTextOn,
  ZTheme,
  type Theme,
} from "../../../blocks/theme/index.ts";
import { escapeHtml } from "../../../renderer/escape.ts";
import { runTask } from "../../ai/run-task.ts";
import { findBlock, saveSuggestions, type NewSuggestion } from "../../ai/suggestions.ts";
import {
  altTextTask,
  blockCopyTask,
  productDescriptionTask,
  restyleTask,
  rewriteTask,
  seoTask,
  type RestyleData,
} from "../../ai/tasks.ts";
import { LANGUAGES } from "../../ai/site/vocabulary.ts";
import {
  siteContext,
  textOfBlocks,
  walkBlocks,
  withCredits,
  type SiteContextOf,
} from "./common.ts";
import type {
  ZAltTextInput,
  ZFillBlockInput,
  ZProductDescriptionInput,
  ZRestyleInput,
  ZRewriteInput,
  ZSeoInput,
} from "./schemas.ts";

async function loadBlock(
  ctx: SiteContextOf,
  blockId: string,
): Promise<{ doc: SiteDoc; block: Block; pageId: string }> {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const found = findBlock(doc, blockId);
  if (!found)
    throw new TRPCError({ code: "NOT_FOUND", message: "That block is not on the site any more." });
  return { doc, ...found };
}

function copyPropsOf(type: string) {
  const definition = getBlockDefinition(type);
  const copy = definition?.ai.copyProps ?? [];
  if (!definition || copy.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `A ${definition?.label ?? type} block has no words for the AI to write.`,
    });
  }
  return { definition, copy };
}

function labelOf(block: Block): string {
  const definition = getBlockDefinition(block.type);
  const heading = [block.props.heading, block.props.text, block.props.label].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  const name = definition?.label ?? block.type;
  return heading ? `${name}: ${heading.slice(0, 40)}` : name;
}

function pick(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in props).map((k) => [k, props[k]]));
}

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
  const site = await siteContext(ctx, doc);
  const before = pick(block.props, keys);
  const suggestions = await withCredits(ctx, "fillBlock", async () => {
    const result = await runTask(
      ctx.deps.ai.provider,
      blockCopyTask(block.type, output),
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
      },
      { seed: Date.now() % 100_000 },
    );
    const after = keepLinks(pick(result.value.props, keys), before);
    const parsed = parseBlockProps(block.type, { ...block.props, ...after });
    if (!parsed.ok) {
      throw new TRPCError({
        code: "UNPROCESSABLE_CONTENT",
        message: `The AI's text does not fit this block, so nothing was changed: ${parsed.error}`,
      });
    }
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

// ---------------------------------------------------------------------------------------------

type TextSlot = { path: string; text: string; maxLength: number; rich: boolean };

/** The longest string the block's schema allows at a path ("items.2.title"). */
function maxLengthAt(schema: unknown, path: string[]): number {
  let node = schema as
    { _zod?: { def: Record<string, unknown> }; maxLength?: number | null } | undefined;
  for (const part of [...path, ""]) {
    while (
      node?._zod &&
      ["default", "optional", "nullable", "prefault", "pipe"].includes(node._zod.def.type as string)
    ) {
      node = (node._zod.def.innerType ?? node._zod.def.in) as typeof node;
    }
    if (part === "") break;
    const def = node?._zod?.def;
    if (def?.type === "object") node = (def.shape as Record<string, typeof node>)[part];
    else if (def?.type === "array") node = def.element as typeof node;
    else return 300;
  }
  return typeof node?.maxLength === "number" ? node.maxLength : 300;
}

const TEXT_FIELDS =
  /^(label|title|text|question|answer|quote|description|caption|name|heading|value|features|badge|period)$/;

function textSlots(block: Block, props: string[], schema: unknown): TextSlot[] {
  const slots: TextSlot[] = [];
  for (const prop of props) {
    const value = block.props[prop];
    if (typeof value === "string") {
      if (value.trim())
        slots.push({
          path: prop,
          text: value,
          maxLength: maxLengthAt(schema, [prop]),
          rich: false,
        });
    } else if (value && typeof value === "object" && "root" in value) {
      const text = richTextToPlainText(value as RichTextState);
      if (text.trim()) slots.push({ path: prop, text, maxLength: 4_000, rich: true });
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => {
        if (!item || typeof item !== "object") return;
        for (const [key, field] of Object.entries(item)) {
          if (typeof field !== "string" || !field.trim() || !TEXT_FIELDS.test(key)) continue;
          // Names of people and prices are facts, not copy.
          if (
            (prop === "items" && key === "name" && block.type === "testimonials") ||
            key === "value"
          )
            continue;
          slots.push({
            path: `${prop}.${i}.${key}`,
            text: field,
            maxLength: maxLengthAt(schema, [prop, String(i), key]),
            rich: false,
          });
        }
      });
    }
  }
  return slots;
}

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
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `“${input.prop}” is not text the AI can rewrite on this block.`,
    });
  }
  if (input.mode === "translate" && !input.language) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose the language to translate into." });
  }
  const { cannotTranslate } = ctx.deps.ai.provider;
  if (input.mode === "translate" && cannotTranslate)
    throw new TRPCError({ code: "NOT_IMPLEMENTED", message: cannotTranslate });
  const slots = textSlots(block, props, definition.schema);
  if (slots.length === 0)
    throw new TRPCError({ code: "BAD_REQUEST", message: "This block has no text to rewrite yet." });
  const site = await siteContext(ctx, doc);
  const suggestions = await withCredits(ctx, "rewrite", async () => {
    const result = await runTask(ctx.deps.ai.provider, rewriteTask, {
      mode: input.mode,
      targetLanguage: input.language ? LANGUAGES[input.language] : null,
      site: { name: site.name, industry: site.industry, locale: site.locale },
      texts: slots.map(({ path, text, maxLength }) => ({ path, text, maxLength })),
    });
    const next: Record<string, unknown> = { ...block.props };
    for (const slot of slots) {
      const answer = result.value.texts.find((t) => t.path === slot.path);
      if (!answer) continue;
      setPath(next, slot.path, slot.rich ? richTextFromPlainText(answer.text) : answer.text);
    }
    const touched = [...new Set(slots.map((s) => s.path.split(".")[0]!))];
    const before = pick(block.props, touched);
    const after = pick(next, touched);
    const parsed = parseBlockProps(block.type, next);
    if (!parsed.ok) {
      throw new TRPCError({
        code: "UNPROCESSABLE_CONTENT",
        message: `The rewritten text does not fit this block, so nothing was changed: ${parsed.error}`,
      });
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

// ---------------------------------------------------------------------------------------------

export async function restyleHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZRestyleInput>;
}) {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  let scoped: { block: Block; pageId: string }[] = [];
  if (input.scope === "block") {
    const found = findBlock(doc, input.blockId!);
    if (!found)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "That block is not on the site any more.",
      });
    scoped = [found];
  } else {
    const pages =
      input.scope === "page"
        ? doc.pages.filter((p) => p.id === input.pageId)
        : doc.pages.filter((p) => p.slug === "");
    if (input.scope === "page" && pages.length === 0)
      throw new TRPCError({ code: "NOT_FOUND", message: "That page is not on the site any more." });
    for (const page of pages)
      walkBlocks(page.blocks, (block) => scoped.push({ block, pageId: page.id }));
  }
  const styleable = scoped.filter(({ block }) => "background" in block.props);
  const site = await siteContext(ctx, doc);
  const theme = doc.theme;
  const data: RestyleData = {
    scope: input.scope,
    instruction: input.instruction,
    industry: site.industry,
    theme: {
      colors: theme.colors,
      headingFont: theme.fonts.heading,
      bodyFont: theme.fonts.body,
      headingWeight: theme.fonts.headingWeight,
      radius: theme.radius,
      buttonShape: theme.buttonShape,
      buttonStyle: theme.buttonStyle,
    },
    blocks: styleable.map(({ block }) => ({
      id: block.id,
      type: block.type,
      background: typeof block.props.background === "string" ? block.props.background : null,
    })),
  };
  const result = await withCredits(ctx, "restyle", async () => {
    const answer = await runTask(ctx.deps.ai.provider, restyleTask, data, {
      seed: Date.now() % 100_000,
    });
    const out: NewSuggestion[] = [];
    if (input.scope === "site" && answer.value.theme) {
      const t = answer.value.theme;
      const next: Theme = {
        ...theme,
        colors: {
          ...t.colors,
          onPrimary: readableTextOn(t.colors.primary),
          onSecondary: readableTextOn(t.colors.secondary),
          onAccent: readableTextOn(t.colors.accent),
        },
        fonts: { heading: t.headingFont, body: t.bodyFont, headingWeight: t.headingWeight },
        radius: t.radius,
        buttonShape: t.buttonShape,
        buttonStyle: t.buttonStyle,
      };
      const parsed = ZTheme.safeParse(next);
      const problems = parsed.success ? checkThemeContrast(parsed.data) : [];
      if (!parsed.success || problems.length > 0) {
        throw new TRPCError({
          code: "UNPROCESSABLE_CONTENT",
          message: parsed.success
            ? `The AI suggested colours that would be hard to read, so nothing was changed: ${problems.map((p) => p.message).join("; ")}.`
            : "The AI suggested a theme Pegasus cannot use, so nothing was changed.",
        });
      }
      out.push({
        target: { kind: "theme" },
        label: "Theme",
        before: {
          colors: theme.colors,
          fonts: theme.fonts,
          radius: theme.radius,
          buttonShape: theme.buttonShape,
          buttonStyle: theme.buttonStyle,
        },
        after: {
          colors: next.colors,
          fonts: next.fonts,
          radius: next.radius,
          buttonShape: next.buttonShape,
          buttonStyle: next.buttonStyle,
        },
      });
    }
    for (const change of answer.value.blocks) {
      const found = styleable.find(({ block }) => block.id === change.blockId);
      if (!found) continue;
      const parsed = parseBlockProps(found.block.type, {
        ...found.block.props,
        background: change.background,
      });
      if (!parsed.ok) continue; // e.g. "none" on a header, which always has a background
      out.push({
        target: {
          kind: "block",
          blockId: found.block.id,
          pageId: found.pageId,
          type: found.block.type,
        },
        label: labelOf(found.block),
        before: { background: found.block.props.background },
        after: { background: change.background },
      });
    }
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "restyle", out);
    return { ...answer, value: { suggestions: value, summary: answer.value.summary } };
  });
  return result;
}

// ---------------------------------------------------------------------------------------------

export async function productDescriptionHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZProductDescriptionInput>;
}) {
  const product = await ctx.deps.ai.catalog.product(ctx.site.id, input.productId);
  if (!product)
    throw new TRPCError({ code: "NOT_FOUND", message: "No such product on this site." });
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const site = await siteContext(ctx, doc);
  const suggestions = await withCredits(ctx, "productDescription", async () => {
    const result = await runTask(ctx.deps.ai.provider, productDescriptionTask, {
      site: {
        name: site.name,
        industry: site.industry,
        locale: site.locale,
        description: site.description,
      },
      product: {
        title: product.title,
        description: product.descriptionHtml
          .replace(/<[^>]*>/g, " ")
          .replace(/\s+/g, " ")
          .trim()
          .slice(0, 1500),
        options: product.options,
        price: formatMoney(product.priceMin, doc.settings.currency, doc.settings.locale),
      },
    });
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

export async function seoHandler({
  ctx,
  input,
}: {
  ctx: SiteContextOf;
  input: z.infer<typeof ZSeoInput>;
}) {
  const doc = await ctx.deps.ai.live.read(ctx.site.id);
  const site = await siteContext(ctx, doc);
  const target = input.target;
  let data: { kind: "page" | "product"; title: string; slug: string; text: string };
  let current: { title: string | null; description: string | null };
  let suggestionTarget: NewSuggestion["target"];
  let label: string;
  if (target.kind === "page") {
    const page = doc.pages.find((p) => p.id === target.pageId);
    if (!page)
      throw new TRPCError({ code: "NOT_FOUND", message: "That page is not on the site any more." });
    data = { kind: "page", title: page.title, slug: page.slug, text: textOfBlocks(page.blocks) };
    current = { title: page.seo?.title ?? null, description: page.seo?.description ?? null };
    suggestionTarget = { kind: "page", pageId: page.id };
    label = `${page.title} page`;
  } else {
    const product = await ctx.deps.ai.catalog.product(ctx.site.id, target.productId);
    if (!product)
      throw new TRPCError({ code: "NOT_FOUND", message: "No such product on this site." });
    data = {
      kind: "product",
      title: product.title,
      slug: product.id,
      text: product.descriptionHtml
        .replace(/<[^>]*>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 2000),
    };
    current = { title: product.seoTitle, description: product.seoDescription };
    suggestionTarget = { kind: "product", productId: product.id };
    label = product.title;
  }
  const suggestions = await withCredits(ctx, "seo", async () => {
    const result = await runTask(ctx.deps.ai.provider, seoTask, {
      site: { name: site.name, industry: site.industry, locale: site.locale },
      target: data,
    });
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

// ---------------------------------------------------------------------------------------------

type ImageSlot = { key: string; blockId: string; path: string; src: string; context: string };

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
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "There are no pictures here that need a description.",
    });
  }
  const site = await siteContext(ctx, doc);
  const limited = slots.slice(0, 24);
  const suggestions = await withCredits(ctx, "altText", async () => {
    const result = await runTask(ctx.deps.ai.provider, altTextTask, {
      site: { name: site.name, industry: site.industry, locale: site.locale },
      images: limited.map(({ key, src, context }) => ({ key, src, context })),
    });
    const byBlock = new Map<string, Record<string, unknown>>();
    for (const slot of limited) {
      const alt = result.value.items.find((item) => item.key === slot.key)?.alt;
      if (!alt) continue;
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
        before: pick(block.props, keys),
        after: pick(next, keys),
      });
    }
    const value = await saveSuggestions(ctx.deps, ctx.site.id, ctx.user.id, "altText", out);
    return { ...result, value };
  });
  return { suggestions };
}

export const _forTests = { maxLengthAt, textSlots };
