-- Provider events handled once: a delivery claims the event until `claimedUntil`, counts its
-- attempts and keeps the last failure (server/commerce/webhook-events.ts, #17).
ALTER TABLE "WebhookEvent" ADD COLUMN "claimedUntil" TIMESTAMP(3);
ALTER TABLE "WebhookEvent" ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "WebhookEvent" ADD COLUMN "lastError" TEXT;
