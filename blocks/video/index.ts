import { defineBlock } from "../definition.ts";
import { videoFields } from "./fields.ts";
import { VIDEO_VERSION, videoMigrations, ZVideoProps } from "./schema.ts";
import { VideoBlock } from "./VideoBlock.tsx";

export type { VideoProps } from "./schema.ts";

export const videoBlock = defineBlock({
  type: "video",
  version: VIDEO_VERSION,
  label: "Video",
  description: "A YouTube or Vimeo video that loads only when played.",
  category: "content",
  icon: "M3 5h18v14H3z M10 9l5 3-5 3z",
  schema: ZVideoProps,
  migrations: videoMigrations,
  fields: videoFields,
  component: VideoBlock,
  css: `
.pg-video{margin:0;width:100%}
.pg-video__frame{position:relative;aspect-ratio:var(--pg-aspect,16 / 9);background:#111;border-radius:var(--pg-radius);overflow:hidden}
.pg-video__frame iframe{position:absolute;inset:0;width:100%;height:100%;border:0}
.pg-video__play{position:absolute;inset:0;width:100%;height:100%;padding:0;border:0;background:transparent;cursor:pointer}
.pg-video__poster{width:100%;height:100%;object-fit:cover}
.pg-video__icon{position:absolute;top:50%;left:50%;width:4.5rem;height:4.5rem;margin:-2.25rem 0 0 -2.25rem;border-radius:50%;background:rgba(0,0,0,.65)}
.pg-video__icon::after{content:"";position:absolute;top:50%;left:54%;transform:translate(-50%,-50%);border-style:solid;border-width:0.8rem 0 0.8rem 1.3rem;border-color:transparent transparent transparent #fff}
.pg-video__play:hover .pg-video__icon,.pg-video__play:focus-visible .pg-video__icon{background:var(--pg-color-primary)}
.pg-video__caption{margin-top:0.5rem;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
`,
  ai: {
    description: "A video the merchant already has on YouTube or Vimeo.",
    copyProps: [{ prop: "title", tone: "descriptive", maxLength: 80 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
