import type { z } from "zod";
import { audit } from "../../audit.ts";
import { matchesRules, readImage, readRules } from "../../commerce/catalog.ts";
import { TX_OPTIONS } from "../../commerce/checkout.ts";
import { CommerceError, trpcErrors } from "../../commerce/errors.ts";
import type { HandlerArgs, SiteContext } from "../../commerce/merchant.ts";
import { freeHandle, slugify } from "../../commerce/products.ts";
import { Prisma } from "../../db/client.ts";
import type {
  ZCollectionIdInput,
  ZCollectionInput,
  ZCreateCollectionInput,
  ZUpdateCollectionInput,
} from "./collections.schema.ts";

const include = {
  products: { orderBy: { position: "asc" as const }, select: { productId: true } },
};
type CollectionRow = Prisma.CollectionGetPayload<{ include: typeof include }>;

async function view(ctx: SiteContext, c: CollectionRow) {
  let productIds = c.products.map((p) => p.productId);
  if (c.automatic) {
    const products = await ctx.deps.db.prisma.product.findMany({
      where: { siteId: ctx.site.id, status: "active" },
      include: { variants: { select: { price: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const rules = readRules(c.rules);
    productIds = products
      .filter((p) => p.variants.length > 0)
      .filter((p) =>
        matchesRules(
          { ...p, priceMin: Math.min(...p.variants.map((v) => v.price)) },
          rules,
          c.matchAll,
        ),
      )
      .map((p) => p.id);
  }
  return {
    id: c.id,
    handle: c.handle,
    title: c.title,
    description: c.description,
    image: readImage(c.image) ?? null,
    automatic: c.automatic,
    rules: readRules(c.rules),
    matchAll: c.matchAll,
    productIds,
    updatedAt: c.updatedAt.toISOString(),
  };
}

async function find(ctx: SiteContext, collectionId: string) {
  const c = await ctx.deps.db.prisma.collection.findFirst({
    where: { id: collectionId, siteId: ctx.site.id },
    include,
  });
  if (!c) throw new CommerceError("NOT_FOUND", "No such collection.");
  return c;
}

async function save(
  ctx: SiteContext,
  tx: Prisma.TransactionClient,
  collectionId: string | null,
  input: z.infer<typeof ZCollectionInput>,
): Promise<string> {
  if (!input.automatic && input.productIds.length > 0) {
    const found = await tx.product.count({
      where: { siteId: ctx.site.id, id: { in: input.productIds } },
    });
    if (found !== new Set(input.productIds).size)
      throw new CommerceError("BAD_REQUEST", "Some of these products do not exist.", {
        productIds: ["Some of these products do not exist."],
      });
  }
  const handle =
    input.handle ??
    (collectionId
      ? undefined
      : await freeHandle(tx, ctx.site.id, slugify(input.title), "collection"));
  if (handle) {
    const clash = await tx.collection.findFirst({
      where: {
        siteId: ctx.site.id,
        handle,
        ...(collectionId ? { id: { not: collectionId } } : {}),
      },
    });
    if (clash)
      throw new CommerceError(
        "CONFLICT",
        `Another collection already uses the address “${handle}”.`,
        { handle: ["Another collection already uses this address."] },
      );
  }
  const data = {
    title: input.title,
    description: input.description,
    image: input.image ?? Prisma.DbNull,
    automatic: input.automatic,
    rules: input.rules,
    matchAll: input.matchAll,
    ...(handle ? { handle } : {}),
  };
  const id = collectionId
    ? (await tx.collection.update({ where: { id: collectionId }, data })).id
    : (await tx.collection.create({ data: { ...data, handle: handle!, siteId: ctx.site.id } })).id;
  await tx.collectionProduct.deleteMany({ where: { collectionId: id } });
  if (!input.automatic)
    await tx.collectionProduct.createMany({
      data: [...new Set(input.productIds)].map((productId, position) => ({
        collectionId: id,
        productId,
        position,
      })),
    });
  return id;
}

export function listCollectionsHandler({ ctx }: HandlerArgs<unknown>) {
  return trpcErrors(async () => {
    const rows = await ctx.deps.db.prisma.collection.findMany({
      where: { siteId: ctx.site.id },
      include,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return { collections: await Promise.all(rows.map((c) => view(ctx, c))) };
  });
}

export function getCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCollectionIdInput>>) {
  return trpcErrors(async () => ({
    collection: await view(ctx, await find(ctx, input.collectionId)),
  }));
}

export function createCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCreateCollectionInput>>) {
  return trpcErrors(async () => {
    const id = await ctx.deps.db.prisma.$transaction(async (tx) => {
      const id = await save(ctx, tx, null, input.collection);
      await audit(
        ctx.deps,
        {
          action: "collection.created",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: id,
          ip: ctx.ip,
        },
        tx,
      );
      return id;
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { collection: await view(ctx, await find(ctx, id)) };
  });
}

export function updateCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZUpdateCollectionInput>>) {
  return trpcErrors(async () => {
    await find(ctx, input.collectionId);
    await ctx.deps.db.prisma.$transaction(async (tx) => {
      await save(ctx, tx, input.collectionId, input.collection);
      await audit(
        ctx.deps,
        {
          action: "collection.updated",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: input.collectionId,
          ip: ctx.ip,
        },
        tx,
      );
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { collection: await view(ctx, await find(ctx, input.collectionId)) };
  });
}

export function deleteCollectionHandler({
  ctx,
  input,
}: HandlerArgs<z.infer<typeof ZCollectionIdInput>>) {
  return trpcErrors(async () => {
    await find(ctx, input.collectionId);
    await ctx.deps.db.prisma.$transaction(async (tx) => {
      await tx.collection.delete({ where: { id: input.collectionId } });
      await audit(
        ctx.deps,
        {
          action: "collection.deleted",
          actorId: ctx.user.id,
          siteId: ctx.site.id,
          target: input.collectionId,
          ip: ctx.ip,
        },
        tx,
      );
    }, TX_OPTIONS);
    ctx.deps.commerce.catalogChanged(ctx.site.id);
    return { deleted: true };
  });
}
