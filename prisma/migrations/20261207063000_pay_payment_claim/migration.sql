-- AlterTable: a payment attempt is claimed under the order lock, so a second Pay joins it.
ALTER TABLE "Order" ADD COLUMN "paymentClaimedAt" TIMESTAMP(3);
