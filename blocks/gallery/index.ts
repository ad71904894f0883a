import { defineBlock } from "../definition.ts";
import { galleryFields } from "./fields.ts";
import { GalleryBlock } from "./GalleryBlock.tsx";
import { GALLERY_VERSION, galleryMigrations, ZGalleryProps } from "./schema.ts";

export type { GalleryProps } from "./schema.ts";

export const galleryBlock = defineBlock({
  type: "gallery",
  version: GALLERY_VERSION,
  label: "Gallery",
  description: "A grid of photos with optional captions.",
  category: "content",
  icon: "M3 3h8v8H3z M13 3h8v8h-8z M3 13h8v8H3z M13 13h8v8h-8z",
  schema: ZGalleryProps,
  migrations: galleryMigrations,
  fields: galleryFields,
  component: GalleryBlock,
  css: `
.pg-gallery__intro{margin-bottom:var(--pg-space-md)}
.pg-gallery__items{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(var(--pg-columns,2),minmax(0,1fr));gap:var(--pg-gap,var(--pg-space-sm))}
.pg-gallery__figure{margin:0}
.pg-gallery__img{width:100%;aspect-ratio:var(--pg-aspect,1 / 1);object-fit:cover;border-radius:var(--pg-radius)}
.pg-gallery__caption{margin-top:0.35rem;font-size:var(--pg-text-sm);color:var(--pg-color-muted)}
`,
  ai: {
    description: "Several photos that show the place, the process or the products in use.",
    copyProps: [{ prop: "heading", tone: "inviting", maxLength: 60 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
