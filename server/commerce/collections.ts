import { z } from "zod";
import type { AppDeps } from "../deps.ts";
import { Prisma } from "../db/client.ts";
import { badRequest, DomainError, notFound, said } from "../errors.ts";
import { matchesRules, readImage, readRules, ZCollectionRule } from "./catalog.ts";
import { commitChange, type MerchantActor } from "./transactions.ts";
import { freeHandle, slugify, ZHandle, ZProductImage } from "./products.ts";

type Deps = Pick<AppDeps, "db" | "commerce">;
type Tx = Prisma.TransactionClient;

export const ZCollectionInput = z
  .object({
    title: z.string().trim().min(1, "Give the collection a title.").max(255),
    handle: ZHandle.optional(),
    description: z.string().trim().max(5000).default(""),
    image: ZProductImage.nullable().default(null),
    automatic: z.boolean().default(false),
    rules: z.array(ZCollectionRule).max(20, "Use at most 20 rules.").default([]),
    matchAll: z.boolean().default(true),
    /** Manual collections: the products, in order. */
    productIds: z.array(z.string().uuid()).max(5000).default([]),
  })
  .superRefine((c, issues) => {
    if (c.automatic && c.rules.length === 0)
      issues.addIssue({
        code: "custom",
        path: ["rules"],
        message: "An automatic collection needs at least one rule.",
      });
  });
export type CollectionInput = z.infer<typeof ZCollectionInput>;

const include = {
  products: { orderBy: { position: "asc" as const }, select: { productId: true } },
};
type CollectionRow = Prisma.CollectionGetPayload<{ include: typeof include }>;

/** A collection as the merchant edits it; an automatic one lists the products its rules match now. */
async function collectionView(deps: Deps, siteId: string, c: CollectionRow) {
  let productIds = c.products.map((p) => p.productId);
  if (c.automatic) {
    const products = await deps.db.prisma.product.findMany({
      where: { siteId, status: "active" },
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

export type CollectionView = Awaited<ReturnType<typeof collectionView>>;

async function findCollection(deps: Deps, siteId: string, collectionId: string) {
  const c = await deps.db.prisma.collection.findFirst({
    where: { id: collectionId, siteId },
    include,
  });
  if (!c) throw notFound(said("app.error.noSuchCollection", "No such collection."));
  return c;
}

export async function listCollections(deps: Deps, siteId: string): Promise<CollectionView[]> {
  const rows = await deps.db.prisma.collection.findMany({
    where: { siteId },
    include,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return Promise.all(rows.map((c) => collectionView(deps, siteId, c)));
}

export async function getCollection(
  deps: Deps,
  siteId: string,
  collectionId: string,
): Promise<CollectionView> {
  return collectionView(deps, siteId, await findCollection(deps, siteId, collectionId));
}

/** Writes a collection (its products in order for a manual one); its handle is the shop's own. */
async function saveCollection(
  tx: Tx,
  siteId: string,
  collectionId: string | null,
  input: CollectionInput,
): Promise<string> {
  if (!input.automatic && input.productIds.length > 0) {
    const found = await tx.product.count({
      where: { siteId, id: { in: input.productIds } },
    });
    if (found !== new Set(input.productIds).size)
      throw badRequest(
        said("app.error.someProductsMissing", "Some of these products do not exist."),
        "productIds",
      );
  }
  const handle =
    input.handle ??
    (collectionId ? undefined : await freeHandle(tx, siteId, slugify(input.title), "collection"));
  if (handle) {
    const clash = await tx.collection.findFirst({
      where: { siteId, handle, ...(collectionId ? { id: { not: collectionId } } : {}) },
    });
    if (clash)
      throw new DomainError(
        "CONFLICT",
        said(
          "app.error.collectionAddressTaken",
          `Another collection already uses the address “${handle}”.`,
          { handle },
        ),
        {
          handle: [
            said(
              "app.error.collectionAddressTakenField",
              "Another collection already uses this address.",
            ),
          ],
        },
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
    : (await tx.collection.create({ data: { ...data, handle: handle!, siteId } })).id;
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

export async function createCollection(
  deps: Deps,
  siteId: string,
  input: CollectionInput,
  actor: MerchantActor,
): Promise<CollectionView> {
  const id = await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    const id = await saveCollection(tx, siteId, null, input);
    return { value: id, record: { action: "collection.created", target: id } };
  });
  return getCollection(deps, siteId, id);
}

export async function updateCollection(
  deps: Deps,
  siteId: string,
  collectionId: string,
  input: CollectionInput,
  actor: MerchantActor,
): Promise<CollectionView> {
  await findCollection(deps, siteId, collectionId);
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    await saveCollection(tx, siteId, collectionId, input);
    return { value: null, record: { action: "collection.updated", target: collectionId } };
  });
  return getCollection(deps, siteId, collectionId);
}

export async function deleteCollection(
  deps: Deps,
  siteId: string,
  collectionId: string,
  actor: MerchantActor,
): Promise<void> {
  await findCollection(deps, siteId, collectionId);
  await commitChange(deps, siteId, actor, { catalog: true }, async (tx) => {
    await tx.collection.delete({ where: { id: collectionId } });
    return { value: null, record: { action: "collection.deleted", target: collectionId } };
  });
}
