import { z } from "zod";
import type { AnyBlockDefinition, BlockDefinition } from "./definition.ts";
import { NEVER_ON_PAGE } from "./containment.ts";
import { sectionBlock } from "./section/index.ts";
import { columnsBlock } from "./columns/index.ts";
import { columnBlock } from "./column/index.ts";
import { gridBlock } from "./grid/index.ts";
import { spacerBlock } from "./spacer/index.ts";
import { dividerBlock } from "./divider/index.ts";
import { announcementBarBlock } from "./announcement-bar/index.ts";
import { headerBlock } from "./header/index.ts";
import { footerBlock } from "./footer/index.ts";
import { heroBlock } from "./hero/index.ts";
import { headingBlock } from "./heading/index.ts";
import { richTextBlock } from "./rich-text/index.ts";
import { imageBlock } from "./image/index.ts";
import { buttonBlock } from "./button/index.ts";
import { videoBlock } from "./video/index.ts";
import { galleryBlock } from "./gallery/index.ts";
import { featuresBlock } from "./features/index.ts";
import { testimonialsBlock } from "./testimonials/index.ts";
import { faqBlock } from "./faq/index.ts";
import { statsBlock } from "./stats/index.ts";
import { logoCloudBlock } from "./logo-cloud/index.ts";
import { pricingTableBlock } from "./pricing-table/index.ts";
import { ctaBannerBlock } from "./cta-banner/index.ts";
import { newsletterBlock } from "./newsletter/index.ts";
import { contactFormBlock } from "./contact-form/index.ts";
import { productGridBlock } from "./product-grid/index.ts";
import { productDetailBlock } from "./product-detail/index.ts";
import { featuredProductBlock } from "./featured-product/index.ts";
import { collectionListBlock } from "./collection-list/index.ts";
import { cartBlock } from "./cart/index.ts";

/**
 * Every block type, by name. A literal map (no self-registration), so `BlockPropsOf<"hero">` is
 * HeroProps and adding a block is one import and one line here.
 */
export const blockRegistry = {
  section: sectionBlock,
  columns: columnsBlock,
  column: columnBlock,
  grid: gridBlock,
  spacer: spacerBlock,
  divider: dividerBlock,
  "announcement-bar": announcementBarBlock,
  header: headerBlock,
  footer: footerBlock,
  hero: heroBlock,
  heading: headingBlock,
  "rich-text": richTextBlock,
  image: imageBlock,
  button: buttonBlock,
  video: videoBlock,
  gallery: galleryBlock,
  features: featuresBlock,
  testimonials: testimonialsBlock,
  faq: faqBlock,
  stats: statsBlock,
  "logo-cloud": logoCloudBlock,
  "pricing-table": pricingTableBlock,
  "cta-banner": ctaBannerBlock,
  newsletter: newsletterBlock,
  "contact-form": contactFormBlock,
  "product-grid": productGridBlock,
  "product-detail": productDetailBlock,
  "featured-product": featuredProductBlock,
  "collection-list": collectionListBlock,
  cart: cartBlock,
} as const;

export type BlockRegistry = typeof blockRegistry;
export type BlockType = keyof BlockRegistry;
export type BlockPropsOf<T extends BlockType> =
  BlockRegistry[T] extends BlockDefinition<T, infer P> ? P : never;

/** A block whose props are typed by its type, for code that builds documents. */
export type TypedBlock<T extends BlockType = BlockType> = {
  [K in T]: { id: string; type: K; props: BlockPropsOf<K>; children?: TypedBlock[] };
}[T];

// Each key must name its own definition ("hero": heroBlock, not "hero": footerBlock).
type _KeysMatchTypes = { [K in BlockType]: BlockRegistry[K]["type"] extends K ? true : never };
const _keysMatchTypes: _KeysMatchTypes = Object.fromEntries(
  Object.keys(blockRegistry).map((k) => [k, true]),
) as _KeysMatchTypes;
void _keysMatchTypes;

export const blockTypes = Object.keys(blockRegistry) as BlockType[];

export function isBlockType(type: string): type is BlockType {
  return Object.hasOwn(blockRegistry, type);
}

export function getBlockDefinition<T extends BlockType>(type: T): BlockRegistry[T];
export function getBlockDefinition(type: string): AnyBlockDefinition | undefined;
export function getBlockDefinition(type: string): AnyBlockDefinition | undefined {
  return isBlockType(type) ? (blockRegistry[type] as AnyBlockDefinition) : undefined;
}

const richTextPropsCache = new Map<string, readonly string[]>();

/** Props of a block type edited as rich text (collab stores them as Y.XmlText). */
export function richTextPropsOf(type: string): readonly string[] {
  const cached = richTextPropsCache.get(type);
  if (cached) return cached;
  const def = getBlockDefinition(type);
  const names = Object.freeze(
    def
      ? Object.entries(def.fields as Record<string, { kind: string }>)
          .filter(([, field]) => field.kind === "richtext")
          .map(([name]) => name)
      : [],
  );
  richTextPropsCache.set(type, names);
  return names;
}

