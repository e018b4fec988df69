-- CreateIndex
CREATE INDEX "Answer_assessmentId_updatedById_idx" ON "Answer"("assessmentId", "updatedById");
