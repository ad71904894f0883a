-- AlterTable: why a code the cart carried was left out when checkout started, shown on checkout.
ALTER TABLE "Order" ADD COLUMN "discountNotice" TEXT;
