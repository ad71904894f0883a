-- AlterTable
ALTER TABLE "Refund" ADD COLUMN "shipping" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DiscountRedemption" (
    "id" TEXT NOT NULL,
    "discountId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "customerKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscountRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DiscountRedemption_orderId_key" ON "DiscountRedemption"("orderId");

-- CreateIndex
CREATE INDEX "DiscountRedemption_discountId_customerKey_idx" ON "DiscountRedemption"("discountId", "customerKey");

-- AddForeignKey
ALTER TABLE "DiscountRedemption" ADD CONSTRAINT "DiscountRedemption_discountId_fkey" FOREIGN KEY ("discountId") REFERENCES "Discount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountRedemption" ADD CONSTRAINT "DiscountRedemption_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the codes paid orders used so far, keyed as customerKey() keys them today
-- (lower case, no "+tag", no dots at gmail.com and googlemail.com).
INSERT INTO "DiscountRedemption" ("id", "discountId", "orderId", "customerKey", "createdAt")
SELECT gen_random_uuid()::text, o."discountId", o."id",
       CASE WHEN o."domain" IN ('gmail.com', 'googlemail.com')
            THEN replace(o."base", '.', '') || '@gmail.com'
            ELSE o."base" || '@' || o."domain" END,
       o."paidAt"
FROM (
    SELECT "id", "discountId", "paidAt",
           split_part(lower(trim("email")), '@', 2) AS "domain",
           coalesce(nullif(split_part(split_part(lower(trim("email")), '@', 1), '+', 1), ''),
                    split_part(lower(trim("email")), '@', 1)) AS "base"
    FROM "Order"
    WHERE "paidAt" IS NOT NULL AND "discountId" IS NOT NULL AND "email" IS NOT NULL
) o
JOIN "Discount" d ON d."id" = o."discountId";
