import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZButtonVariant, ZHref } from "../shared/props.ts";
import { responsive, ZAlign } from "../style/responsive.ts";

export const ZButtonProps = z.object({
  label: z.string().max(60).default("Shop the collection"),
  href: ZHref.default("/shop"),
  variant: ZButtonVariant.default("primary"),
  size: z.enum(["sm", "md", "lg"]).default("md"),
  align: responsive(ZAlign).default("start"),
  fullWidthOnMobile: z.boolean().default(false),
});
export type ButtonProps = z.infer<typeof ZButtonProps>;

export const BUTTON_VERSION = 1;
export const buttonMigrations: PropsMigration[] = [];
