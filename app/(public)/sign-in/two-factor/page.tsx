import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { TwoFactorSignInForm } from "@/components/auth/two-factor-sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/schema";
import { hasSignInChallenge } from "@/lib/auth/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.twoFactorSignIn"))("title") };
}

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function TwoFactorSignInPage({ searchParams }: Props) {
  const safeNext = safeNextPath((await searchParams).next);
  if (await getSessionUser()) redirect(safeNext);
  // Without a password checked first there is nothing to give a code for.
  if (!(await hasSignInChallenge())) redirect(`/sign-in?next=${encodeURIComponent(safeNext)}`);
  const t = await getTranslations("auth.twoFactorSignIn");
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <TwoFactorSignInForm next={safeNext} />
    </div>
  );
}
