import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref } from "../shared/props.ts";
import { ZBackgroundColor } from "../style/responsive.ts";

export const ZAnnouncementBarProps = z.object({
  text: z.string().max(160).default("Free shipping on US orders over $75"),
  linkLabel: z.string().max(40).default("Shop now"),
  linkHref: ZHref.default("/shop"),
  background: ZBackgroundColor.default("text"),
});
export type AnnouncementBarProps = z.infer<typeof ZAnnouncementBarProps>;

export const ANNOUNCEMENT_BAR_VERSION = 1;
export const announcementBarMigrations: PropsMigration[] = [];
