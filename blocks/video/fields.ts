import type { FieldMap } from "../fields/types.ts";
import { imageField, textField } from "../shared/fields.ts";
import type { VideoProps } from "./schema.ts";

export const videoFields: FieldMap<VideoProps> = {
  url: { kind: "link", label: "YouTube or Vimeo link" },
  title: textField("Video title", 120, "Describes the video to people using screen readers"),
  poster: imageField("Cover image", "Shown until the video is played"),
  aspectRatio: {
    kind: "select",
    label: "Shape",
    options: [
      { value: "16/9", label: "Wide 16:9" },
      { value: "4/3", label: "Classic 4:3" },
      { value: "1/1", label: "Square" },
      { value: "9/16", label: "Vertical 9:16" },
    ],
  },
  caption: textField("Caption", 200),
};
