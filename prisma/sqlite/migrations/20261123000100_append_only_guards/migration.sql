-- The audit trail is append-only: no path in the app or in the database may change or remove an entry.
CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- An adopted policy version is a frozen snapshot. Only its publication date may still be set.
CREATE TRIGGER "PolicyVersion_frozen_update" BEFORE UPDATE ON "PolicyVersion"
WHEN OLD."status" = 'adopted' AND (
  NEW."status" IS NOT OLD."status" OR
  NEW."municipalityId" IS NOT OLD."municipalityId" OR
  NEW."year" IS NOT OLD."year" OR
  NEW."introduction" IS NOT OLD."introduction" OR
  NEW."summary" IS NOT OLD."summary" OR
  NEW."evaluationDate" IS NOT OLD."evaluationDate" OR
  NEW."previousVersionId" IS NOT OLD."previousVersionId" OR
  NEW."councilDecisionDate" IS NOT OLD."councilDecisionDate" OR
  NEW."councilDecisionRef" IS NOT OLD."councilDecisionRef" OR
  NEW."adoptedById" IS NOT OLD."adoptedById" OR
  NEW."adoptedAt" IS NOT OLD."adoptedAt" OR
  NEW."snapshotJson" IS NOT OLD."snapshotJson" OR
  NEW."snapshotHash" IS NOT OLD."snapshotHash"
)
BEGIN
  SELECT RAISE(ABORT, 'adopted policy versions are frozen');
END;

CREATE TRIGGER "PolicyVersion_frozen_delete" BEFORE DELETE ON "PolicyVersion"
WHEN OLD."status" = 'adopted'
BEGIN
  SELECT RAISE(ABORT, 'adopted policy versions are frozen');
END;
