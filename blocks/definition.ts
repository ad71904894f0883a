import type { ReactNode } from "react";
import type { z } from "zod";
import type { FieldMap } from "./fields/types.ts";

export type BlockCategory = "layout" | "content" | "commerce" | "site";

/** What every block component receives. `children` is set only for container blocks. */
export interface BlockComponentProps<P> {
  id: string;
  props: P;
  children?: ReactNode;
}

/** Upgrades stored props by one version (v1 -> v2 is migrations[0]). Pure; may throw. */
export type PropsMigration = (props: Record<string, unknown>) => Record<string, unknown>;

export interface AiCopyProp<P> {
  prop: keyof P & string;
  /** Voice for this prop, e.g. "warm, confident". */
  tone?: string;
  maxLength: number;
}

export interface AiHints<P> {
  /** When the AI should reach for this block, in a sentence or two. */
  description: string;
  /** Props holding copy the AI writes. */
  copyProps: readonly AiCopyProp<P>[];
}

export type AllowedChildren = "none" | "any" | readonly string[];

/**
 * How a block sits on the page when it is placed straight on it (in a section, column or grid
 * cell it fills its parent). Every width is the theme's container: `min(100% - 2 gutters, width)`.
 * - `contained`: in the page's column (`--pg-width-normal`, or the block's own max width).
 * - `wide`: in the wider column (`--pg-width-wide`), still inside the gutters.
 * - `full-bleed`: its background spans the window; its content sits in `.pg-ui-container`, so
 *   text and controls still keep the gutter (the block's own CSS does that).
 */
export type BlockLayout = "contained" | "wide" | "full-bleed";

export const BLOCK_LAYOUTS: readonly BlockLayout[] = ["contained", "wide", "full-bleed"];

export interface BlockDefinition<T extends string, P> {
  type: T;
  /** Props version; stored props of an older version run through `migrations` first. */
  version: number;
  label: string;
  description: string;
  category: BlockCategory;
  /** SVG path data for a 24x24 icon (stroke, no fill). */
  icon: string;
  schema: z.ZodType<P>;
  /** `schema.parse({})`: what a freshly inserted block holds. */
  defaultProps: P;
  migrations: readonly PropsMigration[];
  fields: FieldMap<P>;
  component: (props: BlockComponentProps<P>) => ReactNode;
  /** CSS for this block type only; every class starts with `pg-<type>`. */
  css: string;
  ai: AiHints<P>;
  allowedChildren: AllowedChildren;
  /** Width behaviour on the page; see `BlockLayout`. */
  layout: BlockLayout;
  /**
   * The block is vertical space itself (spacer, divider): the page's rhythm (`--pg-block-space`
   * above and below every contained block) leaves it alone.
   */
  ownSpacing?: boolean;
}

/** A definition with its props type erased, for code that handles any block. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props vary per block; callers narrow through the registry
export type AnyBlockDefinition = BlockDefinition<string, any>;

export type BlockDefinitionInput<T extends string, P> = Omit<BlockDefinition<T, P>, "defaultProps">;

/**
 * Declare a block type. Default props come from the schema (`schema.parse({})`), so they can
 * never disagree with it. Throws at import time if the version and migrations disagree, which
 * the registry test turns into a failing build.
 */
export function defineBlock<const T extends string, P extends Record<string, unknown>>(
  def: BlockDefinitionInput<T, P>,
): BlockDefinition<T, P> {
  if (def.migrations.length !== def.version - 1) {
    throw new Error(
      `block "${def.type}" is at version ${def.version} but has ${def.migrations.length} migrations (expected ${def.version - 1})`,
    );
  }
  return Object.freeze({ ...def, defaultProps: def.schema.parse({}) });
}
