import { z } from "zod";
import type { StorefrontCartLine, StorefrontImage } from "../../blocks/render/commerce.ts";
import type { AppDeps } from "../deps.ts";
import { Prisma, type PrismaClient } from "../db/client.ts";
import { ZDestination, type Destination } from "./address.ts";
import { matchesRules, readImages, readRules, siteCatalog } from "./catalog.ts";
import { lookupDiscount, ZDiscountCode } from "./discounts.ts";
import { badRequest, DomainError, notFound, said } from "../errors.ts";
import { translator } from "../../domain/storefront-i18n/index.ts";
import { soldOut } from "./errors.ts";
import { formatMinor } from "../../domain/money.ts";
import { heldSql } from "./inventory.ts";
import { computeTotals, PricingError, type PricingLine, type Totals } from "./pricing.ts";
import { optionsFor, taxRateIn } from "./shipping.ts";

/** A cart holds at most this many different items, each at most this many times. */
export const MAX_CART_LINES = 100;
export const MAX_LINE_QUANTITY = 999;

type Client = PrismaClient;

/** What a shopper may send to change a cart. Prices are never among them. */
const quantity = (min: number) =>
  z.coerce
    .number({ error: "Enter a quantity." })
    .int("Enter a whole number.")
    .min(min, min === 0 ? "The quantity cannot be negative." : "Add at least one.")
    .max(MAX_LINE_QUANTITY, `You can buy at most ${MAX_LINE_QUANTITY} of one item at a time.`);

export const ZCartAdd = z.object({
  variantId: z.string({ error: "Choose an option." }).uuid("Choose an option of this product."),
  productId: z.string().uuid("This product does not exist.").optional(),
  quantity: quantity(1).default(1),
});
export const ZCartUpdate = z.object({
  lineId: z.string({ error: "Say which item to change." }).uuid("This item is not in your cart."),
  quantity: quantity(0),
});
export const ZCartRemove = z.object({
  lineId: z.string({ error: "Say which item to remove." }).uuid("This item is not in your cart."),
});
export const ZCartDiscount = z.object({ code: ZDiscountCode });
export const ZCartEstimate = ZDestination;

export type CartLineView = StorefrontCartLine & {
  /** Units still on sale for this variant; null when stock is not limited. */
  available: number | null;
  /** Set when the price changed since the shopper added the item. */
  priceChanged: { from: number; to: number } | null;
  compareAtPrice: number | null;
};

export type CartView = {
  id: string | null;
  currency: string;
  taxesIncluded: boolean;
  lines: CartLineView[];
  itemCount: number;
  subtotal: number;
  discount: { code: string; amount: number; problem: string | null } | null;
  estimate: {
    destination: Destination;
    options: { id: string; name: string; price: number }[];
    problem: string | null;
  } | null;
  shippingTotal: number | null;
  taxTotal: number;
  total: number;
  /** Things the shopper should know: a price changed, an item is gone or short. */
  notices: string[];
};

/** One cart line with what the cart shows and checks about it, read in a single query. */
type CartRow = {
  lineId: string;
  quantity: number;
  priceSeen: number;
  variantId: string;
  variantTitle: string;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  trackStock: boolean;
  allowBackorder: boolean;
  weightGrams: number;
  productId: string;
  productTitle: string;
  handle: string;
  status: string;
  images: Prisma.JsonValue;
  vendor: string;
  tags: string[];
  /** Units of the variant held by live checkout reservations. */
  held: number;
};

type LoadedCart = {
  id: string;
  discountCode: string | null;
  estimateAddress: Prisma.JsonValue | null;
  lines: CartRow[];
};

/**
 * The shopper's cart with its lines, variants, products and the units held in other shoppers'
 * checkouts, in one round trip: the cart API is the storefront's busiest dynamic endpoint.
 */
