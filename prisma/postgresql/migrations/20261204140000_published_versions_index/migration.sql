-- CreateIndex
CREATE INDEX "PolicyVersion_status_publishedAt_municipalityId_year_snapsh_idx" ON "PolicyVersion"("status", "publishedAt", "municipalityId", "year", "snapshotHash", "id");

