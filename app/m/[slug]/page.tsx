import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Heading1, Heading2, OrderedList, OrderedListItem, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { requireMunicipality } from "@/lib/auth/session";
import { AwaitingList } from "@/components/reviews/awaiting-list";
import { listAwaiting } from "@/lib/reviews/queries";
import { listAwaitingEvaluations } from "@/lib/evaluations/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.nav"))("dashboard") };
}

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, municipality, roles } = await requireMunicipality(slug);
  const [t, tCommon, tRoles, awaiting, evaluations] = await Promise.all([
    getTranslations("common.dashboard"),
    getTranslations("common"),
    getTranslations("common.roles"),
    listAwaiting(municipality.id, user.id, roles),
    listAwaitingEvaluations(municipality.id, user.id, roles),
  ]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ label: municipality.name }]} />
      <Heading1>{t("title", { municipality: municipality.name })}</Heading1>
      <Paragraph>
        {tCommon("signedInAs", { name: user.name })}. {tCommon("yourRoles", { roles: roles.map((role) => tRoles(role)).join(", ") })}
      </Paragraph>
      <Paragraph>{t("intro")}</Paragraph>
      <AwaitingList slug={slug} items={awaiting} evaluations={evaluations} />
      <Heading2>{t("cycleTitle")}</Heading2>
      <OrderedList>
        <OrderedListItem>{t("cycle.assess")}</OrderedListItem>
        <OrderedListItem>{t("cycle.review")}</OrderedListItem>
        <OrderedListItem>{t("cycle.decide")}</OrderedListItem>
        <OrderedListItem>{t("cycle.adopt")}</OrderedListItem>
        <OrderedListItem>{t("cycle.evaluate")}</OrderedListItem>
      </OrderedList>
    </div>
  );
}
