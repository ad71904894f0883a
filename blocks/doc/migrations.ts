import { z } from "zod";
import { getBlockDefinition, migrateBlockProps } from "../registry.ts";
import { readableTextOn } from "../theme/contrast.ts";
import { closestFont } from "../theme/fonts.ts";
import { CURRENT_SCHEMA_VERSION, ZSiteDoc, type SiteDoc } from "./schema.ts";

/**
 * Reading stored site documents: every older shape is upgraded one version at a time by small
 * pure functions, then validated against the current schema. Nothing stored is ever rewritten
 * in place; the caller decides whether to save the migrated document.
 */

type JsonObject = Record<string, unknown>;
export type SiteDocMigration = (doc: JsonObject) => JsonObject;

export class SiteDocError extends Error {
  readonly issues: z.ZodError["issues"];
  constructor(message: string, issues: z.ZodError["issues"] = []) {
    super(message);
    this.name = "SiteDocError";
    this.issues = issues;
  }
}

/**
 * Props version of each block type at each document version (a type not listed is at 1).
 * A block's props version may only change together with CURRENT_SCHEMA_VERSION; the registry
 * test fails if the last row disagrees with the registry.
 */
export const BLOCK_VERSIONS_AT: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  1: {},
  2: { hero: 2 },
};

function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * v1 -> v2: the theme gains on-colours (the readable text colour for primary, secondary and
 * accent), fonts come from the curated list, and `buttonStyle: "pill"` splits into style +
 * shape. Settings normalise locale ("en_US" -> "en-US") and currency case.
 */
export function siteDocV1toV2(doc: JsonObject): JsonObject {
  const next: JsonObject = { ...doc, schemaVersion: 2 };
  if (isRecord(doc.theme)) {
    const theme: JsonObject = { ...doc.theme };
    if (isRecord(theme.colors)) {
      const colors: JsonObject = { ...theme.colors };
      for (const [base, on] of [
        ["primary", "onPrimary"],
        ["secondary", "onSecondary"],
        ["accent", "onAccent"],
      ] as const) {
        const color = colors[base];
        if (colors[on] === undefined && typeof color === "string" && HEX.test(color)) {
          colors[on] = readableTextOn(color);
        }
      }
      theme.colors = colors;
    }
    if (isRecord(theme.fonts)) {
      const fonts: JsonObject = { ...theme.fonts };
      for (const role of ["heading", "body"] as const) {
        if (typeof fonts[role] === "string") fonts[role] = closestFont(fonts[role]);
      }
      theme.fonts = fonts;
    }
    if (theme.buttonShape === undefined) {
      if (theme.buttonStyle === "pill") {
        theme.buttonStyle = "solid";
        theme.buttonShape = "pill";
      } else {
        theme.buttonShape = "rounded";
      }
    }
    next.theme = theme;
  }
  if (isRecord(doc.settings)) {
    const settings: JsonObject = { ...doc.settings };
    if (typeof settings.locale === "string") settings.locale = settings.locale.replace(/_/g, "-");
    if (typeof settings.currency === "string") settings.currency = settings.currency.toUpperCase();
    next.settings = settings;
  }
  return next;
}

/** Step n -> n+1 is at index n - 1. */
export const SITE_DOC_MIGRATIONS: readonly SiteDocMigration[] = [siteDocV1toV2];

const MAX_BLOCK_DEPTH = 24;

function blockDepthOk(pages: unknown): boolean {
  if (!Array.isArray(pages)) return true;
  const stack: [unknown, number][] = [];
  for (const page of pages) if (isRecord(page)) stack.push([page.blocks, 1]);
  while (stack.length > 0) {
    const [blocks, depth] = stack.pop()!;
    if (!Array.isArray(blocks)) continue;
    if (depth > MAX_BLOCK_DEPTH) return false;
    for (const b of blocks) if (isRecord(b)) stack.push([b.children, depth + 1]);
  }
  return true;
}

/** Upgrade the props of every block whose type changed version between two document versions. */
function upgradeBlockProps(
  doc: JsonObject,
  from: Readonly<Record<string, number>>,
  to: Readonly<Record<string, number>>,
  warnings: string[],
): JsonObject {
  const changed = Object.keys(to).filter((type) => (to[type] ?? 1) > (from[type] ?? 1));
  if (changed.length === 0 || !Array.isArray(doc.pages)) return doc;
  const upgrade = (blocks: unknown, where: string): unknown =>
    Array.isArray(blocks)
      ? blocks.map((block) => {
          if (!isRecord(block)) return block;
          const next: JsonObject = { ...block };
          if (Array.isArray(block.children)) next.children = upgrade(block.children, where);
          const type = typeof block.type === "string" ? block.type : "";
          const def = changed.includes(type) ? getBlockDefinition(type) : undefined;
          if (def) {
            const result = migrateBlockProps(def, block.props, from[type] ?? 1, to[type] ?? 1);
            if (result.ok) next.props = result.props;
            else warnings.push(`${where}, block ${String(block.id)}: ${result.error}`);
          }
          return next;
        })
      : blocks;
  return {
    ...doc,
    pages: doc.pages.map((page) =>
      isRecord(page)
        ? { ...page, blocks: upgrade(page.blocks, `page "${String(page.slug)}"`) }
        : page,
    ),
  };
}

export interface MigratedSiteDoc {
  doc: SiteDoc;
  /** The stored version (equal to CURRENT_SCHEMA_VERSION when nothing changed). */
  migratedFrom: number;
  /** Blocks whose props could not be upgraded; they are kept as they were. */
  warnings: string[];
}

/**
 * Read a stored or imported site document of any known version. Throws `SiteDocError` (with
 * the zod issues) when it is not a site document, was written by a newer Pegasus, or is
 * invalid after migration. Never mutates `raw`.
 */
export function migrateSiteDoc(raw: unknown): MigratedSiteDoc {
  if (!isRecord(raw)) throw new SiteDocError("A site document must be a JSON object.");
  const version = raw.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw new SiteDocError("The site document has no valid schemaVersion.", [
      {
        code: "custom",
        path: ["schemaVersion"],
        message: "expected a whole number from 1",
        input: version,
      },
    ]);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new SiteDocError(
      `This site document was saved by a newer version of Pegasus (schema ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}).`,
    );
  }
  if (!blockDepthOk(raw.pages)) {
    throw new SiteDocError(`Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep.`);
  }

  const warnings: string[] = [];
  let doc: JsonObject = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    doc = SITE_DOC_MIGRATIONS[v - 1]!(doc);
    doc = upgradeBlockProps(
      doc,
      BLOCK_VERSIONS_AT[v] ?? {},
      BLOCK_VERSIONS_AT[v + 1] ?? {},
      warnings,
    );
    doc = { ...doc, schemaVersion: v + 1 };
  }

  const parsed = ZSiteDoc.safeParse(doc);
  if (!parsed.success) {
    throw new SiteDocError(
      `The site document is not valid${version < CURRENT_SCHEMA_VERSION ? ` (after upgrading it from version ${version})` : ""}:\n${z.prettifyError(parsed.error)}`,
      parsed.error.issues,
    );
  }
  return { doc: parsed.data, migratedFrom: version, warnings };
}
