import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive, ZSpaceToken } from "../style/responsive.ts";

export const ZGridProps = z.object({
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 1, tablet: 2, desktop: 3 }),
  gap: responsive(ZSpaceToken).default("lg"),
  alignItems: z.enum(["start", "center", "end", "stretch"]).default("stretch"),
});
export type GridProps = z.infer<typeof ZGridProps>;

export const GRID_VERSION = 1;
export const gridMigrations: PropsMigration[] = [];
