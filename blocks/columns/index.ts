import { COLUMNS_CHILDREN } from "../containment.ts";
import { defineBlock } from "../definition.ts";
import { ColumnsBlock } from "./ColumnsBlock.tsx";
import { columnsFields } from "./fields.ts";
import { COLUMNS_VERSION, columnsMigrations, ZColumnsProps } from "./schema.ts";

export type { ColumnsProps } from "./schema.ts";

export const columnsBlock = defineBlock({
  type: "columns",
  version: COLUMNS_VERSION,
  label: "Columns",
  description: "Side-by-side columns that stack on phones.",
  category: "layout",
  icon: "M3 4h8v16H3z M13 4h8v16h-8z",
  schema: ZColumnsProps,
  migrations: columnsMigrations,
  fields: columnsFields,
  component: ColumnsBlock,
  css: `
.pg-columns{display:grid;grid-template-columns:repeat(var(--pg-columns,1),minmax(0,1fr));gap:var(--pg-gap,var(--pg-space-lg))}
`,
  ai: {
    description: "Puts two to four columns side by side, e.g. text beside an image.",
    copyProps: [],
  },
  layout: "contained",
  allowedChildren: COLUMNS_CHILDREN,
});
