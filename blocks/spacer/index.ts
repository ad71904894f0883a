import { defineBlock } from "../definition.ts";
import { spacerFields } from "./fields.ts";
import { SPACER_VERSION, spacerMigrations, ZSpacerProps } from "./schema.ts";
import { SpacerBlock } from "./SpacerBlock.tsx";

export type { SpacerProps } from "./schema.ts";

export const spacerBlock = defineBlock({
  type: "spacer",
  version: SPACER_VERSION,
  label: "Spacer",
  description: "Empty space between blocks.",
  category: "layout",
  icon: "M12 3v18 M8 7l4-4 4 4 M8 17l4 4 4-4",
  schema: ZSpacerProps,
  migrations: spacerMigrations,
  fields: spacerFields,
  component: SpacerBlock,
  css: `
.pg-spacer{height:var(--pg-space-lg);flex:none}
`,
  ai: { description: "Adds breathing room between two blocks.", copyProps: [] },
  layout: "contained",
  ownSpacing: true,
  allowedChildren: "none",
});
