-- CreateIndex
CREATE INDEX "PolicyVersion_status_updatedAt_publishedAt_idx" ON "PolicyVersion"("status", "updatedAt", "publishedAt");
