import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZButtonLink, ZImage } from "../shared/props.ts";
import { responsive, ZAlign, ZBlockBackground } from "../style/responsive.ts";

export const ZHeroProps = z.object({
  eyebrow: z.string().max(60).default("New season"),
  heading: z.string().max(160).default("Slow mornings, well made"),
  subheading: z
    .string()
    .max(400)
    .default(
      "Hand-thrown mugs, stonewashed linen and small-batch coffee from our Portland workshop.",
    ),
  /** The page's one h1 by default; use 2 for a second hero further down. */
  headingLevel: z.union([z.literal(1), z.literal(2)]).default(1),
  buttons: z
    .array(ZButtonLink)
    .max(2)
    .default([
      { label: "Shop the collection", href: "/shop", variant: "primary" },
      { label: "Our story", href: "/about", variant: "outline" },
    ]),
  image: ZImage.default({ src: "", alt: "", decorative: false }),
  layout: z.enum(["image-right", "image-left", "centered", "background"]).default("image-right"),
  align: responsive(ZAlign).default("start"),
  background: ZBlockBackground.default("surface"),
  height: z.enum(["auto", "medium", "tall"]).default("medium"),
  /** Darkening over a background image, in percent, so the text stays readable. */
  overlay: z.number().int().min(0).max(90).default(45),
});
export type HeroProps = z.infer<typeof ZHeroProps>;

export const HERO_VERSION = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * v1 -> v2: one or two CTA prop pairs became a `buttons` list; `align` "left" became "start";
 * the image gained `decorative`. Props already in the v2 shape pass through untouched.
 */
export function heroV1toV2(props: Record<string, unknown>): Record<string, unknown> {
  const { ctaLabel, ctaHref, secondaryCtaLabel, secondaryCtaHref, ...rest } = props;
  const next: Record<string, unknown> = { ...rest };
  if (!Array.isArray(props.buttons)) {
    const buttons: { label: string; href: string; variant: string }[] = [];
    if (typeof ctaLabel === "string" && ctaLabel.trim() !== "") {
      buttons.push({
        label: ctaLabel,
        href: typeof ctaHref === "string" ? ctaHref : "/",
        variant: "primary",
      });
    }
    if (typeof secondaryCtaLabel === "string" && secondaryCtaLabel.trim() !== "") {
      buttons.push({
        label: secondaryCtaLabel,
        href: typeof secondaryCtaHref === "string" ? secondaryCtaHref : "/",
        variant: "outline",
      });
    }
    next.buttons = buttons;
  }
  if (props.align === "left") next.align = "start";
  if (props.align === "right") next.align = "end";
  if (isRecord(props.image)) {
    next.image = { decorative: false, ...props.image };
  }
  return next;
}

export const heroMigrations: PropsMigration[] = [heroV1toV2];
