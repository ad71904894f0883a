-- AlterTable: the storefront's language (null: the site document's) and time zone, chosen in the
-- store settings.
ALTER TABLE "StoreSettings" ADD COLUMN "language" TEXT;
ALTER TABLE "StoreSettings" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
