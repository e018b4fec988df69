/**
 * The action matrix: for every server action, what guards it and a valid input. The suite finds
 * the actions from the code (support/discover.ts) and fails when one is missing here, so a new
 * action cannot ship without being called as every role.
 *
 * Inputs are valid for the schema (so the call reaches the membership and permission checks);
 * some are refused later by the domain (a stale version, a state that does not allow the step),
 * which is enough to prove who may call them. Destructive actions come last in their module.
 */
import type { Permission } from "@/lib/auth/permissions";

export type TenantFixtures = {
  slug: string;
  /** An assessment with risks and a comment. */
  assessmentId: string;
  riskId: string;
  commentId: string;
  /** An advisor of the municipality, for role changes (kept an advisor). */
  advisorId: string;
  draftYear: number;
  adoptedYear: number;
  /** An evaluation of the adopted policy, approved where there is one (so no step changes it). */
  evaluationId: string;
};

export type Fixtures = { a: TenantFixtures; b: TenantFixtures; today: string; dimensionIds: readonly string[] };

export type ActionSpec =
  | {
      /** Through tenantAction: the permission the permission table must grant. */
      permission: Permission;
      input: (f: Fixtures) => Record<string, unknown>;
    }
  | {
      /** The person's own account or a preference: anyone may call it, and these inputs must be refused or change no data. */
      permission: "anyone";
      input: (f: Fixtures) => unknown;
      /** Refusal codes the action's own form translates, with their message. */
      ownCodes?: Record<string, string>;
    };

const a = (f: Fixtures) => ({ municipalitySlug: f.a.slug, assessmentId: f.a.assessmentId });

