import { defineBlock } from "../definition.ts";
import { AnnouncementBarBlock } from "./AnnouncementBarBlock.tsx";
import { announcementBarFields } from "./fields.ts";
import {
  ANNOUNCEMENT_BAR_VERSION,
  announcementBarMigrations,
  ZAnnouncementBarProps,
} from "./schema.ts";

export type { AnnouncementBarProps } from "./schema.ts";

export const announcementBarBlock = defineBlock({
  type: "announcement-bar",
  version: ANNOUNCEMENT_BAR_VERSION,
  label: "Announcement bar",
  description: "A thin strip above the header for offers and news.",
  category: "site",
  icon: "M3 5h18v4H3z M3 13h18 M3 17h12",
  schema: ZAnnouncementBarProps,
  migrations: announcementBarMigrations,
  fields: announcementBarFields,
  component: AnnouncementBarBlock,
  css: `
.pg-announcement-bar{padding:0.5rem var(--pg-gutter);text-align:center;font-size:var(--pg-text-sm)}
.pg-announcement-bar__text{margin:0}
.pg-announcement-bar__link{font-weight:600;text-decoration:underline;text-underline-offset:0.2em;color:inherit}
`,
  ai: {
    description: "One short line about an offer, shipping threshold or event.",
    copyProps: [
      { prop: "text", tone: "short, factual", maxLength: 80 },
      { prop: "linkLabel", tone: "two words", maxLength: 20 },
    ],
  },
  layout: "full-bleed",
  allowedChildren: "none",
});
