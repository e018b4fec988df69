-- A risk the channel's facts proposed keeps the facts it was proposed from (lib/assessments/proposals.ts).
ALTER TABLE "Risk" ADD COLUMN "proposedFrom" TEXT;
