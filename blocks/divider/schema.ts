import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive, ZLineColor, ZSpaceToken } from "../style/responsive.ts";

export const ZDividerProps = z.object({
  lineStyle: z.enum(["solid", "dashed", "dotted"]).default("solid"),
  thickness: z.number().int().min(1).max(8).default(1),
  color: ZLineColor.default("border"),
  length: z.enum(["full", "short"]).default("full"),
  spacing: responsive(ZSpaceToken).default("md"),
});
export type DividerProps = z.infer<typeof ZDividerProps>;

export const DIVIDER_VERSION = 1;
export const dividerMigrations: PropsMigration[] = [];
