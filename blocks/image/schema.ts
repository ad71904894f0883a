import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref, ZImage } from "../shared/props.ts";
import { ZAspectRatio, ZContentWidth } from "../style/responsive.ts";

export const ZImageProps = z.object({
  image: ZImage.default({ src: "", alt: "", decorative: false }),
  caption: z.string().max(200).default(""),
  link: ZHref.default(""),
  aspectRatio: ZAspectRatio.default("auto"),
  width: ZContentWidth.default("full"),
  rounded: z.boolean().default(true),
});
export type ImageProps = z.infer<typeof ZImageProps>;

export const IMAGE_VERSION = 1;
export const imageMigrations: PropsMigration[] = [];
