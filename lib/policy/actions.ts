"use server";

import { revalidatePath } from "next/cache";
import { ensureEvaluations } from "@/lib/evaluations/mutations";
import { tenantAction } from "@/lib/auth/action";
import { can } from "@/lib/auth/permissions";
import { ActionError } from "@/lib/validation/action-error";
import { importAssessment, readImportFile } from "@/lib/policy/export-import";
import { adoptVersion, createDraft, deleteImported, insertImportedVersion, isFrozenByDatabase, publishVersion, startNextYear, unpublishVersion, updateDraft } from "@/lib/policy/mutations";
import { adoptInput, deleteImportInput, draftInput, importInput, unpublishInput, versionInput } from "@/lib/policy/schema";

export type ImportResult = { kind: "assessment"; assessmentId: string; year: number } | { kind: "policy"; year: number };

const refresh = (slug: string) => revalidatePath(`/m/${slug}/policy`, "layout");

/** Should a write slip past the mutation's own checks, the database trigger refuses it: report that as the refusal it is. */
async function frozenGuard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isFrozenByDatabase(error)) throw new ActionError("not_allowed_in_state", "policy_frozen_by_database", undefined, { reason: "policy_frozen" });
    throw error;
  }
}

export async function createDraftAction(input: unknown) {
  return tenantAction({
    schema: versionInput,
    input,
    permission: "policy.edit",
    action: "policy.draft.create",
    objectType: "policy_version",
    run: async ({ tx, data, municipality }) => {
      const draft = await createDraft(tx, { municipalityId: municipality.id, year: data.year });
      refresh(municipality.slug);
      return { data: { year: draft.year }, objectId: draft.id, details: { year: draft.year, from: draft.previousVersionId } };
    },
  });
}

export async function startNextYearAction(input: unknown) {
  return tenantAction({
    schema: versionInput,
    input,
    permission: "policy.edit",
    action: "policy.next_year.start",
    objectType: "policy_version",
    run: async ({ tx, data, user, municipality }) => {
      const { draft, started } = await startNextYear(tx, { municipalityId: municipality.id, fromYear: data.year, userId: user.id });
      refresh(municipality.slug);
      revalidatePath(`/m/${municipality.slug}/assessments`);
      return {
        data: { year: draft.year, assessments: started.length },
        objectId: draft.id,
        details: { fromYear: data.year, year: draft.year, assessments: started },
      };
    },
  });
}

export async function updateDraftAction(input: unknown) {
  return tenantAction({
    schema: draftInput,
    input,
    permission: "policy.edit",
    action: "policy.draft.update",
    objectType: "policy_version",
    run: async ({ tx, data, municipality }) => {
      const updated = await frozenGuard(() => updateDraft(tx, { municipalityId: municipality.id, ...data, evaluationDate: data.evaluationDate || null }));
      refresh(municipality.slug);
      return { data: { version: updated.version }, objectId: updated.id, details: { year: data.year, fields: ["introduction", "summary", "evaluationDate"] } };
    },
  });
}

export async function adoptVersionAction(input: unknown) {
  return tenantAction({
    schema: adoptInput,
    input,
    permission: "policy.adopt",
    action: "policy.adopt",
    objectType: "policy_version",
    run: async ({ tx, data, user, municipality }) => {
      const adopted = await frozenGuard(() => adoptVersion(tx, {
        municipalityId: municipality.id,
        year: data.year,
        councilDecisionDate: data.councilDecisionDate,
        councilDecisionRef: data.councilDecisionRef,
        expectedVersion: data.expectedVersion,
        user: { id: user.id, name: user.name },
        now: new Date(),
      }));
      // Every channel decision of the adopted policy gets its evaluation and due date at once.
      const evaluations = await ensureEvaluations(tx, { municipalityId: municipality.id });
      refresh(municipality.slug);
      return {
        data: { hash: adopted.hash },
        objectId: adopted.id,
        details: {
          year: data.year,
          hash: adopted.hash,
          channels: adopted.channels,
          councilDecisionRef: data.councilDecisionRef,
          evaluations: evaluations.map(({ channelId, dueDate, dueReason }) => ({ channelId, dueDate, dueReason })),
        },
      };
    },
  });
}

