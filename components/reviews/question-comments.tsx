import { getTranslations } from "next-intl/server";
import { Link, Paragraph } from "@utrecht/component-library-react";
import { CommentThreads, type CommentThread } from "@/components/reviews/comment-threads";

/**
 * The review's comment threads on one question, shown under the question in the wizard, where
 * the work is done; replying and resolving happen on the review page it links to.
 */
export async function QuestionComments({
  municipalitySlug,
  assessmentId,
  itemRef,
  threads,
  subject,
  reviewHref,
}: {
  municipalitySlug: string;
  assessmentId: string;
  itemRef: string;
  threads: CommentThread[];
  /** The question as the wizard names it, e.g. "vraag 3". */
  subject: string;
  reviewHref: string;
}) {
  const t = await getTranslations("reviews.comments");
  return (
    <section className="afk-stack afk-question-comments" aria-label={t("inWizardTitle", { subject })}>
      <p className="afk-guidance-title">{t("inWizardTitle", { subject })}</p>
      <CommentThreads municipalitySlug={municipalitySlug} assessmentId={assessmentId} itemRef={itemRef} threads={threads} canWrite={false} subject={subject} />
      <Paragraph>
        <Link href={reviewHref}>{t("toReviewPage", { subject })}</Link>
      </Paragraph>
    </section>
  );
}
