"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { TextareaField } from "@/components/forms/fields";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRefusal } from "@/components/reviews/use-refusal";
import { addCommentAction, resolveCommentAction } from "@/lib/reviews/actions";
import { maxReviewText } from "@/lib/reviews/limits";
import type { CommentInput } from "@/lib/reviews/schema";
import type { Section } from "@/lib/reviews/sections";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";

export type CommentEntry = { id: string; authorName: string; body: string; createdAt: string; createdAtLabel: string; resolved: boolean };
export type CommentThread = CommentEntry & { replies: CommentEntry[] };

type Target = { municipalitySlug: string; assessmentId: string };

function CommentForm({
  target,
  values,
  label,
  button,
  onDone,
}: {
  target: Target;
  values: Pick<CommentInput, "section" | "itemRef" | "parentId">;
  label: string;
  button: string;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("reviews.comments");
  const router = useRouter();
  const refusal = useRefusal();
  // Validated on the server only (commentInput in addCommentAction), its errors on the field: this
  // form is on the wizard's questions, where the schema library would weigh more than the rest of
  // the wizard's JavaScript (lib/assessments/limits.ts).
  const form = useForm<CommentInput>({ defaultValues: { ...target, ...values, body: "" } });
  const { submit, formError, setFormError, errorOf } = useActionForm(form);
  const onSubmit = form.handleSubmit(async (input) => {
    const result = await submit(addCommentAction, input);
    if (result.ok) {
      form.reset({ ...target, ...values, body: "" });
      onDone(t("posted"));
      router.refresh();
    } else {
      const reason = refusal(result);
      if (reason) setFormError(reason);
    }
  });
  return (
    <ActionForm onSubmit={onSubmit} className="afk-form afk-stack afk-comment-form">
      <FormError message={formError} />
      <TextareaField label={label} registration={form.register("body")} error={errorOf("body")} required rows={3} maxLength={maxReviewText} />
      <Paragraph>
        <SubmitButton appearance="secondary-action-button" disabled={form.formState.isSubmitting}>
          {button}
        </SubmitButton>
      </Paragraph>
    </ActionForm>
  );
}

function Entry({ entry, headingId }: { entry: CommentEntry; headingId?: string }) {
  const t = useTranslations("reviews.comments");
  return (
    <>
      <p className="afk-comment__meta" id={headingId}>
        <strong>{entry.authorName}</strong> · <time dateTime={entry.createdAt}>{entry.createdAtLabel}</time>
        {headingId ? <> · {entry.resolved ? t("resolved") : t("unresolved")}</> : null}
      </p>
      <p className="afk-comment__body">{entry.body}</p>
    </>
  );
}

/**
 * The comment threads of one question or section: a list of threads, each with its replies, a
 * reply form and a resolved/unresolved toggle; a form below starts a new thread. Plain lists,
 * buttons and disclosure widgets, so it works by keyboard and reads well with a screen reader.
 */
export function CommentThreads({
  municipalitySlug,
  assessmentId,
  section,
  itemRef,
  threads,
  canWrite,
  subject,
}: {
  municipalitySlug: string;
  assessmentId: string;
  section?: Section;
  itemRef?: string;
  threads: CommentThread[];
  canWrite: boolean;
  /** What the comments are about, e.g. "question 3" or "the privacy section"; used in labels. */
  subject: string;
}) {
  const t = useTranslations("reviews.comments");
  const tFailed = useTranslations("common.actionFailed");
  const refusal = useRefusal();
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = { municipalitySlug, assessmentId };

  async function toggle(thread: CommentThread) {
    setError(null);
    setStatus(null);
    try {
      const result = await resolveCommentAction({ ...target, commentId: thread.id, resolved: !thread.resolved });
      if (result.ok) {
        setStatus(thread.resolved ? t("reopened") : t("markedResolved"));
        router.refresh();
      } else setError(refusal(result) ?? (tFailed.has(result.code) ? tFailed(result.code) : tFailed("server_error")));
    } catch {
      setError(tFailed("server_error"));
    }
  }

  const unresolved = threads.filter((thread) => !thread.resolved).length;
  return (
    <div className="afk-comments">
      <FormError message={error} />
      {threads.length ? (
        <ol className="afk-thread-list" aria-label={t("listLabel", { subject, count: threads.length, unresolved })}>
          {threads.map((thread, index) => {
            const headingId = `${id}-thread-${index}`;
            return (
              <li key={thread.id} className={`afk-thread${thread.resolved ? " afk-thread--resolved" : ""}`}>
                <article aria-labelledby={headingId}>
                  <Entry entry={thread} headingId={headingId} />
                  {thread.replies.length ? (
                    <ol className="afk-thread__replies" aria-label={t("repliesLabel", { count: thread.replies.length, name: thread.authorName })}>
                      {thread.replies.map((reply) => (
                        <li key={reply.id}>
                          <Entry entry={reply} />
                        </li>
                      ))}
                    </ol>
                  ) : null}
                  {canWrite ? (
                    <div className="afk-thread__actions">
                      <Button appearance="subtle-button" onClick={() => void toggle(thread)}>
                        {thread.resolved ? t("reopen") : t("resolve")}
                        <span className="afk-visually-hidden"> ({t("threadOf", { name: thread.authorName })})</span>
                      </Button>
                      <details className="afk-disclosure">
                        <summary>
                          {t("reply")}
                          <span className="afk-visually-hidden"> ({t("threadOf", { name: thread.authorName })})</span>
                        </summary>
                        <CommentForm
                          target={target}
                          values={{ parentId: thread.id, section: "", itemRef: "" }}
                          label={t("replyLabel", { name: thread.authorName })}
                          button={t("postReply")}
                          onDone={setStatus}
                        />
                      </details>
                    </div>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      ) : null}
      {canWrite ? (
        <details className="afk-disclosure">
          <summary>{t("add", { subject })}</summary>
          <CommentForm
            target={target}
            values={{ section: itemRef ? "" : (section ?? ""), itemRef: itemRef ?? "", parentId: "" }}
            label={t("newLabel", { subject })}
            button={t("post")}
            onDone={setStatus}
          />
        </details>
      ) : null}
      <div role="status">
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>
    </div>
  );
}
