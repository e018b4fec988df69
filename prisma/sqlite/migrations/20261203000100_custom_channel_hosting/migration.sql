-- A channel the municipality adds itself can inherit the facts of a catalogue channel, be hosted
-- by the municipality and name its server.
ALTER TABLE "CustomChannel" ADD COLUMN "baseChannelId" TEXT;
ALTER TABLE "CustomChannel" ADD COLUMN "selfHosted" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "CustomChannel" ADD COLUMN "host" TEXT;
-- Until now a digital own channel added by the municipality counted as hosted by it (scoring's moderation duty).
UPDATE "CustomChannel" SET "selfHosted" = true WHERE "kind" = 'own-channel' AND "digital" = true;