async function findCart(
  client: Pick<Client, "$queryRaw">,
  siteId: string,
  cartId: string | undefined,
  now: Date,
): Promise<LoadedCart | null> {
  if (!cartId || !z.string().uuid().safeParse(cartId).success) return null;
  const rows = await client.$queryRaw<
    ({ cartId: string; discountCode: string | null; estimateAddress: Prisma.JsonValue | null } & {
      [K in keyof CartRow]: CartRow[K] | null;
    })[]
  >`
    SELECT c."id" AS "cartId", c."discountCode", c."estimateAddress",
      l."id" AS "lineId", l."quantity", l."priceSeen",
      v."id" AS "variantId", v."title" AS "variantTitle", v."price", v."compareAtPrice",
      v."stock", v."trackStock", v."allowBackorder", v."weightGrams",
      p."id" AS "productId", p."title" AS "productTitle", p."handle", p."status"::text AS "status",
      p."images", p."vendor", p."tags",
      ${heldSql(Prisma.sql`v."id"`, Prisma.sql`c."id"`, now)} AS "held"
    FROM "Cart" c
    LEFT JOIN "CartLine" l ON l."cartId" = c."id"
    LEFT JOIN "ProductVariant" v ON v."id" = l."variantId"
    LEFT JOIN "Product" p ON p."id" = v."productId"
    WHERE c."id" = ${cartId} AND c."siteId" = ${siteId}
    ORDER BY l."createdAt", l."id"`;
  const first = rows[0];
  if (!first) return null;
  return {
    id: first.cartId,
    discountCode: first.discountCode,
    estimateAddress: first.estimateAddress,
    lines: rows.filter((r) => r.lineId !== null) as unknown as CartRow[],
  };
}

/** The collections each product belongs to (manual and automatic), for collection-scoped codes. */
export async function collectionIdsByProduct(
  client: Pick<Client, "collection">,
  siteId: string,
  products: readonly {
    id: string;
    title: string;
    vendor: string;
    tags: string[];
    priceMin: number;
  }[],
): Promise<Map<string, string[]>> {
  const out = new Map(products.map((p) => [p.id, [] as string[]]));
  if (products.length === 0) return out;
  const collections = await client.collection.findMany({
    where: { siteId },
    select: {
      id: true,
      automatic: true,
      rules: true,
      matchAll: true,
      products: {
        where: { productId: { in: products.map((p) => p.id) } },
        select: { productId: true },
      },
    },
  });
  for (const c of collections) {
    if (c.automatic) {
      const rules = readRules(c.rules);
      for (const p of products) if (matchesRules(p, rules, c.matchAll)) out.get(p.id)!.push(c.id);
    } else {
      for (const cp of c.products) out.get(cp.productId)?.push(c.id);
    }
  }
  return out;
}

