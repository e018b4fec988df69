import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { DataTable } from "@/components/tables/data-table";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { InviteForm } from "@/components/admin/invite-form";
import { MemberRolesForm } from "@/components/admin/member-roles-form";
import { requireMunicipality } from "@/lib/auth/session";
import { isRole } from "@/lib/auth/permissions";
import { listMembers, listPendingInvitations } from "@/lib/municipalities/queries";
import { TableRegion } from "@/components/tables/table-region";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { municipality } = await requireMunicipality(slug, "members.manage");
  const [t, tNav, tRoles, format, members, invitations] = await Promise.all([
    getTranslations("admin.members"),
    getTranslations("common.nav"),
    getTranslations("common.roles"),
    getFormatter(),
    listMembers(municipality.id),
    listPendingInvitations(municipality.id),
  ]);
  return (
    <div className="afk-stack">
      <Breadcrumb items={[{ href: `/m/${slug}`, label: municipality.name }, { label: tNav("members") }]} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph>{t("intro")}</Paragraph>
      <TableRegion label={t("tableCaption", { municipality: municipality.name })}>
        <DataTable
          caption={t("tableCaption", { municipality: municipality.name })}
          rows={members}
          rowKey={(member) => member.id}
          columns={[
            { header: t("name"), cell: (member) => member.name },
            { header: t("email"), cell: (member) => member.email },
            {
              header: t("roles"),
              cell: (member) => <MemberRolesForm municipalitySlug={slug} member={{ id: member.id, name: member.name, roles: member.roles.filter(isRole) }} />,
            },
          ]}
        />
      </TableRegion>
      <Heading2>{t("inviteTitle")}</Heading2>
      <InviteForm municipalitySlug={slug} />
      <Heading2>{t("pendingTitle")}</Heading2>
      {invitations.length === 0 ? (
        <Paragraph>{t("pendingNone")}</Paragraph>
      ) : (
        <TableRegion label={t("pendingTitle")}>
          <DataTable
            rows={invitations}
            rowKey={(invitation) => invitation.id}
            rowHeaders={false}
            columns={[
              { header: t("email"), cell: (invitation) => invitation.email },
              { header: t("roles"), cell: (invitation) => invitation.roles.split(",").filter(isRole).map((role) => tRoles(role)).join(", ") },
              { header: t("expires"), cell: (invitation) => format.dateTime(invitation.expiresAt, { dateStyle: "long" }) },
            ]}
          />
        </TableRegion>
      )}
    </div>
  );
}
