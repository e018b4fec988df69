-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "policyVersionId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dueDate" TEXT NOT NULL,
    "dueReason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "measurements" TEXT NOT NULL DEFAULT '{}',
    "exitTriggers" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT,
    "rationale" TEXT NOT NULL DEFAULT '',
    "editedById" TEXT,
    "submittedAt" DATETIME,
    "reviewerId" TEXT,
    "reviewerRole" TEXT,
    "reviewNote" TEXT,
    "reviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evaluation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvaluationReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,
    CONSTRAINT "EvaluationReminder_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_assessmentId_key" ON "Evaluation"("assessmentId");

-- CreateIndex
CREATE INDEX "Evaluation_municipalityId_dueDate_idx" ON "Evaluation"("municipalityId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationReminder_key_key" ON "EvaluationReminder"("key");

-- CreateIndex
CREATE INDEX "EvaluationReminder_municipalityId_sentAt_idx" ON "EvaluationReminder"("municipalityId", "sentAt");

