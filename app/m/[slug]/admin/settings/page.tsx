import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { AdminTwoFactorForm } from "@/components/admin/admin-two-factor-form";
import { SsoSettingsForm } from "@/components/admin/sso-settings-form";
import { WeightsForm } from "@/components/admin/weights-form";
import { requireMunicipality } from "@/lib/auth/session";
import { formatRoleMapping, ssoProviderId, type RoleMapping } from "@/lib/auth/sso-rules";
import { env } from "@/lib/env";
import { findRequireAdminTwoFactor, findSsoProviderBySlug } from "@/lib/municipalities/queries";
import { municipalityWeights } from "@/lib/assessments/scoring";
import { loadDimensions } from "@/lib/frameworks/load";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scoring.weights"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "settings.edit");
  const [t, tNav, tScoring, tSso, locale, weights, sso, requireAdminTwoFactor] = await Promise.all([
    getTranslations("scoring.weights"),
    getTranslations("common.nav"),
    getTranslations("scoring.labels"),
    getTranslations("admin.sso"),
    getLocale(),
    municipalityWeights(municipality.id),
    findSsoProviderBySlug(slug),
    findRequireAdminTwoFactor(municipality.id),
  ]);
  // The stored secret stays on the server: the form only learns whether there is one.
  const ssoValues = sso
    ? {
        issuer: sso.issuer,
        clientId: sso.clientId,
        secretSource: sso.clientSecretEnv ? ("env" as const) : ("stored" as const),
        clientSecretEnv: sso.clientSecretEnv ?? "",
        domains: sso.domains.split(",").join(", "),
        roleClaim: sso.roleClaim ?? "",
        roleMapping: formatRoleMapping(JSON.parse(sso.roleMapping) as RoleMapping),
      }
    : null;
  const dimensions = loadDimensions().map((dimension) => ({
    id: dimension.id,
    title: localized(dimension.title, locale),
    description: localized(dimension.description, locale),
    defaultWeight: dimension.defaultWeight,
  }));
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: tNav("settings") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>
        <Link href="/method">{tScoring("method")}</Link>
      </Paragraph>
      <WeightsForm municipalitySlug={slug} dimensions={dimensions} weights={weights} />
      <Heading2>{tSso("title")}</Heading2>
      <Paragraph>{tSso("intro")}</Paragraph>
      <Paragraph>
        {tSso("callback")} <code>{`${env().BETTER_AUTH_URL}/api/auth/callback/${ssoProviderId(slug)}`}</code>
      </Paragraph>
      <SsoSettingsForm municipalitySlug={slug} values={ssoValues} hasStoredSecret={Boolean(sso?.clientSecretEncrypted)} />
      <Heading2>{tSso("twoFactorTitle")}</Heading2>
      <Paragraph>{tSso("twoFactorIntro")}</Paragraph>
      <AdminTwoFactorForm municipalitySlug={slug} required={requireAdminTwoFactor} />
    </div>
  );
}
