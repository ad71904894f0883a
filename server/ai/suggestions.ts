import type { Block, SiteDoc } from "../../blocks/doc/schema.ts";
import { getBlockDefinition, parseBlockProps } from "../../blocks/registry.ts";
import { richTextToPlainText } from "../../blocks/shared/rich-text-value/plainText.ts";
import type { RichTextState } from "../../blocks/shared/rich-text-value/schema.ts";
import { checkThemeContrast, ZTheme, type Theme } from "../../blocks/theme/index.ts";
import {
  insertBlock,
  removeBlock,
  renamePage,
  setTheme,
  SiteEditError,
  updateProps,
  type EditOrigin,
} from "../../collab/doc/index.ts";
import type { Prisma } from "../db/client.ts";
import type { AppDeps } from "../deps.ts";
import { conflict, DomainError, notFound, said, type Said } from "../errors.ts";

/**
 * AI changes as suggestions: each is a before/after for one target (a block's props, the theme, a
 * page's SEO, a product's description), stored until the merchant accepts or rejects it. Accepting
 * re-checks every chosen suggestion against the document as it is now and applies them all as ONE
 * Yjs transaction with origin `{ kind: "ai", userId }`; if any fails a check nothing is applied.
 * Undo puts back the "before" of every field that still holds the AI's value, as one transaction.
 */
export type SuggestionTarget =
  | { kind: "block"; blockId: string; pageId: string; type: string }
  | { kind: "theme" }
  | { kind: "page"; pageId: string }
  | { kind: "product"; productId: string }
  /** A new section: `after.section` is the block, placed after `afterBlockId` (or last). */
  | { kind: "insert"; pageId: string; afterBlockId: string | null; blockId: string; type: string }
  /** A section taken out: `before.section` is the block, `before.afterBlockId` where it stood. */
  | { kind: "remove"; pageId: string; blockId: string; type: string };

export type NewSuggestion = {
  target: SuggestionTarget;
  label: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
};

export type SuggestionView = NewSuggestion & {
  id: string;
  action: string;
  status: "pending" | "accepted" | "rejected" | "undone";
  createdAt: string;
  /** Plain-text before/after per changed field, for the panel. */
  preview: { field: string; before: string; after: string }[];
};

type Row = {
  id: string;
  action: string;
  target: Prisma.JsonValue;
  label: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  status: string;
  createdAt: Date;
};

export function viewOf(row: Row): SuggestionView {
  const before = (row.before ?? {}) as Record<string, unknown>;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const target = row.target as SuggestionTarget;
  // JSONB does not keep key order: show fields in the order the block type lists its copy.
  const order =
    target.kind === "block"
      ? (getBlockDefinition(target.type)?.ai.copyProps.map((c) => c.prop as string) ?? [])
      : [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return {
    id: row.id,
    action: row.action,
    target: row.target as SuggestionTarget,
    label: row.label,
    before,
    after,
    status: row.status as SuggestionView["status"],
    createdAt: row.createdAt.toISOString(),
    preview:
      target.kind === "insert" || target.kind === "remove"
        ? [{ field: "section", before: sectionText(before), after: sectionText(after) }]
        : previewOf(before, after).sort((a, b) => rank(a.field) - rank(b.field)),
  };
}

/** Readable text for any prop value: strings, rich text, lists of items. */
export function previewText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value && typeof value === "object" && "root" in value)
    return richTextToPlainText(value as RichTextState);
  if (Array.isArray(value)) return value.map(previewText).filter(Boolean).join("\n");
  if (value && typeof value === "object") {
    return Object.entries(value)
      .filter(
        ([k]) =>
          !/^(href|variant|icon|src|decorative|width|height|rating|avatar|highlighted|buttonHref)$/.test(
            k,
          ),
      )
      .map(([, v]) => previewText(v))
      .filter(Boolean)
      .join(" — ");
  }
  return "";
}

/** The words of an added or removed section, for its preview. */
function sectionText(value: Record<string, unknown>): string {
  const block = value.section as Block | null | undefined;
  return block ? previewText(block.props) : "";
}

/** A section background as the merchant knows it: the theme colour's role, not its token. */
const BACKGROUND_WORDS: Record<string, string> = {
  background: "Page background",
  surface: "Light panel colour",
  primary: "Main brand colour",
  secondary: "Second colour",
  accent: "Accent colour",
  text: "Text colour (darkest)",
  none: "No background",
};

