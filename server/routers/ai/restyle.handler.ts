import type { z } from "zod";
import type { Block } from "../../../blocks/doc/schema.ts";
import { parseBlockProps } from "../../../blocks/registry.ts";
import { readableTextOn, ZTheme, type Theme } from "../../../blocks/theme/index.ts";
import { clampText } from "../../ai/offline/copy.ts";
import { judgeTheme } from "../../ai/quality.ts";
import { makeReadable } from "../../ai/restyle/apply.ts";
import { parseStyleRequest } from "../../ai/restyle/request.ts";
import { runTask } from "../../ai/run-task.ts";
import { findBlock, saveSuggestions, type NewSuggestion } from "../../ai/suggestions.ts";
import { restyleTask, type RestyleData } from "../../ai/tasks.ts";
import { readSite, walkBlocks, withCredits, type SiteContextOf } from "./common.ts";
import type { ZRestyleInput } from "./ai.schema.ts";
import { labelOf } from "./targets.ts";
import { notFound, unprocessable, said } from "../../errors.ts";

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
      throw notFound(said("app.error.blockGone", "That block is not on the site any more."));
    scoped = [found];
  } else {
    const pages =
      input.scope === "page"
        ? doc.pages.filter((p) => p.id === input.pageId)
        : doc.pages.filter((p) => p.slug === "");
    if (input.scope === "page" && pages.length === 0)
      throw notFound(said("app.error.pageGone", "That page is not on the site any more."));
    for (const page of pages)
      walkBlocks(page.blocks, (block) => scoped.push({ block, pageId: page.id }));
  }
  const styleable = scoped.filter(({ block }) => "background" in block.props);
  const { site } = await readSite(ctx, doc);
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
    let summary = answer.value.summary;
    if (input.scope === "site" && answer.value.theme) {
      const t = answer.value.theme;
      const proposed: Theme = {
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
      const parsed = ZTheme.safeParse(proposed);
      if (!parsed.success)
        throw unprocessable(
          said(
            "app.error.aiThemeUnusable",
            "The AI suggested a theme Pegasus cannot use, so nothing was changed.",
          ),
        );
      // Any answer, offline or a model's, is made readable before it is offered, and says so.
      const request = parseStyleRequest(input.instruction);
      const { theme: next, fixes } = makeReadable(
        parsed.data,
        Object.fromEntries(request.colors.map((c) => [c.role, c.word])),
      );
      const reasons = judgeTheme(next);
      if (reasons.length > 0) {
        throw unprocessable(
          `The AI suggested colours that would be hard to read, so nothing was changed: ${reasons.join("; ")}.`,
        );
      }
      if (fixes.length)
        summary = clampText(`${summary.replace(/\.$/, "")}; ${fixes.join(", ")}.`, 300);
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
    return { ...answer, value: { suggestions: value, summary } };
  });
  return result;
}