export async function publishVersionAction(input: unknown) {
  return tenantAction({
    schema: versionInput,
    input,
    permission: "policy.publish",
    action: "policy.publish",
    objectType: "policy_version",
    run: async ({ tx, data, municipality }) => {
      const published = await publishVersion(tx, { municipalityId: municipality.id, year: data.year, now: new Date() });
      refresh(municipality.slug);
      return { data: { publishedAt: published.publishedAt.toISOString() }, objectId: published.id, details: { year: data.year, changed: published.changed } };
    },
  });
}

export async function unpublishVersionAction(input: unknown) {
  return tenantAction({
    schema: unpublishInput,
    input,
    permission: "policy.publish",
    action: "policy.unpublish",
    objectType: "policy_version",
    run: async ({ tx, data, municipality }) => {
      const withdrawn = await unpublishVersion(tx, { municipalityId: municipality.id, year: data.year });
      refresh(municipality.slug);
      return {
        data: { changed: withdrawn.changed },
        objectId: withdrawn.id,
        details: { year: data.year, reason: data.reason, publishedAt: withdrawn.publishedAt?.toISOString() ?? null, changed: withdrawn.changed },
      };
    },
  });
}

/**
 * Imports an assessment or a policy version from a file, as a draft of this municipality. The
 * file is read and checked in full before anything is written; a refused file is audited with
 * the problems found. What the file says was reviewed, decided or adopted elsewhere is kept only
 * in this import's audit entry (`history`, with its source), never as this municipality's review.
 */
export async function importFileAction(input: unknown) {
  return tenantAction<typeof importInput, ImportResult>({
    schema: importInput,
    input,
    permission: "policy.import",
    action: "policy.import",
    objectType: "import",
    run: async ({ tx, data, user, municipality, roles }) => {
      const file = data.encoding === "base64" ? new Uint8Array(Buffer.from(data.content, "base64")) : data.content;
      const read = await readImportFile(file);
      if (!read.ok) throw new ActionError("invalid", "import_invalid", undefined, { reason: "import_invalid", problems: read.problems, fileName: data.fileName });
      if (read.kind === "assessment") {
        if (!can(roles, "assessment.create")) throw new ActionError("forbidden", "missing_permission:assessment.create");
        const result = await importAssessment(tx, { municipalityId: municipality.id, userId: user.id, data: read.data });
        revalidatePath(`/m/${municipality.slug}/assessments`);
        return {
          data: { kind: "assessment" as const, assessmentId: result.assessment.id, year: result.assessment.year },
          objectId: result.assessment.id,
          details: {
            kind: "assessment",
            fileName: data.fileName,
            channelId: result.assessment.channelId,
            channel: read.data.assessment.channel.name,
            year: result.assessment.year,
            answers: result.answers,
            risks: result.risks,
            history: result.history,
          },
        };
      }
      if (!can(roles, "policy.edit")) throw new ActionError("forbidden", "missing_permission:policy.edit");
      const { version, history } = await insertImportedVersion(tx, {
        municipalityId: municipality.id,
        source: { municipality: read.data.source.municipality, exportedAt: read.data.exportedAt },
        policy: read.data.policy,
      });
      refresh(municipality.slug);
      return {
        data: { kind: "policy" as const, year: version.year },
        objectId: version.id,
        details: { kind: "policy", fileName: data.fileName, year: version.year, status: version.status, history },
      };
    },
  });
}

/** An administrator removes what an import brought in (see `deleteImported`); the audit entry keeps what it was. */
export async function deleteImportAction(input: unknown) {
  return tenantAction({
    schema: deleteImportInput,
    input,
    permission: "import.delete",
    action: "policy.import.delete",
    objectType: "import",
    municipalitySlug: (data) => data.municipalitySlug,
    objectId: (data) => data.objectId,
    run: async ({ tx, data, municipality }) => {
      const deleted = await frozenGuard(() => deleteImported(tx, { municipalityId: municipality.id, objectId: data.objectId }));
      refresh(municipality.slug);
      revalidatePath(`/m/${municipality.slug}/assessments`);
      return { data: { kind: deleted.kind }, objectId: data.objectId, details: deleted };
    },
  });
}
