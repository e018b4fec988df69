-- Peers: published policies of municipalities on other installations, kept apart from this installation's own (lib/peers).
-- CreateTable
CREATE TABLE "PeerInstallation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PeerPolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "installationId" TEXT,
    "sourceKind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "peerSlug" TEXT NOT NULL,
    "peerName" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "snapshotJson" TEXT NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PeerPolicy_installationId_fkey" FOREIGN KEY ("installationId") REFERENCES "PeerInstallation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerInstallation_municipalityId_origin_key" ON "PeerInstallation"("municipalityId", "origin");

-- CreateIndex
CREATE INDEX "PeerPolicy_municipalityId_idx" ON "PeerPolicy"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "PeerPolicy_municipalityId_snapshotHash_key" ON "PeerPolicy"("municipalityId", "snapshotHash");

