import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { listMunicipalitiesOfUser } from "@/lib/municipalities/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, tRoles, municipalities] = await Promise.all([
    getTranslations("auth.account"),
    getTranslations("common.roles"),
    listMunicipalitiesOfUser(user.id),
  ]);
  return (
    <div className="afk-stack">
      <Heading1>{t("title")}</Heading1>
      <Heading2>{t("details")}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t("name")}</DataListKey>
          <DataListValue>{user.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("email")}</DataListKey>
          <DataListValue>{user.email}</DataListValue>
        </DataListItem>
      </DataList>
      <Heading2>{t("memberships")}</Heading2>
      <UnorderedList>
        {municipalities.map((municipality) => (
          <UnorderedListItem key={municipality.slug}>
            <Link href={`/m/${municipality.slug}`}>{municipality.name}</Link>:{" "}
            {municipality.roles.map((role) => tRoles(role as "advisor")).join(", ")}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading2>{t("twoFactor")}</Heading2>
      <Paragraph>{user.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")}</Paragraph>
      <Paragraph>
        <Link href="/account/two-factor">{user.twoFactorEnabled ? t("twoFactorManage") : t("twoFactorSetUp")}</Link>
      </Paragraph>
      <Heading2>{t("changePassword")}</Heading2>
      <ChangePasswordForm />
    </div>
  );
}
