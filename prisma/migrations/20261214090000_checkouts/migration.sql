-- A checkout is its own record (issue #17, decision 0014). `Checkout` holds what a pending order
-- held (token, cart, email, address, shipping, totals, code, the payment claim of #13, the stock
-- hold); an `Order` exists only once a provider took money. Existing data moves in this
-- transaction: every order gets a checkout with the same id, token and line ids; unpaid ones
-- (pending, or cancelled without money ever taken) stop being orders, with their stock holds now
-- on the checkout; paid ones stay orders and their checkout is completed, pointing to them.

-- CreateEnum
CREATE TYPE "CheckoutStatus" AS ENUM ('open', 'processing', 'completed', 'expired', 'cancelled');

-- CreateTable
CREATE TABLE "Checkout" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "status" "CheckoutStatus" NOT NULL DEFAULT 'open',
    "cartId" TEXT,
    "email" TEXT,
    "customerName" TEXT,
    "shippingAddress" JSONB,
    "shippingRateId" TEXT,
    "shippingRateName" TEXT,
    "currency" TEXT NOT NULL,
    "taxesIncluded" BOOLEAN NOT NULL,
    "subtotal" INTEGER NOT NULL,
    "discountTotal" INTEGER NOT NULL DEFAULT 0,
    "shippingTotal" INTEGER NOT NULL DEFAULT 0,
    "taxTotal" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL,
    "discountId" TEXT,
    "discountCode" TEXT,
    "discountNotice" TEXT,
    "paymentProvider" TEXT,
    "paymentRef" TEXT,
    "paymentIntentRef" TEXT,
    "paymentAttempts" INTEGER NOT NULL DEFAULT 0,
    "paymentClaimedAt" TIMESTAMP(3),
    "processingSince" TIMESTAMP(3),
    "reservedUntil" TIMESTAMP(3) NOT NULL,
    "cancelReason" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "orderId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Checkout_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CheckoutLine" (
    "id" TEXT NOT NULL,
    "checkoutId" TEXT NOT NULL,
    "productId" TEXT,
    "variantId" TEXT,
    "title" TEXT NOT NULL,
    "variantTitle" TEXT NOT NULL DEFAULT '',
    "sku" TEXT,
    "handle" TEXT,
    "image" JSONB,
    "unitPrice" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "tax" INTEGER NOT NULL DEFAULT 0,
    "weightGrams" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CheckoutLine_pkey" PRIMARY KEY ("id")
);

-- Which orders stay orders: money was taken (paid), or a payment was recorded and given back.
CREATE TEMPORARY TABLE "_kept_order" ON COMMIT DROP AS
SELECT o."id" FROM "Order" o
WHERE o."paidAt" IS NOT NULL
   OR EXISTS (SELECT 1 FROM "Payment" p WHERE p."orderId" = o."id")
   OR EXISTS (SELECT 1 FROM "Refund" r WHERE r."orderId" = o."id");

-- Every order's checkout, with the same id and token.
INSERT INTO "Checkout" (
    "id", "siteId", "token", "status", "cartId", "email", "customerName", "shippingAddress",
    "shippingRateId", "shippingRateName", "currency", "taxesIncluded", "subtotal", "discountTotal",
    "shippingTotal", "taxTotal", "total", "discountId", "discountCode", "discountNotice",
    "paymentProvider", "paymentRef", "paymentIntentRef", "paymentAttempts", "paymentClaimedAt",
    "processingSince", "reservedUntil", "cancelReason", "cancelledAt", "completedAt", "orderId",
    "createdAt", "updatedAt")
SELECT
    o."id", o."siteId", o."token",
    (CASE
        WHEN o."paidAt" IS NOT NULL THEN 'completed'
        WHEN o."status" = 'pending' AND o."paymentStatus" = 'processing' THEN 'processing'
        WHEN o."status" = 'pending' THEN 'open'
        WHEN o."cancelReason" = 'Checkout abandoned' THEN 'expired'
        ELSE 'cancelled'
    END)::"CheckoutStatus",
    o."cartId", o."email", o."customerName", o."shippingAddress", o."shippingRateId",
    o."shippingRateName", o."currency", o."taxesIncluded", o."subtotal", o."discountTotal",
    o."shippingTotal", o."taxTotal", o."total", o."discountId", o."discountCode",
    o."discountNotice", o."paymentProvider", o."paymentRef", o."paymentIntentRef",
    o."paymentAttempts", o."paymentClaimedAt",
    CASE WHEN o."status" = 'pending' AND o."paymentStatus" = 'processing' THEN
        COALESCE((SELECT min(e."at") FROM "OrderEvent" e
                  WHERE e."orderId" = o."id" AND e."kind" = 'payment.processing'), o."updatedAt")
    END,
    o."reservedUntil", o."cancelReason", o."cancelledAt", o."paidAt",
    CASE WHEN o."id" IN (SELECT "id" FROM "_kept_order") THEN o."id" END,
    o."createdAt", o."updatedAt"
FROM "Order" o;

INSERT INTO "CheckoutLine" (
    "id", "checkoutId", "productId", "variantId", "title", "variantTitle", "sku", "handle",
    "image", "unitPrice", "quantity", "discount", "tax", "weightGrams")
SELECT l."id", l."orderId", l."productId", l."variantId", l."title", l."variantTitle", l."sku",
    l."handle", l."image", l."unitPrice", l."quantity", l."discount", l."tax", l."weightGrams"
FROM "OrderLine" l;

-- Stock holds belong to the checkout.
ALTER TABLE "InventoryReservation" DROP CONSTRAINT "InventoryReservation_orderId_fkey";
DROP INDEX "InventoryReservation_orderId_idx";
ALTER TABLE "InventoryReservation" RENAME COLUMN "orderId" TO "checkoutId";

-- Unpaid checkouts stop being orders (their lines, events and audit trail by id stay meaningful:
-- the checkout keeps the id).
DELETE FROM "Order" WHERE "id" NOT IN (SELECT "id" FROM "_kept_order");

-- What only a checkout needs leaves the order.
ALTER TABLE "Order" DROP COLUMN "cartId",
DROP COLUMN "discountNotice",
DROP COLUMN "paymentAttempts",
DROP COLUMN "paymentClaimedAt",
DROP COLUMN "reservedUntil",
ALTER COLUMN "status" SET DEFAULT 'paid';

-- CreateIndex
CREATE UNIQUE INDEX "Checkout_token_key" ON "Checkout"("token");
CREATE UNIQUE INDEX "Checkout_orderId_key" ON "Checkout"("orderId");
CREATE INDEX "Checkout_siteId_status_createdAt_idx" ON "Checkout"("siteId", "status", "createdAt");
CREATE INDEX "Checkout_siteId_cartId_idx" ON "Checkout"("siteId", "cartId");
CREATE INDEX "Checkout_status_createdAt_idx" ON "Checkout"("status", "createdAt");
CREATE INDEX "Checkout_paymentRef_idx" ON "Checkout"("paymentRef");
CREATE INDEX "CheckoutLine_checkoutId_idx" ON "CheckoutLine"("checkoutId");
CREATE INDEX "InventoryReservation_checkoutId_idx" ON "InventoryReservation"("checkoutId");

-- AddForeignKey
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CheckoutLine" ADD CONSTRAINT "CheckoutLine_checkoutId_fkey" FOREIGN KEY ("checkoutId") REFERENCES "Checkout"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InventoryReservation" ADD CONSTRAINT "InventoryReservation_checkoutId_fkey" FOREIGN KEY ("checkoutId") REFERENCES "Checkout"("id") ON DELETE CASCADE ON UPDATE CASCADE;
