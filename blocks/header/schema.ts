import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref, ZImage } from "../shared/props.ts";
import { ZBackgroundColor } from "../style/responsive.ts";

export const ZHeaderProps = z.object({
  /** Empty: the site logo from settings, or the site name as text. */
  logo: ZImage.default({ src: "", alt: "", decorative: false }),
  layout: z.enum(["logo-left", "logo-center"]).default("logo-left"),
  sticky: z.boolean().default(true),
  showCart: z.boolean().default(true),
  ctaLabel: z.string().max(40).default(""),
  ctaHref: ZHref.default("/shop"),
  background: ZBackgroundColor.default("background"),
});
export type HeaderProps = z.infer<typeof ZHeaderProps>;

export const HEADER_VERSION = 1;
export const headerMigrations: PropsMigration[] = [];
