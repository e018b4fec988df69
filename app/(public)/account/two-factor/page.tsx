import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { TwoFactorDisableForm } from "@/components/auth/two-factor-disable-form";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { requireUser } from "@/lib/auth/session";
import { hasPassword, isTwoFactorRequired } from "@/lib/auth/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.twoFactor"))("title") };
}

export default async function TwoFactorPage() {
  // The one page open to an administrator who must still set up a second factor.
  const user = await requireUser({ allowTwoFactorSetup: true });
  const [t, required, withPassword] = await Promise.all([getTranslations("auth.twoFactor"), isTwoFactorRequired(user.id), hasPassword(user.id)]);
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      {user.twoFactorSetupRequired ? (
        <Alert type="warning">
          <Paragraph>{t("requiredFirst")}</Paragraph>
        </Alert>
      ) : null}
      {user.twoFactorEnabled ? (
        <>
          <Alert type="ok">
            <Paragraph>{t("on")}</Paragraph>
          </Alert>
          {required ? <Paragraph>{t("requiredKeep")}</Paragraph> : <TwoFactorDisableForm hasPassword={withPassword} />}
          <Paragraph>
            <Link href="/account">{t("backToAccount")}</Link>
          </Paragraph>
        </>
      ) : (
        <TwoFactorSetup hasPassword={withPassword} next={user.twoFactorSetupRequired ? "/" : "/account/two-factor"} />
      )}
    </div>
  );
}
