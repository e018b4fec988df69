/**
 * JSON export and import of an assessment and of a policy version (format: docs/policy-format.md).
 * Reading a file is separate from writing it: `readImportFile` checks everything and returns
 * either the validated data or the full list of problems, and only then do the `import*`
 * functions write, inside the caller's transaction. A refused file writes nothing.
 */
import type { z } from "zod";
import { riskContent } from "@/lib/assessments/risk-content";
import type { Tx } from "@/lib/db";
import { answerValueSchema } from "@/lib/frameworks/answer-value-schema";
import { customPrefix } from "@/lib/assessments/channel";
import { findPinnedItem, withSharedAnswers } from "@/lib/assessments/steps";
import { pinnedFrameworks } from "@/lib/assessments/pinned";
import { loadCatalogues, getChannel } from "@/lib/catalogue/load";
import { getFramework } from "@/lib/frameworks/load";
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from "@/lib/http/limits";
import { ActionError } from "@/lib/validation/action-error";
import {
  ASSESSMENT_EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MAX_IMPORT_BYTES,
  POLICY_EXPORT_FORMAT,
  assessmentExport,
  policyExport,
  type AssessmentExport,
  type PolicyExport,
  type PolicySnapshot,
} from "@/lib/policy/schema";
import { MAX_ATTACHMENT_BYTES, readPdfAttachment } from "@/lib/policy/read-attachment";
import { freezeSnapshot } from "@/lib/policy/snapshot";

export const APP_NAME = "afwegingskader";
/** Name of the snapshot attached to the PDF. */
export const ATTACHMENT_NAME = "beleid-snapshot.json";

/* ------------------------------------------------------------------------------------------ */
/* Export                                                                                       */
/* ------------------------------------------------------------------------------------------ */

type VersionRow = {
  year: number;
  status: string;
  introduction: string;
  summary: string;
  evaluationDate: string | null;
  councilDecisionDate: string | null;
  councilDecisionRef: string | null;
  adoptedAt: Date | null;
};

/**
 * A policy version as a file. An adopted version carries its frozen snapshot and hash; a draft
 * carries the document as gathered now, without a hash (a draft is never frozen). `exportedAt`
 * of an adopted version is its adoption moment, so the file is the same every time.
 */
export function policyExportOf(municipalitySlug: string, version: VersionRow, snapshot: PolicySnapshot | null, hash: string | null, now: Date): PolicyExport {
  const adopted = version.status === "adopted";
  return {
    format: POLICY_EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: (adopted && version.adoptedAt ? version.adoptedAt : now).toISOString(),
    source: { municipality: municipalitySlug, app: APP_NAME },
    policy: {
      year: version.year,
      status: adopted ? "adopted" : "draft",
      introduction: version.introduction,
      summary: version.summary,
      evaluationDate: version.evaluationDate,
      councilDecisionDate: version.councilDecisionDate,
      councilDecisionRef: version.councilDecisionRef,
      adoptedAt: version.adoptedAt?.toISOString() ?? null,
      snapshot,
      snapshotHash: adopted ? hash : null,
    },
  };
}

export const policyFileName = (slug: string, year: number, extension: "pdf" | "json", draft: boolean) =>
  `beleid-sociale-media-${slug}-${year}${draft ? "-concept" : ""}.${extension}`;

