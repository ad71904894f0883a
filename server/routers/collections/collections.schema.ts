import { z } from "zod";
import { ZCollectionInput } from "../../commerce/collections.ts";

const ZCollectionId = z.string().uuid("That is not a collection id.");
export const ZCollectionIdInput = z.object({ collectionId: ZCollectionId });
export const ZCreateCollectionInput = z.object({ collection: ZCollectionInput });
export const ZUpdateCollectionInput = z.object({
  collectionId: ZCollectionId,
  collection: ZCollectionInput,
});
