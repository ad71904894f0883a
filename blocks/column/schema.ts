import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive, ZAlign, ZBlockBackground, ZSpaceToken } from "../style/responsive.ts";

export const ZColumnProps = z.object({
  /** How many of the row's tracks this column spans. */
  span: responsive(z.number().int().min(1).max(6)).default(1),
  padding: responsive(ZSpaceToken).default("none"),
  background: ZBlockBackground.default("none"),
  align: ZAlign.default("start"),
});
export type ColumnProps = z.infer<typeof ZColumnProps>;

export const COLUMN_VERSION = 1;
export const columnMigrations: PropsMigration[] = [];
