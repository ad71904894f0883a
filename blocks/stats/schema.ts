import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive } from "../style/responsive.ts";

export const ZStat = z.object({
  value: z.string().max(24).default("12,000+"),
  label: z.string().max(80).default("orders packed by hand"),
});
export type Stat = z.infer<typeof ZStat>;

export const ZStatsProps = z.object({
  heading: z.string().max(120).default(""),
  items: z
    .array(ZStat)
    .max(8)
    .default([
      { value: "12,000+", label: "orders packed by hand" },
      { value: "4.9/5", label: "average review" },
      { value: "2016", label: "making things in Portland" },
    ]),
  columns: responsive(z.number().int().min(1).max(4)).default({ mobile: 1, tablet: 3 }),
});
export type StatsProps = z.infer<typeof ZStatsProps>;

export const STATS_VERSION = 1;
export const statsMigrations: PropsMigration[] = [];
