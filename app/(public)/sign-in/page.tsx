import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

// A query parameter given twice arrives as an array: `next` is checked by safeNextPath whatever it is.
type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut } = await searchParams;
  const safeNext = safeNextPath(next);
  if (await getSessionUser()) redirect(safeNext);
  const t = await getTranslations("auth.signIn");
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
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
      <Paragraph className="afk-muted">{t("noAccount")}</Paragraph>
    </div>
  );
}
