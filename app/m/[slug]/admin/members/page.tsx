import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/app-shell/breadcrumb";
import { InviteForm } from "@/components/admin/invite-form";
import { MemberRolesForm } from "@/components/admin/member-roles-form";
import { requireMunicipality } from "@/lib/auth/session";
import { isRole } from "@/lib/auth/permissions";
import { listMembers, listPendingInvitations } from "@/lib/municipalities/queries";

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
      <div className="afk-table-wrap">
        <Table>
          <TableCaption>{t("tableCaption", { municipality: municipality.name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("email")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("roles")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableHeaderCell scope="row">{member.name}</TableHeaderCell>
                <TableCell>{member.email}</TableCell>
                <TableCell>
                  <MemberRolesForm municipalitySlug={slug} member={{ id: member.id, name: member.name, roles: member.roles.filter(isRole) }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Heading2>{t("inviteTitle")}</Heading2>
      <InviteForm municipalitySlug={slug} />
      <Heading2>{t("pendingTitle")}</Heading2>
      {invitations.length === 0 ? (
        <Paragraph>{t("pendingNone")}</Paragraph>
      ) : (
        <div className="afk-table-wrap">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("email")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("roles")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("expires")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id}>
                  <TableCell>{invitation.email}</TableCell>
                  <TableCell>{invitation.roles.split(",").filter(isRole).map((role) => tRoles(role)).join(", ")}</TableCell>
                  <TableCell>{format.dateTime(invitation.expiresAt, { dateStyle: "long" })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
