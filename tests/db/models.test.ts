import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Prisma, type Database, type PrismaClient } from "../../server/db/client.ts";
import { useTestDatabase, testDatabaseKinds } from "../helpers/database.ts";

/**
 * Applies every migration to an empty database, then creates (with every scalar field set), reads,
 * updates and deletes a row of every model through the generated client. A column or table that
 * schema.prisma and the SQL migrations disagree on fails here, on PGlite and on PostgreSQL.
 */

type Fixture = {
  create: (prisma: PrismaClient, ids: Ids) => Promise<Record<string, unknown>>;
  update: Record<string, unknown>;
  where: (row: Record<string, unknown>) => Record<string, unknown>;
};
type Ids = { userId: string; siteId: string };

const now = new Date("2026-11-24T10:00:00.000Z");
const later = new Date("2026-12-24T10:00:00.000Z");
const bytes = new Uint8Array([1, 2, 3, 250]);
const byId = (row: Record<string, unknown>) => ({ id: row.id });

const fixtures: Record<Prisma.ModelName, Fixture> = {
  User: {
    create: (p) =>
      p.user.create({
        data: {
          id: randomUUID(),
          email: `crud-${randomUUID()}@example.com`,
          name: "Ada",
          passwordHash: "h",
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { name: "Ada L." },
    where: byId,
  },
  Session: {
    create: (p, ids) =>
      p.session.create({
        data: {
          id: randomUUID(),
          tokenHash: randomUUID(),
          userId: ids.userId,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: later,
          userAgent: "test",
          ip: "127.0.0.1",
        },
      }),
    update: { lastSeenAt: later },
    where: byId,
  },
  PasswordResetToken: {
    create: (p, ids) =>
      p.passwordResetToken.create({
        data: {
          id: randomUUID(),
          tokenHash: randomUUID(),
          userId: ids.userId,
          expiresAt: later,
          usedAt: now,
          createdAt: now,
        },
      }),
    update: { usedAt: later },
    where: byId,
  },
  Site: {
    create: (p) =>
      p.site.create({
        data: {
          id: randomUUID(),
          name: "Crud",
          slug: `crud-${randomUUID()}`,
          customDomain: `${randomUUID()}.example.com`,
          createdAt: now,
          updatedAt: now,
          deletedAt: now,
        },
      }),
    update: { name: "Crud 2" },
    where: byId,
  },
  SiteMember: {
    create: async (p, ids) => {
      const site = await p.site.create({ data: { name: "M", slug: `m-${randomUUID()}` } });
      return p.siteMember.create({
        data: { siteId: site.id, userId: ids.userId, role: "editor", createdAt: now },
      });
    },
    update: { role: "admin" },
    where: (row) => ({ siteId_userId: { siteId: row.siteId, userId: row.userId } }),
  },
  Invitation: {
    create: (p, ids) =>
      p.invitation.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          email: "guest@example.com",
          role: "viewer",
          tokenHash: randomUUID(),
          invitedById: ids.userId,
          expiresAt: later,
          acceptedAt: now,
          createdAt: now,
        },
      }),
    update: { role: "editor" },
    where: byId,
  },
  AuditLog: {
    create: (p, ids) =>
      p.auditLog.create({
        data: {
          at: now,
          actorId: ids.userId,
          siteId: ids.siteId,
          action: "crud.test",
          target: "x",
          data: { nested: [1, "two"] },
          ip: "::1",
        },
      }),
    update: { target: "y" },
    where: byId,
  },
  SiteDocument: {
    create: (p) =>
      p.siteDocument.create({
        data: {
          siteId: randomUUID(),
          version: 1,
          doc: { schemaVersion: 1, pages: [] },
          yState: bytes,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { version: 2 },
    where: (row) => ({ siteId: row.siteId }),
  },
  SiteDocumentUpdate: {
    create: (p, ids) =>
      p.siteDocumentUpdate.create({ data: { siteId: ids.siteId, update: bytes, createdAt: now } }),
    update: { update: new Uint8Array([9]) },
    where: byId,
  },
  SiteVersion: {
    create: (p, ids) =>
      p.siteVersion.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          kind: "named",
          label: "Before launch",
          doc: { a: 1 },
          yState: bytes,
          createdById: ids.userId,
          createdAt: now,
        },
      }),
    update: { label: "After launch" },
    where: byId,
  },
  // Review (server/review)
  PreviewLink: {
    create: (p, ids) =>
      p.previewLink.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          tokenHash: randomUUID(),
          label: "For the client",
          versionId: randomUUID(),
          passwordHash: "argon2-hash",
          allowComments: true,
          expiresAt: later,
          revokedAt: now,
          createdById: ids.userId,
          createdAt: now,
          lastViewedAt: now,
          viewCount: 3,
        },
      }),
    update: { viewCount: 4 },
    where: byId,
  },
  PreviewView: {
    create: async (p, ids) => {
      const link = await p.previewLink.create({
        data: { siteId: ids.siteId, tokenHash: randomUUID(), expiresAt: later },
      });
      return p.previewView.create({ data: { linkId: link.id, at: now, path: "/about" } });
    },
    update: { path: "/" },
    where: byId,
  },
  CommentThread: {
    create: async (p, ids) => {
      const link = await p.previewLink.create({
        data: { siteId: ids.siteId, tokenHash: randomUUID(), expiresAt: later },
      });
      return p.commentThread.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          pageId: "home",
          blockId: "hero-1",
          previewLinkId: link.id,
          resolvedAt: now,
          resolvedById: ids.userId,
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { resolvedAt: null },
    where: byId,
  },
  Comment: {
    create: async (p, ids) => {
      const thread = await p.commentThread.create({
        data: { siteId: ids.siteId, pageId: "home", blockId: "hero-1" },
      });
      const link = await p.previewLink.create({
        data: { siteId: ids.siteId, tokenHash: randomUUID(), expiresAt: later },
      });
      return p.comment.create({
        data: {
          id: randomUUID(),
          threadId: thread.id,
          authorId: ids.userId,
          previewLinkId: link.id,
          reviewerName: "Rita Reviewer",
          reviewerEmail: "rita@example.com",
          body: "Bigger headline, please.",
          mentions: [ids.userId],
          createdAt: now,
          editedAt: later,
        },
      });
    },
    update: { body: "Much bigger.", mentions: [] },
    where: byId,
  },
  Media: {
    create: (p, ids) =>
      p.media.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          sha256: randomUUID(),
          filename: "kiln.jpg",
          sourceType: "jpeg",
          sourceBytes: 123_456,
          origin: "upload",
          status: "ready",
          progress: 100,
          error: "none",
          alt: "The kiln at dusk",
          width: 1920,
          height: 1280,
          widths: [320, 640, 960, 1280, 1920],
          formats: ["avif", "webp", "jpeg"],
          color: "#aa7744",
          hasAlpha: false,
          placeholder: "data:image/webp;base64,AAAA",
          storedBytes: 654_321,
          createdById: ids.userId,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { alt: "Kiln", widths: [320] },
    where: byId,
  },
  AiUsage: {
    create: (p, ids) =>
      p.aiUsage.create({
        data: {
          siteId: ids.siteId,
          userId: ids.userId,
          action: "generateSite",
          provider: "openai",
          model: "gpt-4o-mini",
          promptTokens: 1200,
          completionTokens: 3400,
          credits: 10,
          createdAt: now,
        },
      }),
    update: { credits: 0 },
    where: byId,
  },
  AiSuggestion: {
    create: (p, ids) =>
      p.aiSuggestion.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          userId: ids.userId,
          action: "rewrite",
          target: { kind: "block", blockId: "hero-1", pageId: "page-home" },
          label: "Hero",
          before: { heading: "Coffee worth getting up for" },
          after: { heading: "Coffee worth getting up for!" },
          status: "pending",
          createdAt: now,
          decidedAt: later,
        },
      }),
    update: { status: "accepted" },
    where: byId,
  },
  // ---- Commerce ----
  StoreSettings: {
    create: async (p) => {
      const site = await p.site.create({ data: { name: "Shop", slug: `shop-${randomUUID()}` } });
      return p.storeSettings.create({
        data: {
          siteId: site.id,
          currency: "JPY",
          taxesIncluded: true,
          nextOrderNumber: 1001,
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { currency: "EUR" },
    where: (row) => ({ siteId: row.siteId }),
  },
  Product: {
    create: (p, ids) => p.product.create({ data: crudProduct(ids) }),
    update: { status: "archived" },
    where: byId,
  },
  ProductVariant: {
    create: async (p, ids) => {
      const product = await p.product.create({ data: crudProduct(ids) });
      return p.productVariant.create({ data: crudVariant(ids, product.id) });
    },
    update: { stock: 3 },
    where: byId,
  },
  Collection: {
    create: (p, ids) =>
      p.collection.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          handle: `c-${randomUUID()}`,
          title: "Gifts",
          description: "For others",
          image: { src: "/a.png", alt: "A", width: 10, height: 10 },
          automatic: true,
          rules: [{ field: "tag", relation: "equals", value: "gift" }],
          matchAll: false,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { title: "Presents" },
    where: byId,
  },
  CollectionProduct: {
    create: async (p, ids) => {
      const product = await p.product.create({ data: crudProduct(ids) });
      const collection = await p.collection.create({
        data: { siteId: ids.siteId, handle: `c-${randomUUID()}`, title: "C" },
      });
      return p.collectionProduct.create({
        data: { collectionId: collection.id, productId: product.id, position: 2 },
      });
    },
    update: { position: 5 },
    where: (row) => ({
      collectionId_productId: { collectionId: row.collectionId, productId: row.productId },
    }),
  },
  Cart: {
    create: (p, ids) =>
      p.cart.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          discountCode: "SAVE10",
          estimateAddress: { country: "US", region: "CA", postalCode: "94107" },
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { discountCode: "OTHER" },
    where: byId,
  },
  CartLine: {
    create: async (p, ids) => {
      const product = await p.product.create({ data: crudProduct(ids) });
      const variant = await p.productVariant.create({ data: crudVariant(ids, product.id) });
      const cart = await p.cart.create({ data: { siteId: ids.siteId } });
      return p.cartLine.create({
        data: {
          id: randomUUID(),
          cartId: cart.id,
          variantId: variant.id,
          quantity: 2,
          priceSeen: 1850,
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { quantity: 3 },
    where: byId,
  },
  Order: {
    create: (p, ids) => p.order.create({ data: crudOrder(ids) }),
    update: { status: "cancelled" },
    where: byId,
  },
  Checkout: {
    create: (p, ids) => p.checkout.create({ data: crudCheckout(ids) }),
    update: { status: "completed" },
    where: byId,
  },
  CheckoutLine: {
    create: async (p, ids) => {
      const checkout = await p.checkout.create({ data: crudCheckout(ids) });
      return p.checkoutLine.create({
        data: {
          id: randomUUID(),
          checkoutId: checkout.id,
          productId: randomUUID(),
          variantId: randomUUID(),
          title: "Kettle",
          variantTitle: "Black",
          sku: "K-1",
          handle: "kettle",
          image: { src: "/k.png", alt: "", width: 1, height: 1 },
          unitPrice: 1000,
          quantity: 1,
          discount: 100,
          tax: 90,
          weightGrams: 900,
        },
      });
    },
    update: { quantity: 2 },
    where: byId,
  },
  OrderLine: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.orderLine.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          productId: randomUUID(),
          variantId: randomUUID(),
          title: "Kettle",
          variantTitle: "Black",
          sku: "K-1",
          handle: "kettle",
          image: { src: "/k.png", alt: "", width: 1, height: 1 },
          unitPrice: 1000,
          quantity: 1,
          discount: 100,
          tax: 90,
          weightGrams: 900,
          refundedQuantity: 0,
          fulfilledQuantity: 1,
        },
      });
    },
    update: { refundedQuantity: 1 },
    where: byId,
  },
  Payment: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.payment.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          provider: "stripe",
          providerRef: "cs_1",
          refundRef: "pi_1",
          amount: 1480,
          currency: "USD",
          status: "succeeded",
          attempt: 1,
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { status: "refunded" },
    where: byId,
  },
  Fulfilment: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.fulfilment.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          status: "shipped",
          trackingNumber: "1Z",
          trackingCarrier: "UPS",
          trackingUrl: "https://ups.example/1Z",
          createdById: ids.userId,
          createdAt: now,
        },
      });
    },
    update: { trackingNumber: "1Z2" },
    where: byId,
  },
  FulfilmentLine: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      const line = await p.orderLine.create({
        data: { orderId: order.id, title: "Kettle", unitPrice: 1000, quantity: 2 },
      });
      const fulfilment = await p.fulfilment.create({ data: { orderId: order.id } });
      return p.fulfilmentLine.create({
        data: { id: randomUUID(), fulfilmentId: fulfilment.id, orderLineId: line.id, quantity: 1 },
      });
    },
    update: { quantity: 2 },
    where: byId,
  },
  OrderEvent: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.orderEvent.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          kind: "fulfilment.shipped",
          message: "1 item shipped",
          data: { fulfilmentId: "f" },
          actorId: ids.userId,
          at: now,
          seq: 1,
        },
      });
    },
    update: { message: "2 items shipped" },
    where: byId,
  },
  InventoryReservation: {
    create: async (p, ids) => {
      const product = await p.product.create({ data: crudProduct(ids) });
      const variant = await p.productVariant.create({ data: crudVariant(ids, product.id) });
      const checkout = await p.checkout.create({ data: crudCheckout(ids) });
      return p.inventoryReservation.create({
        data: {
          id: randomUUID(),
          checkoutId: checkout.id,
          variantId: variant.id,
          quantity: 1,
          expiresAt: later,
          releasedAt: now,
          createdAt: now,
        },
      });
    },
    update: { quantity: 2 },
    where: byId,
  },
  Refund: {
    create: async (p, ids) => {
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.refund.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          amount: 500,
          reason: "Damaged",
          restock: true,
          lines: [{ lineId: "l", quantity: 1 }],
          shipping: true,
          status: "succeeded",
          providerRef: "re_1",
          createdById: ids.userId,
          createdAt: now,
        },
      });
    },
    update: { status: "failed" },
    where: byId,
  },
  Discount: {
    create: (p, ids) =>
      p.discount.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          code: `CODE${randomUUID().slice(0, 8).toUpperCase()}`,
          kind: "percentage",
          value: 1000,
          minSubtotal: 500,
          usageLimit: 10,
          perCustomerLimit: 1,
          usedCount: 0,
          startsAt: now,
          endsAt: later,
          scope: "collections",
          productIds: [randomUUID()],
          collectionIds: [randomUUID()],
          active: true,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { usedCount: 1 },
    where: byId,
  },
  DiscountRedemption: {
    create: async (p, ids) => {
      const discount = await p.discount.create({
        data: { siteId: ids.siteId, code: `R${randomUUID().slice(0, 8)}`, kind: "percentage" },
      });
      const order = await p.order.create({ data: crudOrder(ids) });
      return p.discountRedemption.create({
        data: {
          id: randomUUID(),
          discountId: discount.id,
          orderId: order.id,
          customerKey: "ann@example.com",
          createdAt: now,
        },
      });
    },
    update: { customerKey: "jo@gmail.com" },
    where: byId,
  },
  TaxRate: {
    create: (p, ids) =>
      p.taxRate.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          country: "US",
          region: `R${randomUUID().slice(0, 4)}`,
          name: "Sales tax",
          ratePpm: 88_750,
          appliesToShipping: true,
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { ratePpm: 90_000 },
    where: byId,
  },
  ShippingZone: {
    create: (p, ids) =>
      p.shippingZone.create({
        data: {
          id: randomUUID(),
          siteId: ids.siteId,
          name: "Europe",
          countries: ["DE", "FR"],
          createdAt: now,
          updatedAt: now,
        },
      }),
    update: { name: "EU" },
    where: byId,
  },
  ShippingRate: {
    create: async (p, ids) => {
      const zone = await p.shippingZone.create({
        data: { siteId: ids.siteId, name: "Z", countries: ["*"] },
      });
      return p.shippingRate.create({
        data: {
          id: randomUUID(),
          zoneId: zone.id,
          name: "Heavy",
          kind: "weight",
          price: 1500,
          minWeightGrams: 1000,
          maxWeightGrams: 5000,
          freeOverAmount: 10000,
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { price: 1200 },
    where: byId,
  },
  PaymentAccount: {
    create: async (p) => {
      const site = await p.site.create({ data: { name: "Shop", slug: `shop-${randomUUID()}` } });
      return p.paymentAccount.create({
        data: {
          id: randomUUID(),
          siteId: site.id,
          provider: "stripe",
          accountId: `acct_${randomUUID()}`,
          detailsSubmitted: true,
          chargesEnabled: true,
          payoutsEnabled: false,
          requirements: { currentlyDue: ["external_account"], disabledReason: null },
          createdAt: now,
          updatedAt: now,
        },
      });
    },
    update: { payoutsEnabled: true },
    where: byId,
  },
  WebhookEvent: {
    create: (p) =>
      p.webhookEvent.create({
        data: {
          id: randomUUID(),
          provider: "stripe",
          eventId: `evt_${randomUUID()}`,
          type: "checkout.session.completed",
          orderId: randomUUID(),
          receivedAt: now,
          processedAt: later,
        },
      }),
    update: { processedAt: now },
    where: byId,
  },
  TestCharge: {
    create: (p, ids) => p.testCharge.create({ data: crudTestCharge(ids) }),
    update: { refunded: 500 },
    where: byId,
  },
  TestRefund: {
    create: async (p, ids) => {
      const charge = await p.testCharge.create({ data: crudTestCharge(ids) });
      return p.testRefund.create({
        data: {
          id: `tre_${randomUUID()}`,
          chargeId: charge.id,
          amount: 500,
          idempotencyKey: `refund-${randomUUID()}`,
          createdAt: now,
        },
      });
    },
    update: { amount: 600 },
    where: byId,
  },
};

function crudTestCharge(ids: Ids) {
  return {
    id: `tch_${randomUUID()}`,
    siteId: ids.siteId,
    orderId: randomUUID(),
    amount: 4_850,
    currency: "USD",
    refunded: 0,
    idempotencyKey: `checkout-${randomUUID()}-1`,
    createdAt: now,
  };
}

// Commerce rows with every scalar set, shared by the fixtures that need a product or an order.
function crudProduct(ids: Ids) {
  return {
    id: randomUUID(),
    siteId: ids.siteId,
    handle: `p-${randomUUID()}`,
    title: "Kettle",
    descriptionHtml: "<p>Pours well</p>",
    status: "active" as const,
    vendor: "Northbound",
    tags: ["gear", "gift"],
    images: [{ src: "/k.png", alt: "Kettle", width: 800, height: 800 }],
    options: [{ name: "Colour", values: ["Black"] }],
    seoTitle: "Kettle",
    seoDescription: "A kettle",
    createdAt: now,
    updatedAt: now,
  };
}

function crudVariant(ids: Ids, productId: string) {
  return {
    id: randomUUID(),
    productId,
    siteId: ids.siteId,
    title: "Black",
    option1: "Black",
    option2: "x",
    option3: "y",
    position: 0,
    price: 1850,
    compareAtPrice: 2000,
    sku: "K-1",
    barcode: "123",
    weightGrams: 900,
    stock: 4,
    trackStock: true,
    allowBackorder: false,
    createdAt: now,
    updatedAt: now,
  };
}

function crudCheckout(ids: Ids) {
  return {
    id: randomUUID(),
    siteId: ids.siteId,
    token: randomUUID(),
    status: "open" as const,
    cartId: randomUUID(),
    email: "shopper@example.com",
    customerName: "Sam",
    shippingAddress: { name: "Sam", line1: "1 Main St", city: "Springfield", country: "US" },
    shippingRateId: randomUUID(),
    shippingRateName: "Standard",
    currency: "USD",
    taxesIncluded: false,
    subtotal: 1000,
    discountTotal: 100,
    shippingTotal: 500,
    taxTotal: 80,
    total: 1480,
    discountId: randomUUID(),
    discountCode: "SAVE10",
    discountNotice: "The code OLD has expired.",
    paymentProvider: "test",
    paymentRef: "tch_1",
    paymentIntentRef: "tch_1",
    paymentAttempts: 1,
    paymentClaimedAt: now,
    processingSince: now,
    reservedUntil: later,
    cancelReason: "none",
    cancelledAt: now,
    completedAt: now,
    orderId: null,
    createdAt: now,
    updatedAt: now,
  };
}

function crudOrder(ids: Ids) {
  return {
    id: randomUUID(),
    siteId: ids.siteId,
    number: Math.floor(Math.random() * 1_000_000_000),
    token: randomUUID(),
    status: "paid" as const,
    email: "shopper@example.com",
    customerName: "Sam",
    shippingAddress: { name: "Sam", line1: "1 Main St", city: "Springfield", country: "US" },
    shippingRateId: randomUUID(),
    shippingRateName: "Standard",
    currency: "USD",
    taxesIncluded: false,
    subtotal: 1000,
    discountTotal: 100,
    shippingTotal: 500,
    taxTotal: 80,
    total: 1480,
    refundedTotal: 0,
    discountId: randomUUID(),
    discountCode: "SAVE10",
    paymentProvider: "test",
    paymentRef: "tch_1",
    paymentIntentRef: "tch_1",
    paymentStatus: "paid" as const,
    fulfilmentStatus: "fulfilled" as const,
    cancelReason: "none",
    paidAt: now,
    fulfilledAt: now,
    cancelledAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

function scalarFields(prisma: PrismaClient, model: string): string[] {
  // The generated client's own description of each model (what schema.prisma says).
  const dataModel = (
    prisma as unknown as {
      _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string }[] }> };
    }
  )._runtimeDataModel;
  return dataModel.models[model]!.fields.filter((f) => f.kind !== "object").map((f) => f.name);
}

function delegate(prisma: PrismaClient, model: string) {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  type Row = Record<string, unknown>;
  type Delegate = {
    findUniqueOrThrow(args: { where: Row }): Promise<Row>;
    findUnique(args: { where: Row }): Promise<Row | null>;
    update(args: { where: Row; data: Row }): Promise<Row>;
    delete(args: { where: Row }): Promise<Row>;
  };
  return (prisma as unknown as Record<string, Delegate>)[name]!;
}

describe.each(testDatabaseKinds())("every model on %s", (kind) => {
  let db: Database;
  let ids: Ids;

  it("migrates an empty database", async () => {
    db = await useTestDatabase(kind);
    const user = await db.prisma.user.create({
      data: { email: `owner-${randomUUID()}@example.com`, name: "O", passwordHash: "h" },
    });
    const site = await db.prisma.site.create({ data: { name: "S", slug: `s-${randomUUID()}` } });
    ids = { userId: user.id, siteId: site.id };
    const tables = await db.sql.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM "_prisma_migrations"`,
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((t) => t.finished_at)).toBe(true);
  });

  it("has a fixture for every model the schema declares", () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it.each(Object.keys(fixtures) as Prisma.ModelName[])(
    "creates, reads, updates and deletes a %s",
    async (model) => {
      const fixture = fixtures[model];
      const created = await fixture.create(db.prisma, ids);
      // Every scalar field of the model came back from the database, so every column exists.
      for (const field of scalarFields(db.prisma, model)) expect(created).toHaveProperty(field);
      const where = fixture.where(created);
      const table = delegate(db.prisma, model);
      const read = await table.findUniqueOrThrow({ where });
      expect(read).toEqual(created);
      const updated = await table.update({ where, data: fixture.update });
      for (const [key, value] of Object.entries(fixture.update))
        expect(updated[key]).toEqual(value);
      await table.delete({ where });
      expect(await table.findUnique({ where })).toBeNull();
    },
  );
});
