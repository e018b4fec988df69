/**
 * Reads content/scoring.yaml (plain node:fs, so scripts and tests can use it too), validates it
 * with zod and checks that every dimension it names exists. Cached for the life of the process;
 * a change to the rules needs a restart, like the other content.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Dimension } from "@/lib/frameworks/schema";
import { scoringRulesSchema, type ScoringRules } from "./schema";

export const SCORING_RULES_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "content", "scoring.yaml");

export class ScoringRulesError extends Error {
  constructor(
    readonly file: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(`Invalid scoring rules in ${file}:\n${issues.map((i) => `${i.path}: ${i.message}`).join("\n")}`);
    this.name = "ScoringRulesError";
  }
}

/**
 * Validates parsed rules (pure). With `dimensions`, also checks that every feed names a known
 * dimension. Throws ScoringRulesError listing every problem.
 */
export function parseScoringRules(data: unknown, dimensions?: readonly Dimension[], file = "content/scoring.yaml"): ScoringRules {
  const result = scoringRulesSchema.safeParse(data);
  if (!result.success) {
    throw new ScoringRulesError(
      file,
      result.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(root)", message: issue.message })),
    );
  }
  if (dimensions) {
    const known = new Set(dimensions.map((d) => d.id));
    const issues = result.data.facts.flatMap((rule, r) =>
      rule.feeds.flatMap((feed, f) =>
        known.has(feed.dimension) ? [] : [{ path: `facts.${r}.feeds.${f}.dimension`, message: `unknown dimension "${feed.dimension}"` }],
      ),
    );
    if (issues.length) throw new ScoringRulesError(file, issues);
  }
  return result.data;
}

const cache = new Map<string, ScoringRules>();

/** The rules in content/scoring.yaml (or `file`), validated; cached per file. */
export function loadScoringRules(file: string = SCORING_RULES_FILE, dimensions?: readonly Dimension[]): ScoringRules {
  const cached = cache.get(file);
  if (cached) return cached;
  const shown = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ScoringRulesError(shown, [{ path: "(root)", message: error instanceof Error ? error.message : String(error) }]);
  }
  const rules = parseScoringRules(data, dimensions, shown);
  cache.set(file, rules);
  return rules;
}
