import { getLocale, getTranslations } from "next-intl/server";
import { Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { ItemLink, migrationOverview } from "@/lib/frameworks/api";
import { localized } from "@/lib/i18n/localized";
import { TableRegion } from "@/components/tables/table-region";

type Overview = ReturnType<typeof migrationOverview>;

/** How the questions of the previous version map to this one: renamed, split or removed, with the reason. */
export async function MigrationTable({
  overview,
  previousVersion,
  previousHref,
  currentHref,
}: {
  overview: Overview;
  previousVersion: string;
  previousHref: string;
  currentHref: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("frameworks"), getLocale()]);
  const describe = (link: ItemLink, href: string) => (
    <>
      <Link href={`${href}#item-${link.id}`}>
        <code>{link.id}</code>
      </Link>
      {link.item ? <>: {localized(link.item.text, locale)}</> : null}
    </>
  );
  return (
    <>
      <Paragraph>{t("changesIntro", { previous: previousVersion })}</Paragraph>
      {overview.rules.length === 0 ? (
        <Paragraph>{t("noChanges")}</Paragraph>
      ) : (
        <TableRegion label={t("changesCaption", { previous: previousVersion })}>
          <Table>
            <TableCaption>{t("changesCaption", { previous: previousVersion })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("changeKind")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("previousItem", { previous: previousVersion })}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("newItems")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("reason")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.rules.map((rule) => (
                <TableRow key={rule.from.id}>
                  <TableHeaderCell scope="row">{t(`kinds.${rule.kind}`)}</TableHeaderCell>
                  <TableCell>{describe(rule.from, previousHref)}</TableCell>
                  <TableCell>
                    {rule.to.length === 0 ? (
                      t("removedNoSuccessor")
                    ) : (
                      <ul className="afk-plain-list">
                        {rule.to.map((target) => (
                          <li key={target.id}>{describe(target, currentHref)}</li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                  <TableCell>{rule.reason ? localized(rule.reason, locale) : null}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableRegion>
      )}
      {overview.added.length ? (
        <>
          <Paragraph>
            <strong>{t("addedTitle", { count: overview.added.length })}</strong>
          </Paragraph>
          <ul className="afk-plain-list">
            {overview.added.map((link) => (
              <li key={link.id}>{describe(link, currentHref)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