/** One assessment with its answers, risks and review states; ids of people stay behind. */
export async function exportAssessment(client: Tx, municipalityId: string, assessmentId: string, now: Date): Promise<AssessmentExport | null> {
  const assessment = await client.assessment.findFirst({
    where: { id: assessmentId, municipalityId },
    include: {
      answers: { orderBy: { itemId: "asc" } },
      risks: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      sectionReviews: { orderBy: { section: "asc" } },
    },
  });
  if (!assessment) return null;
  const municipality = await client.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
  let channel: AssessmentExport["assessment"]["channel"];
  if (assessment.channelId.startsWith(customPrefix)) {
    const custom = await client.customChannel.findFirst({ where: { id: assessment.channelId.slice(customPrefix.length), municipalityId } });
    channel = {
      id: assessment.channelId,
      name: custom?.name ?? assessment.channelId,
      kind: (custom?.kind ?? "commercial") as AssessmentExport["assessment"]["channel"]["kind"],
      digital: custom?.digital ?? true,
      custom: true,
      description: custom?.description ?? "",
      ...(custom?.baseChannelId ? { baseChannelId: custom.baseChannelId } : {}),
      ...(custom?.selfHosted ? { selfHosted: true, ...(custom.host ? { host: custom.host } : {}) } : {}),
    };
  } else {
    const known = getChannel(assessment.channelId, assessment.catalogueVersion) ?? getChannel(assessment.channelId);
    channel = { id: assessment.channelId, name: known?.name ?? assessment.channelId, kind: known?.kind ?? "commercial", digital: known?.digital ?? true, custom: false, description: "" };
  }
  return {
    format: ASSESSMENT_EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    source: { municipality: municipality.slug, app: APP_NAME },
    assessment: {
      channel,
      year: assessment.year,
      status: assessment.status as AssessmentExport["assessment"]["status"],
      frameworkVersions: JSON.parse(assessment.frameworkVersions) as Record<string, string>,
      catalogueVersion: assessment.catalogueVersion,
      factsUsed: JSON.parse(assessment.factsUsed) as Record<string, unknown>,
      reviewRound: assessment.reviewRound,
      decision: {
        value: assessment.decision as AssessmentExport["assessment"]["decision"]["value"],
        conditions: assessment.decisionConditions,
        rationale: assessment.decisionRationale,
        phaseOutDate: assessment.phaseOutDate,
        decidedAt: assessment.decidedAt?.toISOString() ?? null,
      },
      answers: assessment.answers.map((answer) => ({
        itemRef: answer.itemId,
        value: answer.value === null ? null : JSON.parse(answer.value),
        rationale: answer.rationale,
        evidence: answer.evidence,
      })),
      risks: assessment.risks.map((risk) => ({
        ...riskContent(risk),
        ownerRole: risk.ownerRole as "privacy" | "ciso" | "advisor",
        decision: risk.decision as "accepted" | "mitigated" | "not_accepted" | null,
        decisionRationale: risk.decisionRationale,
        riskOwner: risk.riskOwner,
        reviewDate: risk.reviewDate,
        mitigationBy: risk.mitigationBy,
        decidedAt: risk.decidedAt?.toISOString() ?? null,
      })),
      sectionReviews: assessment.sectionReviews.map((review) => ({
        section: review.section as "privacy" | "security" | "communication",
        status: review.status as "open" | "approved" | "changes_requested" | "needs_reapproval",
        reviewerRole: review.reviewerRole,
        rationale: review.rationale,
        decidedAt: review.decidedAt?.toISOString() ?? null,
        round: review.round,
      })),
    },
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Reading a file                                                                               */
/* ------------------------------------------------------------------------------------------ */

/** One thing wrong with a file: a message code (messages policy.import.problems) and its values. */
export type ImportProblem = { code: string; params?: Record<string, string | number> };

export type ImportFile =
  | { ok: true; kind: "policy"; data: PolicyExport }
  | { ok: true; kind: "assessment"; data: AssessmentExport }
  | { ok: false; problems: ImportProblem[] };

const MAX_LISTED = 25;
const fail = (...problems: ImportProblem[]): ImportFile => ({ ok: false, problems });

const isPdf = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;

function zodProblems(error: z.ZodError): ImportProblem[] {
  return error.issues.slice(0, MAX_LISTED).map((issue) => ({
    code: "field",
    params: { path: issue.path.map(String).join(".") || "(root)", problem: issue.code },
  }));
}

function checkSnapshotContent(snapshot: PolicySnapshot, prefix: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [index, channel] of snapshot.channels.entries()) {
    for (const [frameworkId, version] of Object.entries(channel.assessment.frameworkVersions)) {
      if (!snapshot.frameworks.some((framework) => framework.id === frameworkId && framework.version === version)) {
        problems.push({ code: "snapshotFrameworkMissing", params: { path: `${prefix}.channels.${index}`, framework: frameworkId, version } });
      }
    }
  }
  return problems;
}

function checkAssessment(data: AssessmentExport): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const { assessment } = data;
  for (const [frameworkId, version] of Object.entries(assessment.frameworkVersions)) {
    if (!getFramework(frameworkId, version)) problems.push({ code: "unknownFramework", params: { framework: frameworkId, version } });
  }
  if (!loadCatalogues().some((catalogue) => catalogue.version === assessment.catalogueVersion)) {
    problems.push({ code: "unknownCatalogue", params: { version: assessment.catalogueVersion } });
  }
  if (!assessment.channel.custom && !getChannel(assessment.channel.id)) problems.push({ code: "unknownChannel", params: { channel: assessment.channel.id } });
  if (assessment.channel.custom && !assessment.channel.id.startsWith(customPrefix)) problems.push({ code: "unknownChannel", params: { channel: assessment.channel.id } });
  if (problems.length) return problems;
  const frameworks = pinnedFrameworks(JSON.stringify(assessment.frameworkVersions));
  const seen = new Set<string>();
  for (const [index, answer] of assessment.answers.entries()) {
    if (seen.has(answer.itemRef)) problems.push({ code: "duplicateAnswer", params: { path: `assessment.answers.${index}`, item: answer.itemRef } });
    seen.add(answer.itemRef);
    const pinned = findPinnedItem(frameworks, answer.itemRef);
    if (!pinned) {
      problems.push({ code: "unknownItem", params: { path: `assessment.answers.${index}`, item: answer.itemRef } });
      continue;
    }
    if (answer.value !== null && !answerValueSchema(pinned.item).safeParse(answer.value).success) {
      problems.push({ code: "invalidAnswer", params: { path: `assessment.answers.${index}.value`, item: answer.itemRef } });
    }
  }
  return problems.slice(0, MAX_LISTED);
}

