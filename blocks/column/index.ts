import { COLUMN_CHILDREN } from "../containment.ts";
import { defineBlock } from "../definition.ts";
import { ColumnBlock } from "./ColumnBlock.tsx";
import { columnFields } from "./fields.ts";
import { COLUMN_VERSION, columnMigrations, ZColumnProps } from "./schema.ts";

export type { ColumnProps } from "./schema.ts";

export const columnBlock = defineBlock({
  type: "column",
  version: COLUMN_VERSION,
  label: "Column",
  description: "One column inside a Columns block.",
  category: "layout",
  icon: "M8 4h8v16H8z",
  schema: ZColumnProps,
  migrations: columnMigrations,
  fields: columnFields,
  component: ColumnBlock,
  css: `
.pg-column{grid-column:span var(--pg-span,1);display:flex;flex-direction:column;gap:var(--pg-space-md);min-width:0;border-radius:var(--pg-radius)}
`,
  ai: { description: "A single column; only ever placed inside Columns.", copyProps: [] },
  layout: "contained",
  allowedChildren: COLUMN_CHILDREN,
});
