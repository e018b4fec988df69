-- CreateIndex
CREATE INDEX "EvaluationReminder_evaluationId_sentAt_idx" ON "EvaluationReminder"("evaluationId", "sentAt");
