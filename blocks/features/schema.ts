import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ICON_NAMES } from "../shared/icons.tsx";
import { responsive, ZAlign } from "../style/responsive.ts";

export const ZFeatureItem = z.object({
  icon: z.enum(ICON_NAMES).default("check"),
  title: z.string().max(80).default("Made to order"),
  text: z
    .string()
    .max(300)
    .default("Each piece is cut and sewn when you order it, so nothing goes to waste."),
});
export type FeatureItem = z.infer<typeof ZFeatureItem>;

export const ZFeaturesProps = z.object({
  heading: z.string().max(120).default("Why people come back"),
  intro: z.string().max(400).default(""),
  items: z
    .array(ZFeatureItem)
    .max(12)
    .default([
      {
        icon: "truck",
        title: "Free shipping over $75",
        text: "Orders leave our workshop within two working days, packed in recycled paper.",
      },
      {
        icon: "returns",
        title: "30-day returns",
        text: "Not quite right? Send it back within 30 days for a full refund, no questions asked.",
      },
      {
        icon: "leaf",
        title: "Natural materials",
        text: "Linen, stoneware and beeswax from suppliers we have visited ourselves.",
      },
    ]),
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 1, tablet: 3 }),
  align: ZAlign.default("center"),
});
export type FeaturesProps = z.infer<typeof ZFeaturesProps>;

export const FEATURES_VERSION = 1;
export const featuresMigrations: PropsMigration[] = [];
