import type { Framework } from "./schema";

export interface MigrationResult<T> {
  /** Answers keyed by item id of the new version. */
  carried: Record<string, T>;
  /** Items that did not exist in the old version in any form; they start unanswered. */
  newItemIds: string[];
  /** Old item ids whose answers have no place in the new version. */
  removed: string[];
  /**
   * New item ids that received an answer written for a different question (the parts of a
   * split), so the answer must be checked before it counts. A renamed item keeps its question
   * and is therefore not listed.
   */
  changedIds: string[];
}

/**
 * Carries answers given under `from` over to `to`, the version directly after it, following the
 * migration rules declared in `to`. Items without a rule keep their id; answers to ids that
 * no longer exist (or never existed in `from`) are reported as removed rather than dropped silently.
 */
export function migrateAnswers<T>(answers: Record<string, T>, from: Framework, to: Framework): MigrationResult<T> {
  if (from.id !== to.id || to.previousVersion !== from.version) {
    throw new Error(
      `migrateAnswers needs consecutive versions of one framework; got ${from.id}@${from.version} -> ${to.id}@${to.version}` +
        ` (which follows ${to.previousVersion ?? "nothing"})`,
    );
  }
  const itemIds = (fw: Framework) => fw.parts.flatMap((part) => part.items.map((item) => item.id));
  const fromIds = new Set(itemIds(from));
  const toIds = itemIds(to);
  const toIdSet = new Set(toIds);
  const rules = new Map(to.migration.map((rule) => [rule.from, rule]));

  const carried: Record<string, T> = {};
  const removed: string[] = [];
  const changed = new Set<string>();
  for (const [id, value] of Object.entries(answers)) {
    const rule = fromIds.has(id) ? rules.get(id) : undefined;
    if (rule?.kind === "renamed") {
      carried[rule.to] = value;
    } else if (rule?.kind === "split") {
      for (const target of rule.to) {
        carried[target] = value;
        changed.add(target);
      }
    } else if (rule === undefined && fromIds.has(id) && toIdSet.has(id)) {
      carried[id] = value;
    } else {
      removed.push(id);
    }
  }

  const targets = new Set(to.migration.flatMap((rule) => (rule.kind === "removed" ? [] : [rule.to].flat())));
  return {
    carried,
    newItemIds: toIds.filter((id) => !fromIds.has(id) && !targets.has(id)),
    removed,
    changedIds: toIds.filter((id) => changed.has(id)),
  };
}
