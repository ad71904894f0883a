-- A store's statement descriptor suffix for card statements (Stripe Connect, #17).
ALTER TABLE "StoreSettings" ADD COLUMN "statementDescriptor" TEXT;
