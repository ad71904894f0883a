-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedVersionId" TEXT;
