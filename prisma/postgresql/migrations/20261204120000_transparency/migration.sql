-- Transparency report per channel and year (lib/transparency): figures and dilemmas, approved by a second person.

-- CreateTable
CREATE TABLE "TransparencyReport" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "figures" TEXT NOT NULL DEFAULT '{}',
    "dilemmas" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "updatedById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransparencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_assessmentId_key" ON "TransparencyReport"("assessmentId");

-- CreateIndex
CREATE INDEX "TransparencyReport_municipalityId_idx" ON "TransparencyReport"("municipalityId");
