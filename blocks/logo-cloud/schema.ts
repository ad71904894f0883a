import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref, ZImage } from "../shared/props.ts";

export const ZLogo = z.object({
  name: z.string().max(80).default("Kinfolk"),
  image: ZImage.default({ src: "", alt: "", decorative: false }),
  href: ZHref.default(""),
});
export type Logo = z.infer<typeof ZLogo>;

const noImage = { src: "", alt: "", decorative: false };

export const ZLogoCloudProps = z.object({
  heading: z.string().max(120).default("As featured in"),
  logos: z
    .array(ZLogo)
    .max(24)
    .default([
      { name: "Kinfolk", image: noImage, href: "" },
      { name: "Cereal", image: noImage, href: "" },
      { name: "Monocle", image: noImage, href: "" },
      { name: "Dwell", image: noImage, href: "" },
    ]),
  grayscale: z.boolean().default(true),
});
export type LogoCloudProps = z.infer<typeof ZLogoCloudProps>;

export const LOGO_CLOUD_VERSION = 1;
export const logoCloudMigrations: PropsMigration[] = [];
