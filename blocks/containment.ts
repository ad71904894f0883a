/**
 * Which block types may sit inside which. Kept as plain lists (not imports of the blocks) so
 * container blocks can name their children without importing them; the registry test checks
 * every name here is a registered type.
 */

/** Blocks that make sense inside a section, column or grid cell. */
export const NESTABLE_CONTENT = [
  "heading",
  "rich-text",
  "image",
  "button",
  "video",
  "gallery",
  "features",
  "testimonials",
  "faq",
  "stats",
  "logo-cloud",
  "pricing-table",
  "newsletter",
  "contact-form",
  "product-grid",
  "product-detail",
  "featured-product",
  "collection-list",
  "cart",
  "spacer",
  "divider",
] as const;

export const SECTION_CHILDREN = [...NESTABLE_CONTENT, "columns", "grid"] as const;
export const COLUMN_CHILDREN = [...NESTABLE_CONTENT, "grid"] as const;
export const GRID_CHILDREN = NESTABLE_CONTENT;
export const COLUMNS_CHILDREN = ["column"] as const;

/** Types that only exist inside a particular parent and never directly on a page. */
export const NEVER_ON_PAGE: readonly string[] = ["column"];
