/**
 * The limits of what an assessment stores beside the answer values (those are in
 * lib/frameworks/answer-value.ts), one source for each: the zod schemas on the server (schema.ts)
 * and the fields and checks in the browser import them from here. No schema library in this
 * module: it ships to the browser, where zod alone (about 31 kB gzipped) would weigh more than the
 * rest of the wizard's own JavaScript.
 */

/** An answer's rationale and its evidence (a link or a reference), in characters. */
export const maxRationaleLength = 5000;
export const maxEvidenceLength = 1000;

/** A risk in the risk step, in characters; likelihood and impact are levels 1 to 5. */
export const riskLimits = { title: 200, description: 2000, measures: 2000 } as const;
export const riskLevelRange = { min: 1, max: 5 } as const;
