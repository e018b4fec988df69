"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/auth/action";
import { env } from "@/lib/env";
import { inviteInput, setRolesInput } from "@/lib/auth/schema";
import { createInvitation, saveWeights, setRoles } from "@/lib/municipalities/mutations";
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
