import { getTranslations } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { AssessmentDetail } from "@/lib/assessments/queries";

export async function SummaryStep({ detail }: { slug: string; detail: AssessmentDetail }) {
  const t = await getTranslations("assessments");
  return (
    <section aria-labelledby="summary-title">
      <Heading2 id="summary-title">{t("steps.summary")}</Heading2>
      <Paragraph>{detail.channel?.name}</Paragraph>
    </section>
  );
}
