-- The merchant app's language chosen on the account settings page ("en", "fr"); NULL follows
-- the browser's languages.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