function previewOf(before: Record<string, unknown>, after: Record<string, unknown>) {
  const words = (field: string, value: unknown) =>
    field === "background" && typeof value === "string"
      ? (BACKGROUND_WORDS[value] ?? value)
      : field === "overlay" && typeof value === "number"
        ? `${value}% darker over the picture`
        : previewText(value);
  return Object.keys(after).map((field) => ({
    field,
    before: words(field, before[field]),
    after: words(field, after[field]),
  }));
}

export async function saveSuggestions(
  deps: AppDeps,
  siteId: string,
  userId: string,
  action: string,
  suggestions: NewSuggestion[],
): Promise<SuggestionView[]> {
  const changed = suggestions.filter((s) => JSON.stringify(s.before) !== JSON.stringify(s.after));
  if (changed.length === 0) {
    throw new DomainError(
      "UNPROCESSABLE_CONTENT",
      said(
        "app.error.aiNothingToChange",
        "The AI had nothing to change here. Try a different instruction.",
      ),
    );
  }
  const rows = await deps.db.prisma.$transaction(
    changed.map((s) =>
      deps.db.prisma.aiSuggestion.create({
        data: {
          siteId,
          userId,
          action,
          target: s.target as unknown as Prisma.InputJsonValue,
          label: s.label,
          before: s.before as Prisma.InputJsonValue,
          after: s.after as Prisma.InputJsonValue,
          createdAt: deps.now(),
        },
      }),
    ),
  );
  return rows.map(viewOf);
}

export function findBlock(doc: SiteDoc, blockId: string): { block: Block; pageId: string } | null {
  for (const page of doc.pages) {
    const stack = [...page.blocks];
    while (stack.length) {
      const block = stack.pop()!;
      if (block.id === blockId) return { block, pageId: page.id };
      if (block.children) stack.push(...block.children);
    }
  }
  return null;
}

type DocChange = (ydoc: Parameters<typeof updateProps>[0], origin: EditOrigin) => void;

/**
 * Checks `suggestion` against `doc` and returns the Yjs change that applies it, or throws a
 * DomainError saying why it can no longer be applied.
 */
function planChange(doc: SiteDoc, suggestion: SuggestionView): DocChange | null {
  const target = suggestion.target;
  switch (target.kind) {
    case "block": {
      const found = findBlock(doc, target.blockId);
      if (!found)
        throw refuse(
          said(
            "app.error.suggestionTargetDeleted",
            `“${suggestion.label}” was deleted since the suggestion was made.`,
            { label: suggestion.label },
          ),
        );
      const merged = { ...found.block.props, ...suggestion.after };
      const parsed = parseBlockProps(found.block.type, merged);
      if (!parsed.ok)
        throw refuse(
          `The suggestion for “${suggestion.label}” does not fit the block: ${parsed.error}`,
        );
      return (ydoc, origin) => updateProps(ydoc, target.blockId, suggestion.after, origin);
    }
    case "theme": {
      const theme = mergeTheme(doc.theme, suggestion.after);
      const parsed = ZTheme.safeParse(theme);
      if (!parsed.success)
        throw refuse(
          said(
            "app.error.suggestionThemeInvalid",
            "The suggested theme is not valid, so it was not applied.",
          ),
        );
      const problems = checkThemeContrast(parsed.data);
      if (problems.length)
        throw refuse(`The suggested colours are hard to read: ${problems[0]!.message}.`);
      return (ydoc, origin) => setTheme(ydoc, suggestion.after as Partial<Theme>, origin);
    }
    case "page": {
      const page = doc.pages.find((p) => p.id === target.pageId);
      if (!page)
        throw refuse(
          said(
            "app.error.suggestionPageDeleted",
            `The page of “${suggestion.label}” was deleted since the suggestion was made.`,
            { label: suggestion.label },
          ),
        );
      return (ydoc, origin) =>
        renamePage(
          ydoc,
          target.pageId,
          suggestion.after as { seo?: { title?: string; description?: string } },
          origin,
        );
    }
    case "product":
      return null;
    case "insert": {
      if (!doc.pages.some((p) => p.id === target.pageId))
        throw refuse(
          said(
            "app.error.suggestionPageDeleted",
            `The page of “${suggestion.label}” was deleted since the suggestion was made.`,
            { label: suggestion.label },
          ),
        );
      const block = suggestion.after.section as Block;
      const parsed = parseBlockProps(block.type, block.props);
      if (!parsed.ok)
        throw refuse(`The new section “${suggestion.label}” is not valid: ${parsed.error}`);
      const after = target.afterBlockId && findBlock(doc, target.afterBlockId);
      return (ydoc, origin) =>
        insertBlock(
          ydoc,
          { ...block, props: parsed.props },
          after ? { after: target.afterBlockId! } : { pageId: target.pageId },
          origin,
        );
    }
    case "remove": {
      if (!findBlock(doc, target.blockId))
        throw refuse(
          said(
            "app.error.suggestionSectionRemoved",
            `“${suggestion.label}”: that section was already removed.`,
            { label: suggestion.label },
          ),
        );
      return (ydoc, origin) => removeBlock(ydoc, target.blockId, origin);
    }
  }
}

