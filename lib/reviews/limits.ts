/**
 * The length of a review text (a comment, a rationale, a message), one source for the zod schemas
 * (schema.ts) and the fields in the browser. No schema library here: the comment form on the
 * wizard's questions imports it, and zod would come along into the wizard's JavaScript.
 */
export const maxReviewText = 4000;
