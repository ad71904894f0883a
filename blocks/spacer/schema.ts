import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { responsive, ZSpaceToken } from "../style/responsive.ts";

export const ZSpacerProps = z.object({
  height: responsive(ZSpaceToken).default({ mobile: "md", desktop: "lg" }),
});
export type SpacerProps = z.infer<typeof ZSpacerProps>;

export const SPACER_VERSION = 1;
export const spacerMigrations: PropsMigration[] = [];
