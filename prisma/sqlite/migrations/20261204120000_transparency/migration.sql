-- Transparency report per channel and year (lib/transparency): figures and dilemmas, approved by a second person.

-- CreateTable
CREATE TABLE "TransparencyReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '{}',
    "dilemmas" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "updatedById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_assessmentId_key" ON "TransparencyReport"("assessmentId");

-- CreateIndex
CREATE INDEX "TransparencyReport_municipalityId_idx" ON "TransparencyReport"("municipalityId");
