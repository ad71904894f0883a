import type { Block, Page, SiteDoc } from "../../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../../blocks/registry.ts";
import type { Theme } from "../../../blocks/theme/index.ts";
import { newBlockId } from "../../../collab/doc/index.ts";
import { findBlock, type NewSuggestion } from "../suggestions.ts";
import { CHANGE_SECTION_KINDS, ZSeoOutput, type ChangeOperation } from "../tasks.ts";
import { decodeProps } from "./operations.ts";
import { sectionBackgroundProblem, themeWith } from "./readable.ts";

/** Blocks a described change may not take out: the page frame and the shop's working parts. */
const KEPT = new Set(["header", "footer", "product-detail", "cart"]);

/**
 * Turns the operations a provider answered (model or offline) into suggestions, checking each
 * against the document as it is: the block is on the page, its new props pass its schema, a
 * background keeps text and the main button readable, the theme passes every contrast rule, an
 * SEO text fits search engines. What fails is left out and said in `problems`, in plain words.
 * Several operations on one block (or on the theme) become one suggestion.
 */
export function suggestionsFromOperations(
  doc: SiteDoc,
  page: Page,
  operations: readonly ChangeOperation[],
): { suggestions: NewSuggestion[]; problems: string[] } {
  const problems: string[] = [];
  const blocks = new Map<
    string,
    { block: Block; after: Record<string, unknown>; labels: string[] }
  >();
  const theme: {
    colors: Record<string, string>;
    headingFont?: string;
    bodyFont?: string;
    labels: string[];
  } = { colors: {}, labels: [] };
  const others: NewSuggestion[] = [];

  for (const op of operations) {
    const refused = (why: string) => problems.push(`${op.label}: ${why}.`);
    switch (op.op) {
      case "set_block_props": {
        const block = blockOnPage(page, op.blockId);
        if (!block) {
          refused("that block is not on this page");
          break;
        }
        const decoded = decodeProps(op.props);
        if (!decoded.ok) {
          refused(`the value of ${decoded.prop} is not readable`);
          break;
        }
        const known = propNames(block.type);
        const unknown = Object.keys(decoded.props).find((p) => !known.includes(p));
        if (unknown) {
          refused(`a ${label(block.type)} block has no “${unknown}”`);
          break;
        }
        const entry = blocks.get(block.id) ?? { block, after: {}, labels: [] };
        Object.assign(entry.after, decoded.props);
        entry.labels.push(op.label);
        blocks.set(block.id, entry);
        break;
      }
      case "set_theme":
        for (const { token, hex } of op.colors) theme.colors[token] = hex.toLowerCase();
        if (op.headingFont) theme.headingFont = op.headingFont;
        if (op.bodyFont) theme.bodyFont = op.bodyFont;
        theme.labels.push(op.label);
        break;
      case "add_section": {
        const suggestion = newSection(doc, page, op);
        if (typeof suggestion === "string") refused(suggestion);
        else others.push(suggestion);
        break;
      }
      case "remove_block": {
        const block = blockOnPage(page, op.blockId);
        if (!block) refused("that block is not on this page");
        else if (KEPT.has(block.type)) refused(`the ${label(block.type)} stays on every page`);
        else {
          const index = page.blocks.findIndex((b) => b.id === block.id);
          others.push({
            target: { kind: "remove", pageId: page.id, blockId: block.id, type: block.type },
            label: op.label,
            before: { section: block, afterBlockId: index > 0 ? page.blocks[index - 1]!.id : null },
            after: { section: null },
          });
        }
        break;
      }
      case "set_page_seo": {
        const seo = ZSeoOutput.safeParse(op.seo);
        if (!seo.success) refused("a search title needs 10–60 characters and a description 50–155");
        else
          others.push({
            target: { kind: "page", pageId: page.id },
            label: op.label,
            before: {
              seo: { title: page.seo?.title ?? "", description: page.seo?.description ?? "" },
            },
            after: { seo: seo.data },
          });
        break;
      }
    }
  }

  const suggestions: NewSuggestion[] = [];
  for (const { block, after, labels } of blocks.values()) {
    const merged = { ...block.props, ...after };
    const parsed = parseBlockProps(block.type, merged);
    const why = !parsed.ok
      ? `it does not fit the block (${parsed.error})`
      : backgroundProblem(block.type, parsed.props, doc.theme);
    if (why) {
      problems.push(`${labels.join(", ")}: ${why}.`);
      continue;
    }
    const keys = Object.keys(after);
    suggestions.push({
      target: { kind: "block", blockId: block.id, pageId: page.id, type: block.type },
      label: labels.join(" · ").slice(0, 120),
      before: Object.fromEntries(keys.map((k) => [k, block.props[k]])),
      after,
    });
  }
  if (theme.labels.length) {
    const themed = themeSuggestion(doc.theme, theme);
    if (typeof themed === "string") problems.push(`${theme.labels.join(", ")}: ${themed}.`);
    else suggestions.push({ ...themed, label: theme.labels.join(" · ").slice(0, 120) });
  }
  return { suggestions: [...suggestions, ...others], problems };
}