/**
 * Reads an uploaded file: JSON text, or a policy PDF that carries its snapshot. Refuses what is
 * too large (also once inflated), nested too deep, not JSON, of another format or version, or not
 * valid, with every problem listed.
 */
export async function readImportFile(file: string | Uint8Array): Promise<ImportFile> {
  const size = typeof file === "string" ? new TextEncoder().encode(file).length : file.length;
  if (size === 0) return fail({ code: "empty" });
  if (size > MAX_IMPORT_BYTES) return fail({ code: "tooLarge", params: { size, max: MAX_IMPORT_BYTES } });
  let text: string;
  if (typeof file !== "string" && isPdf(file)) {
    const attached = await readPdfAttachment(file);
    if (!attached.ok) return fail({ code: attached.problem, params: attached.problem === "attachmentTooLarge" ? { max: MAX_ATTACHMENT_BYTES } : undefined });
    text = attached.text;
  } else {
    text = typeof file === "string" ? file : new TextDecoder("utf-8", { fatal: false }).decode(file);
  }
  // JSON.parse takes seconds for a file nested hundreds of thousands deep; a real export nests about a dozen.
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) return fail({ code: "tooDeep", params: { max: MAX_JSON_DEPTH } });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({ code: "notJson", params: { detail: error instanceof Error ? error.message.slice(0, 200) : "" } });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return fail({ code: "unknownFormat", params: { format: "–" } });
  const header = json as { format?: unknown; formatVersion?: unknown };
  const format = typeof header.format === "string" ? header.format : "–";
  if (format !== POLICY_EXPORT_FORMAT && format !== ASSESSMENT_EXPORT_FORMAT) return fail({ code: "unknownFormat", params: { format: format.slice(0, 100) } });
  if (header.formatVersion !== EXPORT_FORMAT_VERSION) {
    return fail({ code: "unknownFormatVersion", params: { version: String(header.formatVersion ?? "–").slice(0, 20), supported: EXPORT_FORMAT_VERSION } });
  }

  if (format === POLICY_EXPORT_FORMAT) {
    const parsed = policyExport.safeParse(json);
    if (!parsed.success) return fail(...zodProblems(parsed.error));
    const { policy } = parsed.data;
    const problems: ImportProblem[] = [];
    if (policy.status === "adopted") {
      if (!policy.snapshot || !policy.snapshotHash) problems.push({ code: "adoptedWithoutSnapshot" });
      else if (freezeSnapshot(policy.snapshot).hash !== policy.snapshotHash) problems.push({ code: "hashMismatch" });
      if (!policy.councilDecisionDate || !policy.councilDecisionRef) problems.push({ code: "adoptedWithoutDecision" });
    }
    if (policy.snapshot && policy.snapshot.year !== policy.year) problems.push({ code: "yearMismatch", params: { year: policy.year, snapshotYear: policy.snapshot.year } });
    if (policy.snapshot) problems.push(...checkSnapshotContent(policy.snapshot, "policy.snapshot"));
    return problems.length ? fail(...problems.slice(0, MAX_LISTED)) : { ok: true, kind: "policy", data: parsed.data };
  }
  const parsed = assessmentExport.safeParse(json);
  if (!parsed.success) return fail(...zodProblems(parsed.error));
  const problems = checkAssessment(parsed.data);
  return problems.length ? fail(...problems) : { ok: true, kind: "assessment", data: parsed.data };
}

/* ------------------------------------------------------------------------------------------ */
/* Writing an assessment                                                                        */
/* ------------------------------------------------------------------------------------------ */

