import type { CommentThread } from "@/components/reviews/comment-threads";
import type { CommentView } from "@/lib/reviews/queries";

/** A calendar date (YYYY-MM-DD) in the reader's language, without shifting it across time zones. */
export function formatDay(format: { dateTime: (date: Date, options: { dateStyle: "long" }) => string }, day: string) {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.dateTime(date, { dateStyle: "long" });
}

/** Comment threads as the client component takes them: dates as ISO text and as written for the reader. */
export function threadsForDisplay(
  format: { dateTime: (date: Date, options: { dateStyle: "medium"; timeStyle: "short" }) => string },
  threads: readonly CommentView[] | undefined,
): CommentThread[] {
  const entry = <E extends { createdAt: Date }>(comment: E) => ({
    ...comment,
    createdAt: comment.createdAt.toISOString(),
    createdAtLabel: format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" }),
  });
  return (threads ?? []).map((thread) => ({ ...entry(thread), replies: thread.replies.map(entry) }));
}
