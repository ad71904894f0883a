-- AlterTable: a product a generated store added without the brief naming it; the editor flags it
-- and publishing warns until the merchant edits or removes it.
ALTER TABLE "Product" ADD COLUMN "sample" BOOLEAN NOT NULL DEFAULT false;
