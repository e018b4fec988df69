import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { factLabel, type Locale } from "@/lib/catalogue/facts";
import type { Role } from "@/lib/frameworks/schema";
import type { SectionView } from "@/lib/reviews/queries";

/** Who reviews the section, where it stands, the last decision with its reasons, and facts that changed under it. */
export async function SectionState({ view }: { view: SectionView }) {
  const [t, tRoles, format, locale] = await Promise.all([getTranslations("reviews"), getTranslations("common.roles"), getFormatter(), getLocale() as Promise<Locale>]);
  return (
    <>
      <Paragraph>
        {t("table.reviewer")}: <strong>{tRoles(view.reviewerRole)}</strong> · {t("table.status")}:{" "}
        <strong>{view.status ? t(`sectionStatuses.${view.status}`) : t("sectionStatuses.notSubmitted")}</strong>
      </Paragraph>
      {view.decidedAt && view.decidedBy ? (
        <div className="afk-card">
          <Paragraph>
            {t(view.status === "approved" || view.status === "needs_reapproval" ? "approvedBy" : "changesRequestedBy", {
              name: view.decidedBy,
              role: view.decidedRole ? tRoles(view.decidedRole as Role) : "",
              date: format.dateTime(view.decidedAt, { dateStyle: "long", timeStyle: "short" }),
            })}
          </Paragraph>
          {view.rationale ? (
            <blockquote className="utrecht-blockquote">
              <p>{view.rationale}</p>
            </blockquote>
          ) : null}
        </div>
      ) : null}
      {view.pendingFactKeys.length ? (
        <Alert type="warning">
          <Paragraph>{t("changes.pendingFacts", { facts: view.pendingFactKeys.map((key) => factLabel(key, locale)).join(", ") })}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}
