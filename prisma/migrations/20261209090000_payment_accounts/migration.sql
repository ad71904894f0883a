-- CreateTable: a store's own account at a payment provider (Stripe Connect, PayPal merchant).
CREATE TABLE "PaymentAccount" (
    "id" TEXT NOT NULL,
    "siteId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "detailsSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "chargesEnabled" BOOLEAN NOT NULL DEFAULT false,
    "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "requirements" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaymentAccount_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PaymentAccount_siteId_provider_key" ON "PaymentAccount"("siteId", "provider");
CREATE UNIQUE INDEX "PaymentAccount_provider_accountId_key" ON "PaymentAccount"("provider", "accountId");

ALTER TABLE "PaymentAccount" ADD CONSTRAINT "PaymentAccount_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;