function blockOnPage(page: Page, blockId: string | null): Block | null {
  if (!blockId) return null;
  const found = findBlock({ pages: [page] } as SiteDoc, blockId);
  return found?.block ?? null;
}

/** A block's props, as its fields list them (one field per prop). */
function propNames(type: string): string[] {
  return Object.keys(getBlockDefinition(type)?.fields ?? {});
}

function label(type: string): string {
  return (getBlockDefinition(type)?.label ?? type).toLowerCase();
}

/** A hero over its picture draws its own dark ground; every other background is checked. */
function backgroundProblem(
  type: string,
  props: Record<string, unknown>,
  theme: Theme,
): string | null {
  if (!("background" in props) || (type === "hero" && props.layout === "background")) return null;
  const buttons = Array.isArray(props.buttons) ? (props.buttons as { variant?: unknown }[]) : [];
  const problem = sectionBackgroundProblem(String(props.background), theme.colors, buttons);
  return problem ? `with that background ${problem}` : null;
}

function newSection(doc: SiteDoc, page: Page, op: ChangeOperation): NewSuggestion | string {
  const kind = op.section;
  if (!kind || !(CHANGE_SECTION_KINDS as readonly string[]).includes(kind))
    return "that kind of section cannot be added here";
  const decoded = decodeProps(op.props);
  if (!decoded.ok) return `the value of ${decoded.prop} is not readable`;
  const parsed = parseBlockProps(kind, decoded.props);
  if (!parsed.ok) return `the new section is not valid (${parsed.error})`;
  const why = backgroundProblem(kind, parsed.props, doc.theme);
  if (why) return why;
  const after = op.blockId ? page.blocks.find((b) => b.id === op.blockId) : undefined;
  if (op.blockId && !after) return "the block it should follow is not on this page";
  const block: Block = { id: newBlockId(), type: kind, props: parsed.props };
  return {
    target: {
      kind: "insert",
      pageId: page.id,
      afterBlockId: after?.id ?? null,
      blockId: block.id,
      type: kind,
    },
    label: op.label,
    before: { section: null },
    after: { section: block },
  };
}

/** The theme change as one suggestion holding only what changes, or why it cannot be. */
function themeSuggestion(
  current: Theme,
  patch: { colors: Record<string, string>; headingFont?: string; bodyFont?: string },
): Omit<NewSuggestion, "label"> | string {
  const { theme: next, problems } = themeWith(current, patch);
  if (!next) return `those colours would be hard to read (${problems[0] ?? "invalid theme"})`;
  const colors = Object.keys(next.colors).filter(
    (k) => next.colors[k as keyof Theme["colors"]] !== current.colors[k as keyof Theme["colors"]],
  ) as (keyof Theme["colors"])[];
  const fonts = (["heading", "body"] as const).filter((k) => next.fonts[k] !== current.fonts[k]);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (colors.length) {
    before.colors = Object.fromEntries(colors.map((k) => [k, current.colors[k]]));
    after.colors = Object.fromEntries(colors.map((k) => [k, next.colors[k]]));
  }
  if (fonts.length) {
    before.fonts = Object.fromEntries(fonts.map((k) => [k, current.fonts[k]]));
    after.fonts = Object.fromEntries(fonts.map((k) => [k, next.fonts[k]]));
  }
  return { target: { kind: "theme" }, before, after };
}
