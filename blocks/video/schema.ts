import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZHref, ZImage } from "../shared/props.ts";

export const ZVideoProps = z.object({
  /** A YouTube or Vimeo link, as copied from the browser. */
  url: ZHref.default(""),
  /** Read to screen-reader users on the play button, and the iframe's title. */
  title: z.string().max(120).default("Watch how we make it"),
  poster: ZImage.default({ src: "", alt: "", decorative: true }),
  aspectRatio: z.enum(["16/9", "4/3", "1/1", "9/16"]).default("16/9"),
  caption: z.string().max(200).default(""),
});
export type VideoProps = z.infer<typeof ZVideoProps>;

export const VIDEO_VERSION = 1;
export const videoMigrations: PropsMigration[] = [];