/**
 * The change that takes back an accepted insert or removal, or null when the document moved on
 * (the new section was edited or deleted, or the removed one is back) and it is left alone.
 */
function revertPlacement(doc: SiteDoc, s: SuggestionView): DocChange | null {
  const target = s.target;
  if (target.kind === "insert") {
    const found = findBlock(doc, target.blockId);
    const inserted = s.after.section as Block;
    if (!found || stableJson(found.block.props) !== stableJson(inserted.props)) return null;
    return (ydoc, origin) => removeBlock(ydoc, target.blockId, origin);
  }
  if (target.kind === "remove") {
    if (findBlock(doc, target.blockId)) return null;
    if (!doc.pages.some((p) => p.id === target.pageId)) return null;
    const block = s.before.section as Block;
    const afterId = s.before.afterBlockId as string | null;
    const place =
      afterId && findBlock(doc, afterId) ? { after: afterId } : { pageId: target.pageId, index: 0 };
    return (ydoc, origin) => insertBlock(ydoc, block, place, origin);
  }
  return null;
}

function mergeTheme(theme: Theme, patch: Record<string, unknown>): unknown {
  const p = patch as Partial<Theme>;
  return {
    ...theme,
    ...p,
    colors: { ...theme.colors, ...(p.colors ?? {}) },
    fonts: { ...theme.fonts, ...(p.fonts ?? {}) },
  };
}

function productFields(value: Record<string, unknown>): {
  descriptionHtml?: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
} {
  const out: {
    descriptionHtml?: string;
    seoTitle?: string | null;
    seoDescription?: string | null;
  } = {};
  if (typeof value.descriptionHtml === "string") out.descriptionHtml = value.descriptionHtml;
  if (typeof value.seoTitle === "string" || value.seoTitle === null)
    out.seoTitle = value.seoTitle as string | null;
  if (typeof value.seoDescription === "string" || value.seoDescription === null)
    out.seoDescription = value.seoDescription as string | null;
  return out;
}

function refuse(message: string | Said): DomainError {
  return conflict(message);
}

