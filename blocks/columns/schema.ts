import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive, ZSpaceToken } from "../style/responsive.ts";

export const ZColumnsProps = z.object({
  /** How many equal tracks the columns share, per screen size. */
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 1, tablet: 2 }),
  gap: responsive(ZSpaceToken).default({ mobile: "md", desktop: "lg" }),
  verticalAlign: z.enum(["start", "center", "end", "stretch"]).default("start"),
});
export type ColumnsProps = z.infer<typeof ZColumnsProps>;

export const COLUMNS_VERSION = 1;
export const columnsMigrations: PropsMigration[] = [];