/** Whether a block of `childType` may be placed inside `parentType` ("page" = top level). */
export function canContain(parentType: string, childType: string): boolean {
  if (!isBlockType(childType)) return false;
  if (parentType === "page") return !NEVER_ON_PAGE.includes(childType);
  const parent = getBlockDefinition(parentType);
  if (!parent) return false;
  const allowed = parent.allowedChildren;
  if (allowed === "none") return false;
  if (allowed === "any") return !NEVER_ON_PAGE.includes(childType);
  return allowed.includes(childType);
}

export type ParseBlockPropsResult<P> =
  { ok: true; props: P } | { ok: false; error: string; issues?: z.ZodError["issues"] };

/**
 * Validate stored props: run the type's prop migrations from `fromVersion` (default: the
 * current version) and then its schema. Never throws.
 */
export function parseBlockProps<T extends BlockType>(
  type: T,
  raw: unknown,
  fromVersion?: number,
): ParseBlockPropsResult<BlockPropsOf<T>>;
export function parseBlockProps(
  type: string,
  raw: unknown,
  fromVersion?: number,
): ParseBlockPropsResult<Record<string, unknown>>;
export function parseBlockProps(
  type: string,
  raw: unknown,
  fromVersion?: number,
): ParseBlockPropsResult<Record<string, unknown>> {
  const def = getBlockDefinition(type);
  if (!def) return { ok: false, error: `there is no block type called "${type}"` };
  const migrated = migrateBlockProps(def, raw, fromVersion ?? def.version);
  if (!migrated.ok) return migrated;
  const parsed = def.schema.safeParse(migrated.props);
  if (!parsed.success) {
    return { ok: false, error: z.prettifyError(parsed.error), issues: parsed.error.issues };
  }
  return { ok: true, props: parsed.data as Record<string, unknown> };
}

/** Apply a block type's prop migrations from `fromVersion` up to `toVersion` (default: current). */
export function migrateBlockProps(
  def: AnyBlockDefinition,
  raw: unknown,
  fromVersion: number,
  toVersion: number = def.version,
): { ok: true; props: Record<string, unknown> } | { ok: false; error: string } {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, error: "block props must be an object" };
  }
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    return { ok: false, error: `props version ${fromVersion} is not a version number` };
  }
  if (fromVersion > def.version) {
    return {
      ok: false,
      error: `these ${def.type} props were saved by a newer Pegasus (version ${fromVersion}; this one knows up to ${def.version})`,
    };
  }
  let props = raw as Record<string, unknown>;
  try {
    const target = Math.min(toVersion, def.version);
    for (let v = fromVersion; v < target; v++) props = def.migrations[v - 1]!(props);
  } catch (error) {
    return {
      ok: false,
      error: `could not upgrade ${def.type} props from version ${fromVersion}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true, props };
}

/** Current props version of every block type. */
export function currentBlockVersions(): Record<string, number> {
  return Object.fromEntries(blockTypes.map((t) => [t, blockRegistry[t].version]));
}

/** CSS for the given block types (all types when omitted), each printed once. */
export function blockCss(types: Iterable<string> = blockTypes): string {
  const out: string[] = [];
  for (const type of new Set(types)) {
    const def = getBlockDefinition(type);
    if (def) out.push(def.css.trim());
  }
  return out.join("\n");
}

const CONTAINED_WIDTH =
  "width:min(100% - 2 * var(--pg-gutter),var(--pg-content-width,var(--pg-width-normal)));margin-inline:auto";

/**
 * The page's layout, from each block type's declared `layout`: a block put straight on the page
 * (the storefront's <main>, the editor canvas, both `.pg-ui-page`) sits in the theme's container
 * with the page's rhythm above and below it, unless it is full-bleed (it spans the window and
 * contains its own content) or makes its own spacing. Printed once, after BASE_CSS.
 */
export function pageLayoutCss(): string {
  layoutCss ??= buildPageLayoutCss();
  return layoutCss;
}

let layoutCss: string | undefined;

function buildPageLayoutCss(): string {
  const defs = blockTypes.map((type) => blockRegistry[type] as AnyBlockDefinition);
  const classes = (pick: (def: AnyBlockDefinition) => boolean) =>
    defs.filter(pick).map((def) => `.pg-${def.type}`);
  const fullBleed = classes((def) => def.layout === "full-bleed");
  const unpadded = classes((def) => def.layout === "full-bleed" || def.ownSpacing === true);
  const wide = classes((def) => def.layout === "wide");
  const rules = [
    `.pg-ui-page>[data-block-id]:not(${fullBleed.join(",")}){${CONTAINED_WIDTH}}`,
    `.pg-ui-page>[data-block-id]:not(${unpadded.join(",")}){padding-block:var(--pg-block-space)}`,
  ];
  // Zero specificity: a block's own max width (its style) still wins over its type's default.
  if (wide.length > 0) {
    rules.push(
      `:where(${wide.map((c) => `.pg-ui-page>${c}`).join(",")}){--pg-content-width:var(--pg-width-wide)}`,
    );
  }
  return rules.join("\n");
}
