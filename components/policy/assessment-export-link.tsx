import { useTranslations } from "next-intl";
import { Link } from "@utrecht/component-library-react";

/** Download of one assessment as JSON (docs/policy-format.md); place it on the assessment pages. */
export function AssessmentExportLink({ slug, assessmentId, channelName }: { slug: string; assessmentId: string; channelName: string }) {
  const t = useTranslations("policy.export");
  return (
    <Link href={`/m/${slug}/assessments/${assessmentId}/export`} download>
      {t("assessmentJson")}
      <span className="afk-visually-hidden"> {t("forChannel", { channel: channelName })}</span>
    </Link>
  );
}
