import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import {
  responsive,
  ZAlign,
  ZBlockBackground,
  ZContentWidth,
  ZSpaceToken,
} from "../style/responsive.ts";

export const ZSectionProps = z.object({
  background: ZBlockBackground.default("none"),
  paddingBlock: responsive(ZSpaceToken).default({ mobile: "lg", desktop: "xl" }),
  gap: responsive(ZSpaceToken).default("md"),
  width: ZContentWidth.default("normal"),
  align: ZAlign.default("start"),
  /** Lets buttons link to this section as #anchor. Cleaned to a-z, 0-9 and dashes on render. */
  anchor: z.string().max(40).default(""),
  /** Name announced by screen readers; makes the section a landmark. */
  label: z.string().max(80).default(""),
});
export type SectionProps = z.infer<typeof ZSectionProps>;

export const SECTION_VERSION = 1;
export const sectionMigrations: PropsMigration[] = [];
