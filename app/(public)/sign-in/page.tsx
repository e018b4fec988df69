import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoSignInForm } from "@/components/auth/sso-sign-in-form";
import { listSsoMunicipalities } from "@/lib/municipalities/queries";
import { getSessionUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

// A query parameter given twice arrives as an array: `next` is checked by safeNextPath whatever it is.
type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string; sso?: string | string[] }> };

/** Why a sign-in with the municipality's account was refused (lib/auth/sso.ts), or that it failed on the way. */
const ssoOutcomes = ["email_missing", "email_unverified", "foreign_domain", "not_member", "locked", "unavailable", "failed"] as const;

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut, sso } = await searchParams;
  const safeNext = safeNextPath(next);
  if (await getSessionUser()) redirect(safeNext);
  const [t, tSso, ssoMunicipalities] = await Promise.all([getTranslations("auth.signIn"), getTranslations("auth.sso"), listSsoMunicipalities()]);
  const ssoOutcome = ssoOutcomes.find((outcome) => outcome === sso);
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      {ssoOutcome ? (
        <Alert type="error" role="alert">
          <Paragraph>{tSso(`refused.${ssoOutcome}`)}</Paragraph>
        </Alert>
      ) : null}
      {signedOut ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("signedOut")}</Paragraph>
        </Alert>
      ) : safeNext !== "/" && !safeNext.startsWith("/invite/") ? (
        // An invitation sends people here to sign in first; their session did not expire.
        <Alert type="info">
          <Paragraph>{t("expired")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("intro")}</Paragraph>
      <SignInForm next={safeNext} />
      {ssoMunicipalities.length > 0 ? (
        <section className="afk-stack" aria-labelledby="sso-heading">
          <Heading2 id="sso-heading">{tSso("title")}</Heading2>
          <Paragraph>{tSso("intro")}</Paragraph>
          <SsoSignInForm municipalities={ssoMunicipalities} next={safeNext} />
        </section>
      ) : null}
      <Paragraph className="afk-muted">{t("noAccount")}</Paragraph>
    </div>
  );
}
