-- The app instance that sends an outbox message claims it first, so two instances never both send it.
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedAt" DATETIME;
