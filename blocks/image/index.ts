import { defineBlock } from "../definition.ts";
import { imageFields } from "./fields.ts";
import { ImageBlock } from "./ImageBlock.tsx";
import { IMAGE_VERSION, imageMigrations, ZImageProps } from "./schema.ts";

export type { ImageProps } from "./schema.ts";

export const imageBlock = defineBlock({
  type: "image",
  version: IMAGE_VERSION,
  label: "Image",
  description: "A photo or illustration, with an optional caption and link.",
  category: "content",
  icon: "M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15 9.5a1.5 1.5 0 1 0 0-.01",
  schema: ZImageProps,
  migrations: imageMigrations,
  fields: imageFields,
  component: ImageBlock,
  css: `
.pg-image{margin:0 auto;width:100%;max-width:var(--pg-content-width,100%)}
.pg-image__img{width:100%;aspect-ratio:var(--pg-aspect,auto);object-fit:cover}
.pg-image--rounded .pg-image__img{border-radius:var(--pg-radius)}
.pg-image__link{display:block}
.pg-image__caption{margin-top:0.5rem;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
`,
  ai: {
    description: "A single strong photo; always write alt text that says what it shows.",
    copyProps: [{ prop: "caption", tone: "short, factual", maxLength: 120 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