export const actionMatrix: Record<string, ActionSpec> = {
  // lib/auth/actions.ts — an unknown address and a made-up token, so no account is locked and no invitation used.
  signInAction: {
    permission: "anyone",
    input: () => ({ email: "niemand@matrix.test", password: "niet-het-wachtwoord" }),
    ownCodes: { invalid_credentials: "auth.signIn.invalidCredentials", locked: "auth.signIn.locked" },
  },
  signOutAction: { permission: "anyone", input: () => undefined },
  changePasswordAction: {
    permission: "anyone",
    input: () => ({ currentPassword: "niet-het-wachtwoord", newPassword: "Een-nieuw-wachtwoord-1", confirmPassword: "Een-nieuw-wachtwoord-1" }),
  },
  acceptInvitationAction: {
    permission: "anyone",
    input: () => ({ token: "matrix-token-that-does-not-exist", name: "Indringer", password: "Een-nieuw-wachtwoord-1", confirmPassword: "Een-nieuw-wachtwoord-1" }),
  },
  acceptInvitationSignedInAction: { permission: "anyone", input: () => ({ token: "matrix-token-that-does-not-exist" }) },
  // Without a sign-in challenge, a set-up authenticator or the right password: refused, and nothing switched.
  verifyTwoFactorAction: {
    permission: "anyone",
    input: () => ({ method: "totp", code: "000000" }),
    ownCodes: { locked: "auth.twoFactorSignIn.locked", expired: "auth.twoFactorSignIn.expired" },
  },
  startTwoFactorSetupAction: { permission: "anyone", input: () => ({ password: "niet-het-wachtwoord" }) },
  confirmTwoFactorSetupAction: { permission: "anyone", input: () => ({ code: "000000" }) },
  disableTwoFactorAction: { permission: "anyone", input: () => ({ password: "niet-het-wachtwoord" }) },
  // An address no municipality lists: nothing is started.
  startSsoSignInAction: { permission: "anyone", input: () => ({ email: "niemand@matrix.example" }), ownCodes: { unavailable: "auth.sso.refused.unavailable" } },

  // lib/i18n/actions.ts
  setLocaleAction: {
    permission: "anyone",
    input: () => {
      const form = new FormData();
      form.set("locale", "en");
      return form;
    },
  },

  // lib/assessments/actions.ts
  createAssessmentAction: {
    permission: "assessment.create",
    input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.draftYear, customName: "Matrixkanaal", customKind: "own-channel" }),
  },
  saveAnswerAction: {
    permission: "assessment.edit",
    input: (f) => ({ ...a(f), itemRef: "assessment-plan:plan.goals.goals", value: "Inwoners informeren", expectedVersion: 0 }),
  },
  saveRiskAction: {
    permission: "assessment.edit",
    input: (f) => ({ ...a(f), riskId: f.a.riskId, title: "Matrixrisico", likelihood: 2, impact: 3, ownerRole: "advisor", expectedVersion: 0 }),
  },
  acknowledgeFactsAction: { permission: "assessment.edit", input: (f) => a(f) },
  confirmStepUnchangedAction: { permission: "assessment.edit", input: (f) => ({ ...a(f), stepId: "goals" }) },
  deleteRiskAction: { permission: "assessment.edit", input: (f) => ({ ...a(f), riskId: f.a.riskId }) },

  // lib/reviews/actions.ts
  submitForReviewAction: { permission: "assessment.edit", input: (f) => a(f) },
  approveSectionAction: { permission: "review.act", input: (f) => ({ ...a(f), section: "privacy", rationale: "Matrix: akkoord" }) },
  requestChangesAction: { permission: "review.act", input: (f) => ({ ...a(f), section: "communication", message: "Matrix: graag aanpassen" }) },
  decideRiskAction: {
    permission: "risk.decide",
    input: (f) => ({ ...a(f), riskId: f.a.riskId, decision: "not_accepted", rationale: "Matrix: niet aanvaard" }),
  },
  reopenDecisionAction: { permission: "decision.record", input: (f) => ({ ...a(f), reason: "Matrix: opnieuw bekijken" }) },
  recordDecisionAction: { permission: "decision.record", input: (f) => ({ ...a(f), decision: "do_not_use", rationale: "Matrix: niet gebruiken" }) },
  addCommentAction: { permission: "comment.write", input: (f) => ({ ...a(f), parentId: f.a.commentId, body: "Matrix: reactie" }) },
  resolveCommentAction: { permission: "comment.write", input: (f) => ({ ...a(f), commentId: f.a.commentId, resolved: true }) },
  saveSectionOwnersAction: {
    permission: "settings.edit",
    input: (f) => ({ municipalitySlug: f.a.slug, reviewers: { privacy: "privacy", security: "ciso", communication: "advisor" }, items: [] }),
  },

  // lib/catalogue/actions.ts
  saveFactOverrideAction: {
    permission: "catalogue.override",
    input: (f) => ({
      municipalitySlug: f.a.slug,
      channelId: "facebook",
      factKey: "owner",
      value: "Matrix B.V.",
      sourcePublisher: "Matrix",
      sourceTitle: "Eigen onderzoek",
      sourceUrl: "",
      sourceDate: "",
      checkedAt: f.today,
    }),
  },
  removeFactOverrideAction: { permission: "catalogue.override", input: (f) => ({ municipalitySlug: f.a.slug, channelId: "facebook", factKey: "owner" }) },

  // lib/municipalities/actions.ts
  inviteMemberAction: { permission: "members.manage", input: (f) => ({ municipalitySlug: f.a.slug, email: "matrix-uitnodiging@test.example", roles: ["council"] }) },
  setMemberRolesAction: { permission: "members.manage", input: (f) => ({ municipalitySlug: f.a.slug, userId: f.a.advisorId, roles: ["advisor"] }) },
  saveWeightsAction: {
    permission: "settings.edit",
    input: (f) => ({ municipalitySlug: f.a.slug, weights: Object.fromEntries(f.dimensionIds.map((id) => [id, 1])) }),
  },
  saveSsoSettingsAction: {
    permission: "settings.edit",
    input: (f) => ({
      municipalitySlug: f.a.slug,
      issuer: "https://login.matrix.example",
      clientId: "matrix",
      secretSource: "env",
      clientSecretEnv: "MATRIX_SSO_SECRET",
      clientSecret: "",
      domains: "matrix.example",
      roleClaim: "",
      roleMapping: "",
    }),
  },
  setAdminTwoFactorAction: { permission: "settings.edit", input: (f) => ({ municipalitySlug: f.a.slug, required: true }) },
  removeSsoSettingsAction: { permission: "settings.edit", input: (f) => ({ municipalitySlug: f.a.slug }) },

  // lib/policy/actions.ts — stale versions keep the adoption and the draft as they are.
  createDraftAction: { permission: "policy.edit", input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.draftYear + 1 }) },
  startNextYearAction: { permission: "policy.edit", input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.draftYear }) },
  updateDraftAction: {
    permission: "policy.edit",
    input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.draftYear, introduction: "Matrix", summary: "Matrix", evaluationDate: "", expectedVersion: 9_999 }),
  },
  adoptVersionAction: {
    permission: "policy.adopt",
    input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.draftYear, councilDecisionDate: f.today, councilDecisionRef: "Matrix-1", expectedVersion: 9_999 }),
  },
  publishVersionAction: { permission: "policy.publish", input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.adoptedYear }) },
  unpublishVersionAction: { permission: "policy.publish", input: (f) => ({ municipalitySlug: f.a.slug, year: f.a.adoptedYear, reason: "Matrix" }) },
  // The demo assessment was not imported, so even an administrator is refused: nothing is deleted.
  deleteImportAction: { permission: "import.delete", input: (f) => ({ municipalitySlug: f.a.slug, objectId: f.a.assessmentId }) },
  importFileAction: { permission: "policy.import", input: (f) => ({ municipalitySlug: f.a.slug, fileName: "leeg.json", content: "{}" }) },

  // lib/peers/actions.ts — no network: the fetch names an installation that does not exist, the upload is no document.
  addInstallationAction: { permission: "peers.manage", input: (f) => ({ municipalitySlug: f.a.slug, origin: "https://afwegingskader.matrix.example", label: "Matrix" }) },
  uploadPeerPolicyAction: { permission: "peers.manage", input: (f) => ({ municipalitySlug: f.a.slug, fileName: "leeg.json", content: Buffer.from("{}").toString("base64") }) },
  fetchPeerPolicyAction: { permission: "peers.manage", input: (f) => ({ municipalitySlug: f.a.slug, installationId: "matrix-installation", peerSlug: "rivierdal", year: 2025 }) },
  removeInstallationAction: { permission: "peers.manage", input: (f) => ({ municipalitySlug: f.a.slug, installationId: "matrix-installation" }) },
  removePeerPolicyAction: { permission: "peers.manage", input: (f) => ({ municipalitySlug: f.a.slug, peerPolicyId: "matrix-peer" }) },

  // lib/transparency/actions.ts — a stale version, so nothing is saved or approved.
  saveTransparencyAction: {
    permission: "transparency.edit",
    input: (f) => ({ ...a(f), expectedVersion: 99, dilemmas: "", reach: "", posts: "", commentsModerated: "", commentsRemoved: "", accountsBlocked: "", incidents: "", requestsFromPlatform: "", requestsToPlatform: "", costs: "" }),
  },
  approveTransparencyAction: { permission: "review.act", input: (f) => ({ ...a(f), expectedVersion: 99 }) },

  // lib/evaluations/actions.ts — on an approved evaluation, so every step is refused by its state.
  submitEvaluationAction: {
    permission: "evaluation.edit",
    input: (f) => ({
      municipalitySlug: f.a.slug,
      evaluationId: f.a.evaluationId,
      expectedVersion: 9_999,
      reach: { "general-public": "100" },
      engagement: "",
      incidents: "0",
      complaints: "0",
      hours: "10",
      costs: "",
      exitTriggers: "Matrix",
      outcome: "continue",
      rationale: "Matrix",
    }),
  },
  reviewEvaluationAction: { permission: "evaluation.review", input: (f) => ({ municipalitySlug: f.a.slug, evaluationId: f.a.evaluationId, action: "request_changes", note: "Matrix" }) },
  setEvaluationDueDateAction: { permission: "evaluation.edit", input: (f) => ({ municipalitySlug: f.a.slug, evaluationId: f.a.evaluationId, dueDate: f.today }) },
};

/** The fixture ids of a municipality that an input may carry; another municipality's must be not found. */
export function idsOf(fixtures: TenantFixtures): string[] {
  return [fixtures.assessmentId, fixtures.riskId, fixtures.commentId, fixtures.advisorId, fixtures.evaluationId];
}
