import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZButtonLink } from "../shared/props.ts";
import { ZAlign, ZBlockBackground } from "../style/responsive.ts";

export const ZCtaBannerProps = z.object({
  heading: z.string().max(120).default("Visit the workshop this Saturday"),
  text: z
    .string()
    .max(400)
    .default("Open studio from 10 to 4: watch a throwing demo, pick up seconds at half price."),
  buttons: z
    .array(ZButtonLink)
    .max(2)
    .default([{ label: "Plan your visit", href: "/contact", variant: "inverse" }]),
  background: ZBlockBackground.default("primary"),
  align: ZAlign.default("center"),
});
export type CtaBannerProps = z.infer<typeof ZCtaBannerProps>;

export const CTA_BANNER_VERSION = 1;
export const ctaBannerMigrations: PropsMigration[] = [];
