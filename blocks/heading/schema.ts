import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHeadingLevel } from "../shared/props.ts";
import { responsive, ZAlign, ZTextSize } from "../style/responsive.ts";

export const ZHeadingProps = z.object({
  text: z.string().max(200).default("Made by hand, built to last"),
  /** Small line above the heading ("New in", "Our story"). */
  eyebrow: z.string().max(60).default(""),
  /** Level 2 by default: the page's one level-1 heading is its hero. */
  level: ZHeadingLevel.default(2),
  size: responsive(ZTextSize).default({ mobile: "2xl", desktop: "3xl" }),
  align: responsive(ZAlign).default("start"),
});
export type HeadingProps = z.infer<typeof ZHeadingProps>;

export const HEADING_VERSION = 1;
export const headingMigrations: PropsMigration[] = [];
