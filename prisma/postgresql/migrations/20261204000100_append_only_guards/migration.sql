-- The same guards as SQLite's migration 20261123000100_append_only_guards, in PL/pgSQL.

-- The audit trail is append-only: no path in the app or in the database may change or remove an entry.
CREATE FUNCTION "AuditEntry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only';
END;
$$;

CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "AuditEntry_append_only"();

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "AuditEntry_append_only"();

-- TRUNCATE bypasses row triggers; it would empty the trail at once.
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_append_only"();

-- An adopted policy version is a frozen snapshot. Only its publication date may still be set.
CREATE FUNCTION "PolicyVersion_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'adopted policy versions are frozen';
  END IF;
  IF NEW."status" IS DISTINCT FROM OLD."status" OR
     NEW."municipalityId" IS DISTINCT FROM OLD."municipalityId" OR
     NEW."year" IS DISTINCT FROM OLD."year" OR
     NEW."introduction" IS DISTINCT FROM OLD."introduction" OR
     NEW."summary" IS DISTINCT FROM OLD."summary" OR
     NEW."evaluationDate" IS DISTINCT FROM OLD."evaluationDate" OR
     NEW."previousVersionId" IS DISTINCT FROM OLD."previousVersionId" OR
     NEW."councilDecisionDate" IS DISTINCT FROM OLD."councilDecisionDate" OR
     NEW."councilDecisionRef" IS DISTINCT FROM OLD."councilDecisionRef" OR
     NEW."adoptedById" IS DISTINCT FROM OLD."adoptedById" OR
     NEW."adoptedAt" IS DISTINCT FROM OLD."adoptedAt" OR
     NEW."snapshotJson" IS DISTINCT FROM OLD."snapshotJson" OR
     NEW."snapshotHash" IS DISTINCT FROM OLD."snapshotHash" THEN
    RAISE EXCEPTION 'adopted policy versions are frozen';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "PolicyVersion_frozen_update" BEFORE UPDATE ON "PolicyVersion"
  FOR EACH ROW WHEN (OLD."status" = 'adopted') EXECUTE FUNCTION "PolicyVersion_frozen"();

CREATE TRIGGER "PolicyVersion_frozen_delete" BEFORE DELETE ON "PolicyVersion"
  FOR EACH ROW WHEN (OLD."status" = 'adopted') EXECUTE FUNCTION "PolicyVersion_frozen"();