/** The shopper's cart as the storefront shows it, with totals from the server's prices. */
export async function cartView(
  deps: Pick<AppDeps, "db" | "siteDocuments" | "now" | "commerce">,
  siteId: string,
  cartId: string | undefined,
  locale = "en-US",
): Promise<CartView> {
  const client = deps.db.prisma;
  const now = deps.now();
  const [shop, cart] = await Promise.all([
    siteCatalog(deps, siteId),
    findCart(client, siteId, cartId, now),
  ]);
  const money = (minor: number) => formatMinor(minor, shop.currency, locale);
  // The shopper reads the notices in the store's language (decision 0016).
  const say = translator(locale);
  const empty: CartView = {
    id: cart?.id ?? null,
    currency: shop.currency,
    taxesIncluded: shop.taxesIncluded,
    lines: [],
    itemCount: 0,
    subtotal: 0,
    discount: null,
    estimate: null,
    shippingTotal: null,
    taxTotal: 0,
    total: 0,
    notices: [],
  };
  if (!cart) return empty;

  const notices: string[] = [];
  // Items taken off sale since they were added leave the cart, and the shopper is told.
  const gone = cart.lines.filter((l) => l.status !== "active");
  if (gone.length > 0) {
    await client.cartLine.deleteMany({ where: { id: { in: gone.map((l) => l.lineId) } } });
    for (const line of gone)
      notices.push(say("storefront.cart.removed", { product: line.productTitle }));
  }
  const lines = cart.lines.filter((l) => l.status === "active");

  const views: CartLineView[] = lines.map((l) => {
    const limited = l.trackStock && !l.allowBackorder;
    const available = limited ? Math.max(0, l.stock - l.held) : null;
    if (available !== null && l.quantity > available)
      notices.push(
        available === 0
          ? say("storefront.cart.soldOut", { product: l.productTitle })
          : say("storefront.cart.onlyLeft", { count: available, product: l.productTitle }),
      );
    if (l.priceSeen !== l.price)
      notices.push(
        say("storefront.cart.priceChanged", {
          product: l.productTitle,
          before: money(l.priceSeen),
          after: money(l.price),
        }),
      );
    const image: StorefrontImage | undefined = readImages(l.images)[0];
    return {
      id: l.lineId,
      productId: l.productId,
      variantId: l.variantId,
      handle: l.handle,
      title: l.productTitle,
      variantTitle: l.variantTitle === "Default Title" ? undefined : l.variantTitle,
      quantity: l.quantity,
      unitPrice: l.price,
      lineTotal: l.price * l.quantity,
      ...(image ? { image } : {}),
      available,
      priceChanged: l.priceSeen !== l.price ? { from: l.priceSeen, to: l.price } : null,
      compareAtPrice: l.compareAtPrice,
    };
  });

  const lookup = cart.discountCode
    ? await lookupDiscount(client, siteId, cart.discountCode, now)
    : null;
  const discount = lookup?.ok ? lookup.discount : null;
  const collections =
    discount?.scope === "collections"
      ? await collectionIdsByProduct(
          client,
          siteId,
          lines.map((l) => ({
            id: l.productId,
            title: l.productTitle,
            vendor: l.vendor,
            tags: l.tags,
            priceMin: l.price,
          })),
        )
      : new Map<string, string[]>();
  const pricingLines: PricingLine[] = lines.map((l) => ({
    key: l.lineId,
    productId: l.productId,
    collectionIds: collections.get(l.productId) ?? [],
    unitPrice: l.price,
    quantity: l.quantity,
    weightGrams: l.weightGrams,
  }));

  const destination = ZDestination.safeParse(cart.estimateAddress ?? undefined);
  let estimate: CartView["estimate"] = null;
  let shippingTotal: number | null = null;
  let totals: Totals;
  try {
    totals = computeTotals({
      lines: pricingLines,
      taxesIncluded: shop.taxesIncluded,
      discount,
      formatMoney: money,
    });
    if (destination.success) {
      const { country, region } = destination.data;
      const options = optionsFor(
        shop.shippingZones,
        country,
        totals.weightGrams,
        totals.subtotal - totals.discountTotal,
      );
      const cheapest = options?.[0];
      totals = computeTotals({
        lines: pricingLines,
        taxesIncluded: shop.taxesIncluded,
        discount,
        shippingRate: cheapest?.rate ?? null,
        taxRate: taxRateIn(shop.taxRates, country, region),
        formatMoney: money,
      });
      shippingTotal = cheapest ? totals.shippingTotal : null;
      estimate = {
        destination: destination.data,
        options: (options ?? []).map((o) => ({
          id: o.id,
          name: o.name,
          price: discount?.kind === "free_shipping" ? 0 : o.price,
        })),
        problem: options ? null : say("storefront.error.noShipping"),
      };
    }
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    notices.push(error.message);
    totals = {
      lines: [],
      subtotal: 0,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: 0,
      total: 0,
      discountProblem: null,
      weightGrams: 0,
    };
  }
  return {
    ...empty,
    lines: views,
    itemCount: views.reduce((sum, l) => sum + l.quantity, 0),
    subtotal: totals.subtotal,
    discount: cart.discountCode
      ? {
          code: cart.discountCode,
          amount: totals.discountTotal,
          problem: lookup && !lookup.ok ? lookup.problem : totals.discountProblem,
        }
      : null,
    estimate,
    shippingTotal,
    taxTotal: totals.taxTotal,
    total: totals.total,
    notices,
  };
}

/** The id of the shopper's cart, creating one when the cookie names none. */
async function cartIdFor(client: Client, siteId: string, cart: LoadedCart | null): Promise<string> {
  return cart?.id ?? (await client.cart.create({ data: { siteId } })).id;
}

type SellableVariant = {
  id: string;
  productId: string;
  price: number;
  stock: number;
  trackStock: boolean;
  allowBackorder: boolean;
  title: string;
  held: number;
};

/**
 * A variant of this site that is on sale, with the units held in checkouts (other than the
 * cart's own); one query.
 */
async function variantOnSale(
  client: Client,
  siteId: string,
  variantId: string,
  productId: string | undefined,
  cartId: string | null,
  now: Date,
) {
  const [variant] = await client.$queryRaw<SellableVariant[]>`
    SELECT v."id", v."productId", v."price", v."stock", v."trackStock", v."allowBackorder", p."title",
      ${heldSql(Prisma.sql`v."id"`, Prisma.sql`${cartId}`, now)} AS "held"
    FROM "ProductVariant" v JOIN "Product" p ON p."id" = v."productId"
    WHERE v."id" = ${variantId} AND v."siteId" = ${siteId} AND p."status" = 'active'`;
  if (!variant || (productId && variant.productId !== productId))
    throw new DomainError("NOT_FOUND", "This product is not available.", {
      variantId: ["This product is not available."],
    });
  return variant;
}

function checkStock(
  variant: { stock: number; trackStock: boolean; allowBackorder: boolean; held: number },
  title: string,
  wanted: number,
) {
  if (!variant.trackStock || variant.allowBackorder) return;
  const available = Math.max(0, variant.stock - variant.held);
  if (wanted > available)
    throw soldOut(
      available === 0
        ? said("storefront.cart.soldOut", `${title} is sold out.`, { product: title })
        : said("storefront.cart.onlyLeft", `Only ${available} of ${title} left.`, {
            count: available,
            product: title,
          }),
    );
}