async function loadPending(
  deps: AppDeps,
  siteId: string,
  ids: string[],
  status: string,
): Promise<SuggestionView[]> {
  const rows = await deps.db.prisma.aiSuggestion.findMany({ where: { siteId, id: { in: ids } } });
  if (rows.length !== new Set(ids).size) {
    throw notFound(
      said(
        "app.error.noSuchSuggestions",
        "Some of these suggestions do not exist (or belong to another site).",
      ),
    );
  }
  const wrong = rows.find((r) => r.status !== status);
  if (wrong) {
    throw conflict(
      said("app.error.suggestionAlreadyDecided", `“${wrong.label}” was already ${wrong.status}.`, {
        label: wrong.label,
        status: wrong.status,
      }),
    );
  }
  return rows.map(viewOf).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** How an AI transaction reads in the editor's undo history: "AI: Hero heading" or "AI: 3 changes". */
function undoLabel(prefix: string, suggestions: ReadonlyArray<{ label: string }>): string {
  const [first] = suggestions;
  return suggestions.length === 1 && first
    ? `${prefix}: ${first.label}`
    : `${prefix}: ${suggestions.length} changes`;
}

/** Applies the chosen suggestions as one AI transaction (document) plus product updates. */
export async function acceptSuggestions(
  deps: AppDeps,
  siteId: string,
  userId: string,
  ids: string[],
): Promise<{ accepted: string[]; applied: boolean }> {
  const suggestions = await loadPending(deps, siteId, ids, "pending");
  const doc = await deps.ai.live.read(siteId);
  const changes = suggestions
    .map((s) => planChange(doc, s))
    .filter((c): c is DocChange => c !== null);
  const origin: EditOrigin = { kind: "ai", userId };
  let applied = false;
  if (changes.length > 0) {
    try {
      const update = await deps.ai.live.applyChange(
        siteId,
        (ydoc) => {
          for (const change of changes) change(ydoc, origin);
        },
        origin,
        undoLabel("AI", suggestions),
      );
      applied = update !== null;
    } catch (error) {
      if (error instanceof SiteEditError)
        throw refuse(`The suggestion could not be applied: ${error.message}`);
      throw error;
    }
  }
  for (const s of suggestions) {
    if (s.target.kind !== "product") continue;
    await deps.ai.catalog.update(siteId, s.target.productId, productFields(s.after));
    applied = true;
  }
  await deps.db.prisma.aiSuggestion.updateMany({
    where: { siteId, id: { in: ids }, status: "pending" },
    data: { status: "accepted", decidedAt: deps.now() },
  });
  return { accepted: suggestions.map((s) => s.id), applied };
}

export async function rejectSuggestions(
  deps: AppDeps,
  siteId: string,
  ids: string[],
): Promise<{ rejected: string[] }> {
  const suggestions = await loadPending(deps, siteId, ids, "pending");
  await deps.db.prisma.aiSuggestion.updateMany({
    where: { siteId, id: { in: ids }, status: "pending" },
    data: { status: "rejected", decidedAt: deps.now() },
  });
  return { rejected: suggestions.map((s) => s.id) };
}

/**
 * Reverts accepted suggestions: each field goes back to its "before" value when it still holds the
 * AI's value (a field someone edited since is left alone). One AI transaction.
 */
export async function undoSuggestions(
  deps: AppDeps,
  siteId: string,
  userId: string,
  ids: string[],
): Promise<{ undone: string[]; kept: string[] }> {
  const suggestions = await loadPending(deps, siteId, ids, "accepted");
  const doc = await deps.ai.live.read(siteId);
  const kept: string[] = [];
  const reverts: SuggestionView[] = [];
  const placements: DocChange[] = [];
  const placed: SuggestionView[] = [];
  for (const s of suggestions) {
    if (s.target.kind === "insert" || s.target.kind === "remove") {
      const revert = revertPlacement(doc, s);
      if (revert) {
        placements.push(revert);
        placed.push(s);
      } else kept.push(s.label);
      continue;
    }
    const current = currentValues(doc, s);
    if (current === null) continue;
    const before: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(s.after)) {
      if (holds(current[field], value)) before[field] = s.before[field];
      else kept.push(`${s.label}: ${field}`);
    }
    if (Object.keys(before).length) reverts.push({ ...s, after: before });
  }
  const changes = [
    ...reverts.map((s) => planChange(doc, s)).filter((c): c is DocChange => c !== null),
    ...placements,
  ];
  const origin: EditOrigin = { kind: "ai", userId };
  if (changes.length) {
    await deps.ai.live.applyChange(
      siteId,
      (ydoc) => changes.forEach((change) => change(ydoc, origin)),
      origin,
      undoLabel("Undo AI", [...reverts, ...placed]),
    );
  }
  for (const s of suggestions) {
    if (s.target.kind === "product")
      await deps.ai.catalog.update(siteId, s.target.productId, productFields(s.before));
  }
  await deps.db.prisma.aiSuggestion.updateMany({
    where: { siteId, id: { in: ids }, status: "accepted" },
    data: { status: "undone", decidedAt: deps.now() },
  });
  return { undone: suggestions.map((s) => s.id), kept };
}

/** Whether `current` still holds `value` (objects: every field of `value`, recursively). */
function holds(current: unknown, value: unknown): boolean {
  if (value && typeof value === "object" && !Array.isArray(value) && !("root" in value)) {
    if (!current || typeof current !== "object") return false;
    return Object.entries(value).every(([k, v]) =>
      holds((current as Record<string, unknown>)[k], v),
    );
  }
  return stableJson(current) === stableJson(value);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function currentValues(doc: SiteDoc, s: SuggestionView): Record<string, unknown> | null {
  const target = s.target;
  if (target.kind === "block") return findBlock(doc, target.blockId)?.block.props ?? null;
  if (target.kind === "theme") return doc.theme as unknown as Record<string, unknown>;
  if (target.kind === "page")
    return (
      (doc.pages.find((p) => p.id === target.pageId) as Record<string, unknown> | undefined) ?? null
    );
  return null;
}
