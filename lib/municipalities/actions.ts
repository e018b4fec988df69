"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { env } from "@/lib/env";
import { adminTwoFactorInput, inviteInput, removeSsoSettingsInput, setRolesInput, ssoSettingsInput } from "@/lib/auth/schema";
import { encryptSecret } from "@/lib/auth/secret-box";
import { ssoSecretKey } from "@/lib/auth/sso";
import { parseDomains, parseRoleMapping } from "@/lib/auth/sso-rules";
import { createInvitation, removeSsoProvider, saveSsoProvider, saveWeights, setRequireAdminTwoFactor, setRoles } from "@/lib/municipalities/mutations";
import { saveWeightsInput } from "@/lib/municipalities/schema";
import { queueMail } from "@/lib/notifications/mutations";
import { deliverOutboxInBackground } from "@/lib/notifications/deliver";

export async function inviteMemberAction(input: unknown) {
  const result = await tenantAction({
    schema: inviteInput,
    input,
    permission: "members.manage",
    action: "member.invite",
    objectType: "invitation",
    run: async ({ tx, data, user, municipality }) => {
      const { invitation, token } = await createInvitation(tx, {
        municipalityId: municipality.id,
        email: data.email,
        roles: data.roles,
        invitedById: user.id,
      });
      const link = `${env().BETTER_AUTH_URL}/invite/${token}`;
      await queueMail(tx, {
        municipalityId: municipality.id,
        to: data.email,
        subject: `Uitnodiging: Afwegingskader sociale media ${municipality.name} / Invitation`,
        body: `${user.name} nodigt u uit voor het afwegingskader sociale media van ${municipality.name}.\nNeem de uitnodiging aan via: ${link}\n\n${user.name} invites you to the social media assessment framework of ${municipality.name}.\nAccept it at: ${link}\n\nDe link is 14 dagen geldig. / The link is valid for 14 days.`,
      });
      return { data: { invitationId: invitation.id }, objectId: invitation.id, details: { email: data.email, roles: data.roles } };
    },
  });
  if (result.ok) {
    revalidatePath(`/m/[slug]/admin/members`, "page");
    deliverOutboxInBackground();
  }
  return result;
}

export async function setMemberRolesAction(input: unknown) {
  const result = await tenantAction({
    schema: setRolesInput,
    input,
    permission: "members.manage",
    action: "member.set_roles",
    objectType: "user",
    objectId: (data) => data.userId,
    run: async ({ tx, data, user, municipality }) => {
      const change = await setRoles(tx, { userId: data.userId, municipalityId: municipality.id, roles: data.roles, actorId: user.id });
      return { data: undefined, details: change };
    },
  });
  if (result.ok) revalidatePath(`/m/[slug]/admin/members`, "page");
  return result;
}

export async function saveWeightsAction(input: unknown) {
  const result = await tenantAction({
    schema: saveWeightsInput,
    input,
    permission: "settings.edit",
    action: "settings.weights.save",
    objectType: "municipality",
    run: async ({ tx, data, municipality }) => {
      const { before, after } = await saveWeights(tx, { municipalityId: municipality.id, weights: data.weights });
      return { data: undefined, objectId: municipality.id, details: { before, after } };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]", "layout");
  return result;
}

/** The municipality's own OpenID Connect provider. The audit entry says where the secret comes from, never the secret. */
export async function saveSsoSettingsAction(input: unknown) {
  const result = await tenantAction({
    schema: ssoSettingsInput,
    input,
    permission: "settings.edit",
    action: "settings.sso.save",
    objectType: "municipality",
    run: async ({ tx, data, municipality }) => {
      const secret =
        data.secretSource === "env"
          ? ({ kind: "env", name: data.clientSecretEnv } as const)
          : data.clientSecret
            ? ({ kind: "stored", encrypted: encryptSecret(data.clientSecret, ssoSecretKey()) } as const)
            : ({ kind: "keep" } as const);
      const saved = await saveSsoProvider(tx, {
        municipalityId: municipality.id,
        data: {
          issuer: data.issuer.replace(/\/+$/, ""),
          clientId: data.clientId,
          domains: parseDomains(data.domains)!,
          roleClaim: data.roleClaim || null,
          roleMapping: parseRoleMapping(data.roleMapping)!,
          secret,
        },
      });
      return { data: undefined, objectId: municipality.id, details: saved };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/admin/settings", "page");
  return result;
}

export async function removeSsoSettingsAction(input: unknown) {
  const result = await tenantAction({
    schema: removeSsoSettingsInput,
    input,
    permission: "settings.edit",
    action: "settings.sso.remove",
    objectType: "municipality",
    run: async ({ tx, municipality }) => {
      await removeSsoProvider(tx, { municipalityId: municipality.id });
      return { data: undefined, objectId: municipality.id };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/admin/settings", "page");
  return result;
}

export async function setAdminTwoFactorAction(input: unknown) {
  const result = await tenantAction({
    schema: adminTwoFactorInput,
    input,
    permission: "settings.edit",
    action: "settings.admin_two_factor",
    objectType: "municipality",
    run: async ({ tx, data, municipality }) => {
      const details = await setRequireAdminTwoFactor(tx, { municipalityId: municipality.id, required: data.required });
      return { data: undefined, objectId: municipality.id, details };
    },
  });
  if (result.ok) revalidatePath("/m/[slug]/admin/settings", "page");
  return result;
}