/** Adds units of a variant; refuses (changing nothing) more than the shop can sell. */
export async function addToCart(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  input: z.infer<typeof ZCartAdd>,
): Promise<string> {
  const client = deps.db.prisma;
  const now = deps.now();
  const [variant, existing] = await Promise.all([
    variantOnSale(
      client,
      siteId,
      input.variantId,
      input.productId,
      cartId && z.string().uuid().safeParse(cartId).success ? cartId : null,
      now,
    ),
    findCart(client, siteId, cartId, now),
  ]);
  const line = existing?.lines.find((l) => l.variantId === variant.id);
  const wanted = (line?.quantity ?? 0) + input.quantity;
  if (wanted > MAX_LINE_QUANTITY)
    throw badRequest(
      said(
        "storefront.error.maxQuantity",
        `You can buy at most ${MAX_LINE_QUANTITY} of one item at a time.`,
        { max: MAX_LINE_QUANTITY },
      ),
      "quantity",
    );
  if (!line && (existing?.lines.length ?? 0) >= MAX_CART_LINES)
    throw badRequest(
      said("storefront.error.maxLines", `A cart holds at most ${MAX_CART_LINES} different items.`, {
        max: MAX_CART_LINES,
      }),
    );
  checkStock(variant, variant.title, wanted);
  const id = await cartIdFor(client, siteId, existing);
  await client.cartLine.upsert({
    where: { cartId_variantId: { cartId: id, variantId: variant.id } },
    create: {
      cartId: id,
      variantId: variant.id,
      quantity: input.quantity,
      priceSeen: variant.price,
    },
    update: { quantity: { increment: input.quantity }, priceSeen: variant.price },
  });
  return id;
}

async function cartLine(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  lineId: string,
) {
  const cart = await findCart(deps.db.prisma, siteId, cartId, deps.now());
  const line = cart?.lines.find((l) => l.lineId === lineId);
  if (!cart || !line)
    throw notFound(said("storefront.error.notInCart", "This item is not in your cart."));
  return { cart, line };
}

/** Sets a line's quantity (0 removes it); the shopper has now seen the current price. */
export async function updateCartLine(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  input: z.infer<typeof ZCartUpdate>,
): Promise<void> {
  const { line } = await cartLine(deps, siteId, cartId, input.lineId);
  if (input.quantity === 0) {
    await deps.db.prisma.cartLine.delete({ where: { id: line.lineId } });
    return;
  }
  if (input.quantity > line.quantity) checkStock(line, line.productTitle, input.quantity);
  await deps.db.prisma.cartLine.update({
    where: { id: line.lineId },
    data: { quantity: input.quantity, priceSeen: line.price },
  });
}

export async function removeCartLine(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  input: z.infer<typeof ZCartRemove>,
): Promise<void> {
  const { line } = await cartLine(deps, siteId, cartId, input.lineId);
  await deps.db.prisma.cartLine.delete({ where: { id: line.lineId } });
}

/** Applies a code to the cart; refuses (keeping any earlier code) one that cannot be used. */
export async function applyCartDiscount(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  input: z.infer<typeof ZCartDiscount>,
): Promise<string> {
  const lookup = await lookupDiscount(deps.db.prisma, siteId, input.code, deps.now());
  if (!lookup.ok) throw badRequest(lookup.problem, "code");
  const id = await cartIdFor(
    deps.db.prisma,
    siteId,
    await findCart(deps.db.prisma, siteId, cartId, deps.now()),
  );
  await deps.db.prisma.cart.update({ where: { id }, data: { discountCode: lookup.discount.code } });
  return id;
}

export async function removeCartDiscount(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
): Promise<void> {
  const cart = await findCart(deps.db.prisma, siteId, cartId, deps.now());
  if (cart)
    await deps.db.prisma.cart.update({ where: { id: cart.id }, data: { discountCode: null } });
}

/** Remembers where to estimate shipping and tax for. */
export async function setCartDestination(
  deps: Pick<AppDeps, "db" | "now">,
  siteId: string,
  cartId: string | undefined,
  destination: Destination,
): Promise<string> {
  const id = await cartIdFor(
    deps.db.prisma,
    siteId,
    await findCart(deps.db.prisma, siteId, cartId, deps.now()),
  );
  await deps.db.prisma.cart.update({ where: { id }, data: { estimateAddress: destination } });
  return id;
}
