import { getTranslations } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { findInvitationForToken } from "@/lib/municipalities/invitations";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tRoles, invitation] = await Promise.all([getTranslations("auth.invite"), getTranslations("common.roles"), findInvitationForToken(token)]);
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      {invitation ? (
        <>
          <Paragraph>
            {t("intro", {
              municipality: invitation.municipality.name,
              roles: invitation.roles.split(",").map((role) => tRoles(role as "advisor")).join(", "),
            })}
          </Paragraph>
          <Paragraph className="afk-muted">{t("existingAccount")}</Paragraph>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <Alert type="warning">
          <Paragraph>{t("invalid")}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
