-- CreateTable: the built-in test gateway's own ledger of charges and refunds (no real money), so
-- lookups and refunds work after a restart.
CREATE TABLE "TestCharge" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "refunded" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestCharge_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TestRefund" (
    "id" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TestRefund_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TestCharge_idempotencyKey_key" ON "TestCharge"("idempotencyKey");
CREATE INDEX "TestCharge_orderId_idx" ON "TestCharge"("orderId");
CREATE UNIQUE INDEX "TestRefund_idempotencyKey_key" ON "TestRefund"("idempotencyKey");
CREATE INDEX "TestRefund_chargeId_idx" ON "TestRefund"("chargeId");

ALTER TABLE "TestRefund" ADD CONSTRAINT "TestRefund_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "TestCharge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