const importRefused = (problems: ImportProblem[]) => new ActionError("invalid", "import_invalid", undefined, { reason: "import_invalid", problems });

/**
 * What a file says was decided where it came from: its status, decision, section reviews and risk
 * decisions. None of it becomes this municipality's: the import keeps it only here, in the audit
 * entry of the import, labelled with its source.
 */
export function assessmentHistory(data: AssessmentExport) {
  const { assessment } = data;
  return {
    source: data.source.municipality,
    exportedAt: data.exportedAt,
    status: assessment.status,
    reviewRound: assessment.reviewRound,
    decision: assessment.decision.value ? assessment.decision : null,
    sectionReviews: assessment.sectionReviews.filter((review) => review.status !== "open"),
    riskDecisions: assessment.risks
      .filter((risk) => risk.decision)
      .map((risk) => ({
        title: risk.title,
        decision: risk.decision,
        decisionRationale: risk.decisionRationale,
        riskOwner: risk.riskOwner,
        reviewDate: risk.reviewDate,
        mitigationBy: risk.mitigationBy,
        decidedAt: risk.decidedAt,
      })),
  };
}

/**
 * Creates the assessment of a file in a municipality as a draft of its own workflow: the answers
 * and the risks as found (likelihood, impact, measures), but no decision, no section review and
 * no risk decision. Those were made by others, elsewhere; four eyes of this municipality have
 * to look again. A channel of the municipality's own is matched by name and kind, or added.
 */
export async function importAssessment(tx: Tx, params: { municipalityId: string; userId: string; data: AssessmentExport }) {
  const { assessment } = params.data;
  let channelId = assessment.channel.id;
  if (assessment.channel.custom) {
    const existing = await tx.customChannel.findFirst({
      where: { municipalityId: params.municipalityId, name: assessment.channel.name, kind: assessment.channel.kind },
      orderBy: { createdAt: "asc" },
    });
    const custom =
      existing ??
      (await tx.customChannel.create({
        data: {
          municipalityId: params.municipalityId,
          name: assessment.channel.name,
          kind: assessment.channel.kind,
          description: assessment.channel.description,
          digital: assessment.channel.digital,
          // A type this installation's catalogue does not know is left out rather than kept dangling.
          baseChannelId: assessment.channel.baseChannelId && getChannel(assessment.channel.baseChannelId) ? assessment.channel.baseChannelId : null,
          selfHosted: assessment.channel.selfHosted ?? false,
          host: assessment.channel.selfHosted ? (assessment.channel.host ?? null) : null,
        },
      }));
    channelId = `${customPrefix}${custom.id}`;
  }
  const clash = await tx.assessment.findUnique({
    where: { municipalityId_channelId_year: { municipalityId: params.municipalityId, channelId, year: assessment.year } },
  });
  if (clash) throw importRefused([{ code: "assessmentExists", params: { channel: assessment.channel.name, year: assessment.year } }]);
  const created = await tx.assessment.create({
    data: {
      municipalityId: params.municipalityId,
      channelId,
      year: assessment.year,
      status: "draft",
      frameworkVersions: JSON.stringify(assessment.frameworkVersions),
      catalogueVersion: assessment.catalogueVersion,
      factsUsed: JSON.stringify(assessment.factsUsed),
      createdById: params.userId,
    },
  });
  // One answer per shared question, as saving records it: a file written before questions were
  // shared may hold two different answers; the one to the question asked first wins.
  const answers = withSharedAnswers(pinnedFrameworks(JSON.stringify(assessment.frameworkVersions)), Object.fromEntries(assessment.answers.map((answer) => [answer.itemRef, answer])));
  await tx.answer.createMany({
    data: Object.entries(answers).map(([itemRef, answer]) => ({
      assessmentId: created.id,
      itemId: itemRef,
      value: answer.value === null ? null : JSON.stringify(answer.value),
      rationale: answer.rationale,
      evidence: answer.evidence,
      updatedById: params.userId,
    })),
  });
  // One at a time: the creation order is the order the risks are shown in.
  for (const [index, risk] of assessment.risks.entries()) {
    await tx.risk.create({
      data: {
        assessmentId: created.id,
        ...riskContent(risk),
        createdById: params.userId,
        createdAt: new Date(Date.now() + index),
      },
    });
  }
  return { assessment: created, answers: assessment.answers.length, risks: assessment.risks.length, history: assessmentHistory(params.data) };
}

export { importRefused };
