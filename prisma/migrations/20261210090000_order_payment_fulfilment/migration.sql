-- An order's money and goods get their own states and records (issue #17, decision 0011):
-- `paymentStatus` and `fulfilmentStatus` beside the checkout's life (`status`: pending, paid,
-- cancelled), `Payment` rows for what providers took, `Fulfilment` rows for each shipment, and
-- `OrderEvent` for the order's timeline. Existing orders are moved in the same transaction.

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'processing', 'authorized', 'paid', 'partially_refunded', 'refunded', 'disputed', 'failed', 'voided');
CREATE TYPE "FulfilmentStatus" AS ENUM ('unfulfilled', 'partially_fulfilled', 'fulfilled', 'cancelled');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN "fulfilmentStatus" "FulfilmentStatus" NOT NULL DEFAULT 'unfulfilled';
ALTER TABLE "OrderLine" ADD COLUMN "fulfilledQuantity" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerRef" TEXT,
    "refundRef" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Fulfilment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'shipped',
    "trackingNumber" TEXT,
    "trackingCarrier" TEXT,
    "trackingUrl" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Fulfilment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FulfilmentLine" (
    "id" TEXT NOT NULL,
    "fulfilmentId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "FulfilmentLine_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "data" JSONB,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" SERIAL NOT NULL,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");
CREATE INDEX "Payment_refundRef_idx" ON "Payment"("refundRef");
CREATE INDEX "Payment_providerRef_idx" ON "Payment"("providerRef");
CREATE INDEX "Fulfilment_orderId_idx" ON "Fulfilment"("orderId");
CREATE UNIQUE INDEX "FulfilmentLine_fulfilmentId_orderLineId_key" ON "FulfilmentLine"("fulfilmentId", "orderLineId");
CREATE INDEX "FulfilmentLine_orderLineId_idx" ON "FulfilmentLine"("orderLineId");
CREATE INDEX "OrderEvent_orderId_at_idx" ON "OrderEvent"("orderId", "at");
CREATE INDEX "Order_siteId_paymentStatus_createdAt_idx" ON "Order"("siteId", "paymentStatus", "createdAt");
CREATE INDEX "Order_siteId_fulfilmentStatus_createdAt_idx" ON "Order"("siteId", "fulfilmentStatus", "createdAt");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Fulfilment" ADD CONSTRAINT "Fulfilment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FulfilmentLine" ADD CONSTRAINT "FulfilmentLine_fulfilmentId_fkey" FOREIGN KEY ("fulfilmentId") REFERENCES "Fulfilment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FulfilmentLine" ADD CONSTRAINT "FulfilmentLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Move the data. The money: what the old one status said about it.
UPDATE "Order" SET "paymentStatus" = CASE
    WHEN "status" = 'pending' THEN 'pending'
    WHEN "status" IN ('paid', 'fulfilled') THEN 'paid'
    WHEN "status" = 'partially_refunded' THEN 'partially_refunded'
    WHEN "status" = 'refunded' THEN 'refunded'
    -- Cancelled after payment: the payment went back (in full, or what was left of it).
    WHEN "paidAt" IS NOT NULL AND "refundedTotal" >= "total" AND "total" > 0 THEN 'refunded'
    WHEN "paidAt" IS NOT NULL AND "refundedTotal" > 0 THEN 'partially_refunded'
    WHEN "paidAt" IS NOT NULL THEN 'paid'
    ELSE 'voided'
  END::"PaymentStatus";

-- Every unit of a shipped order went out in one shipment (the old model knew no other).
UPDATE "OrderLine" l SET "fulfilledQuantity" = l."quantity"
  FROM "Order" o WHERE o."id" = l."orderId" AND o."fulfilledAt" IS NOT NULL;

UPDATE "Order" SET "fulfilmentStatus" = CASE
    WHEN "fulfilledAt" IS NOT NULL THEN 'fulfilled'
    WHEN "status" = 'cancelled' THEN 'cancelled'
    ELSE 'unfulfilled'
  END::"FulfilmentStatus";

INSERT INTO "Fulfilment" ("id", "orderId", "status", "trackingNumber", "trackingCarrier", "trackingUrl", "createdAt")
  SELECT gen_random_uuid()::text, "id", 'shipped', "trackingNumber", "trackingCarrier", "trackingUrl", "fulfilledAt"
  FROM "Order" WHERE "fulfilledAt" IS NOT NULL;

INSERT INTO "FulfilmentLine" ("id", "fulfilmentId", "orderLineId", "quantity")
  SELECT gen_random_uuid()::text, f."id", l."id", l."quantity"
  FROM "Fulfilment" f JOIN "OrderLine" l ON l."orderId" = f."orderId";

-- The order's own payment; and, on an order cancelled unpaid, the payment that came too late
-- and was refunded automatically (its refund is already a Refund row of the order).
INSERT INTO "Payment" ("id", "orderId", "provider", "providerRef", "refundRef", "amount", "currency", "status", "attempt", "createdAt", "updatedAt")
  SELECT gen_random_uuid()::text, "id", COALESCE("paymentProvider", 'none'), "paymentRef", "paymentIntentRef",
    "total", "currency", CASE WHEN "paidAt" IS NOT NULL THEN 'succeeded' ELSE 'refunded' END,
    "paymentAttempts", COALESCE("paidAt", "cancelledAt", "updatedAt"), "updatedAt"
  FROM "Order"
  WHERE "paidAt" IS NOT NULL OR ("status" = 'cancelled' AND "paymentIntentRef" IS NOT NULL);

-- The timeline, from what the rows remember.
INSERT INTO "OrderEvent" ("id", "orderId", "kind", "message", "data", "at")
  SELECT gen_random_uuid()::text, "id", 'payment.paid', 'Payment received', jsonb_build_object('amount', "total", 'provider', "paymentProvider"), "paidAt"
  FROM "Order" WHERE "paidAt" IS NOT NULL;
INSERT INTO "OrderEvent" ("id", "orderId", "kind", "message", "data", "at")
  SELECT gen_random_uuid()::text, "id", 'fulfilment.shipped', 'All items shipped',
    jsonb_build_object('trackingNumber', "trackingNumber", 'trackingCarrier', "trackingCarrier"), "fulfilledAt"
  FROM "Order" WHERE "fulfilledAt" IS NOT NULL;
INSERT INTO "OrderEvent" ("id", "orderId", "kind", "message", "data", "at")
  SELECT gen_random_uuid()::text, "orderId", 'refund.' || "status",
    CASE "status" WHEN 'pending' THEN 'Refund pending' WHEN 'failed' THEN 'Refund failed' ELSE 'Refunded' END,
    jsonb_build_object('amount', "amount", 'refundId', "id", 'reason', "reason"), "createdAt"
  FROM "Refund";
INSERT INTO "OrderEvent" ("id", "orderId", "kind", "message", "data", "at")
  SELECT gen_random_uuid()::text, "id", 'order.cancelled', 'Order cancelled', jsonb_build_object('reason', "cancelReason"), "cancelledAt"
  FROM "Order" WHERE "status" = 'cancelled' AND "cancelledAt" IS NOT NULL AND "paidAt" IS NOT NULL;

-- `status` keeps only the checkout's life; money and goods are in their own columns now.
UPDATE "Order" SET "status" = 'paid' WHERE "status" IN ('fulfilled', 'partially_refunded', 'refunded');

-- Tracking lives on each shipment.
ALTER TABLE "Order" DROP COLUMN "trackingNumber",
DROP COLUMN "trackingCarrier",
DROP COLUMN "trackingUrl";
