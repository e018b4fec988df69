import { getTranslations } from "next-intl/server";
import { Alert, Button, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { AcceptInvitationForm, AcceptInvitationSignedInForm } from "@/components/auth/accept-invitation-form";
import { signOutAction } from "@/lib/auth/actions";
import { getSessionUser } from "@/lib/auth/session";
import { findInvitationForToken } from "@/lib/municipalities/invitations";

/**
 * An invitation for an address that already has an account is accepted only by that account,
 * signed in; only an address without an account gets the form that creates one.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tRoles, invitation, user] = await Promise.all([
    getTranslations("auth.invite"),
    getTranslations("common.roles"),
    findInvitationForToken(token),
    getSessionUser(),
  ]);
  if (!invitation) {
    return (
      <div className="afk-stack">
        <Heading1>{t("title")}</Heading1>
        <Alert type="warning">
          <Paragraph>{t("invalid")}</Paragraph>
        </Alert>
      </div>
    );
  }
  const { email } = invitation;
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      <Paragraph>
        {t("intro", {
          municipality: invitation.municipality.name,
          roles: invitation.roles.split(",").map((role) => tRoles(role as "advisor")).join(", "),
        })}
      </Paragraph>
      {!invitation.accountExists ? (
        <>
          <Paragraph>{t("newAccount", { email })}</Paragraph>
          <AcceptInvitationForm token={token} />
        </>
      ) : user?.email === email ? (
        <>
          <Paragraph>{t("signedIn", { email })}</Paragraph>
          <AcceptInvitationSignedInForm token={token} municipality={invitation.municipality} />
        </>
      ) : user ? (
        <Alert type="warning">
          <Paragraph>{t("otherAccount", { email, current: user.email })}</Paragraph>
          <form action={signOutAction}>
            <Button type="submit" appearance="secondary-action-button">
              {t("signOut")}
            </Button>
          </form>
        </Alert>
      ) : (
        <Alert type="info">
          <Paragraph>{t("signInToAccept", { email })}</Paragraph>
          <Paragraph>
            <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>{t("signInLink", { email })}</Link>
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
