import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZRecordId } from "../shared/props.ts";
import { responsive, ZAspectRatio } from "../style/responsive.ts";

export const ZCollectionListProps = z.object({
  heading: z.string().max(120).default("Shop by category"),
  /** Empty: every collection. */
  collectionIds: z.array(ZRecordId).max(12).default([]),
  columns: responsive(z.number().int().min(1).max(6)).default({ mobile: 2, desktop: 3 }),
  imageAspect: ZAspectRatio.default("4/5"),
});
export type CollectionListProps = z.infer<typeof ZCollectionListProps>;

export const COLLECTION_LIST_VERSION = 1;
export const collectionListMigrations: PropsMigration[] = [];
