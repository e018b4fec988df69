-- CreateIndex
CREATE INDEX "PolicyVersion_status_publishedAt_municipalityId_year_snapshotHash_id_idx" ON "PolicyVersion"("status", "publishedAt", "municipalityId", "year", "snapshotHash", "id");

