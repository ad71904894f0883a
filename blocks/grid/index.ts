import { GRID_CHILDREN } from "../containment.ts";
import { defineBlock } from "../definition.ts";
import { gridFields } from "./fields.ts";
import { GridBlock } from "./GridBlock.tsx";
import { GRID_VERSION, gridMigrations, ZGridProps } from "./schema.ts";

export type { GridProps } from "./schema.ts";

export const gridBlock = defineBlock({
  type: "grid",
  version: GRID_VERSION,
  label: "Grid",
  description: "Blocks laid out in rows of equal cells.",
  category: "layout",
  icon: "M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z",
  schema: ZGridProps,
  migrations: gridMigrations,
  fields: gridFields,
  component: GridBlock,
  css: `
.pg-grid{display:grid;grid-template-columns:repeat(var(--pg-columns,1),minmax(0,1fr));gap:var(--pg-gap,var(--pg-space-lg))}
.pg-grid>*{min-width:0}
`,
  ai: { description: "Lays out several blocks in a tidy grid of equal cells.", copyProps: [] },
  layout: "contained",
  allowedChildren: GRID_CHILDREN,
});
