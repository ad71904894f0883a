import { defineBlock } from "../definition.ts";
import { CollectionListBlock } from "./CollectionListBlock.tsx";
import { collectionListFields } from "./fields.ts";
import {
  COLLECTION_LIST_VERSION,
  collectionListMigrations,
  ZCollectionListProps,
} from "./schema.ts";

export type { CollectionListProps } from "./schema.ts";

export const collectionListBlock = defineBlock({
  type: "collection-list",
  version: COLLECTION_LIST_VERSION,
  label: "Collection list",
  description: "Tiles that lead to your collections.",
  category: "commerce",
  icon: "M3 4h8v10H3z M13 4h8v10h-8z M4 17h6 M14 17h6",
  schema: ZCollectionListProps,
  migrations: collectionListMigrations,
  fields: collectionListFields,
  component: CollectionListBlock,
  css: `
.pg-collection-list__intro{margin-bottom:var(--pg-space-md)}
.pg-collection-list__items{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(var(--pg-columns,2),minmax(0,1fr));gap:var(--pg-space-md)}
.pg-collection-list__item{position:relative}
.pg-collection-list__media{aspect-ratio:var(--pg-aspect,4 / 5);background:var(--pg-color-surface);border-radius:var(--pg-radius);overflow:hidden}
.pg-collection-list__img{width:100%;height:100%;object-fit:cover;transition:transform .3s}
.pg-collection-list__item:hover .pg-collection-list__img{transform:scale(1.03)}
.pg-collection-list__title{font-size:var(--pg-text-lg);margin:0.6rem 0 0}
.pg-collection-list__title a{text-decoration:none}
.pg-collection-list__title a::after{content:"";position:absolute;inset:0}
`,
  ai: {
    description: "Helps shoppers browse by category from the home page.",
    copyProps: [{ prop: "heading", tone: "short", maxLength: 40 }],
  },
  layout: "contained",
  allowedChildren: "none",
});
