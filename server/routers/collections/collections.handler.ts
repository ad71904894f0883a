import type { z } from "zod";
import {
  createCollection,
  deleteCollection,
  getCollection,
  listCollections,
  updateCollection,
} from "../../commerce/collections.ts";
import { actorOf, type HandlerArgs } from "../../commerce/merchant.ts";
import type {
  ZCollectionIdInput,
  ZCreateCollectionInput,
  ZUpdateCollectionInput,
} from "./collections.schema.ts";

export async function listCollectionsHandler({ ctx }: HandlerArgs<unknown>) {
  return { collections: await listCollections(ctx.deps, ctx.site.id) };
}

export async function getCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCollectionIdInput>>) {
  return { collection: await getCollection(ctx.deps, ctx.site.id, input.collectionId) };
}

export async function createCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateCollectionInput>>) {
  return {
    collection: await createCollection(ctx.deps, ctx.site.id, input.collection, actorOf(ctx)),
  };
}

export async function updateCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateCollectionInput>>) {
  const { collectionId, collection } = input;
  return {
    collection: await updateCollection(
      ctx.deps,
      ctx.site.id,
      collectionId,
      collection,
      actorOf(ctx),
    ),
  };
}

export async function deleteCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCollectionIdInput>>) {
  await deleteCollection(ctx.deps, ctx.site.id, input.collectionId, actorOf(ctx));
  return { deleted: true };
}
