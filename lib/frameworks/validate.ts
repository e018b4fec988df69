/**
 * Pure validation of the content files (no file system access), so tests can feed it broken
 * objects. Every problem is reported as "<file>: <path>: <message>", where <path> is the
 * dot-separated location of the bad field inside that file (e.g. "parts.0.items.2.text.en").
 */
import type { z } from "zod";
import {
  dimensionsFile,
  framework,
  riskFamiliesFile,
  type Dimension,
  type Framework,
  type FrameworkItem,
  type RiskFamily,
} from "./schema";

/** One parsed (not yet validated) content file. */
export interface SourceFile {
  /** Path shown in messages, relative to the project root, e.g. "content/frameworks/elsa/2025.1.yaml". */
  file: string;
  data: unknown;
}

export interface ContentInput {
  frameworks: SourceFile[];
  dimensions: SourceFile;
  riskFamilies: SourceFile;
}

export interface Content {
  /** All versions of all frameworks, grouped by id (alphabetical), each group oldest version first. */
  frameworks: Framework[];
  dimensions: Dimension[];
  riskFamilies: RiskFamily[];
}

export interface ContentIssue {
  file: string;
  /** Dot-separated path inside the file; "(root)" for the file as a whole. */
  path: string;
  message: string;
}

export const formatIssue = (issue: ContentIssue) => `${issue.file}: ${issue.path}: ${issue.message}`;

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Invalid content (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ContentError";
  }
}

type Path = ReadonlyArray<PropertyKey>;
const pathString = (path: Path) => (path.length ? path.map(String).join(".") : "(root)");

const SCALE_VALUES = ["1", "2", "3", "4", "5"];

/** Collects issues across all files, so one run reports every problem instead of only the first. */
class Issues {
  readonly list: ContentIssue[] = [];
  add(file: string, path: Path, message: string) {
    this.list.push({ file, path: pathString(path), message });
  }
  parse<S extends z.ZodType>(schema: S, source: SourceFile): z.output<S> | undefined {
    const result = schema.safeParse(source.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.add(source.file, issue.path, issue.message);
    return undefined;
  }
}

/**
 * Validates all content at once and returns it with defaults applied.
 * Throws a ContentError listing every problem found.
 */
export function validateContent(input: ContentInput): Content {
  const issues = new Issues();

  const dimensions = issues.parse(dimensionsFile, input.dimensions)?.dimensions;
  if (dimensions) reportDuplicates(issues, input.dimensions.file, dimensions.map((d, i) => [d.id, ["dimensions", i, "id"]]), "dimension id");
  // Without a valid dimensions file every feed would be reported as unknown; skip those checks then.
  const dimensionIds = dimensions ? new Set(dimensions.map((d) => d.id)) : undefined;

  const parsed: Array<{ file: string; framework: Framework }> = [];
  // Versions and references of a framework with an invalid file would all be reported as
  // missing; the file's own errors say enough, so those follow-up checks are skipped.
  const unreadable = new Set<string>();
  for (const source of input.frameworks) {
    const fw = issues.parse(framework, source);
    if (!fw) {
      const id = (source.data as { id?: unknown } | null)?.id;
      if (typeof id === "string") unreadable.add(id);
      continue;
    }
    checkFramework(issues, source.file, fw, dimensionIds);
    parsed.push({ file: source.file, framework: fw });
  }

  const byId = new Map<string, Array<{ file: string; framework: Framework }>>();
  for (const entry of parsed) {
    const group = byId.get(entry.framework.id) ?? [];
    group.push(entry);
    byId.set(entry.framework.id, group);
  }
  const ordered: Framework[] = [];
  const latest = new Map<string, Framework>();
  for (const id of [...byId.keys()].sort()) {
    if (unreadable.has(id)) continue;
    const chain = checkVersions(issues, byId.get(id)!);
    ordered.push(...chain);
    if (chain.length) latest.set(id, chain[chain.length - 1]);
  }

  for (const { file, framework: fw } of parsed) if (!unreadable.has(fw.id)) checkSharedQuestions(issues, file, fw, latest, unreadable);

  const riskFamilies = issues.parse(riskFamiliesFile, input.riskFamilies)?.riskFamilies;
  if (riskFamilies) checkRiskFamilies(issues, input.riskFamilies.file, riskFamilies, dimensionIds, latest, unreadable);

  if (issues.list.length) throw new ContentError(issues.list);
  return { frameworks: ordered, dimensions: dimensions!, riskFamilies: riskFamilies! };
}

function reportDuplicates(issues: Issues, file: string, entries: Array<[string, Path]>, what: string) {
  const firstAt = new Map<string, Path>();
  for (const [id, path] of entries) {
    const first = firstAt.get(id);
    if (first) issues.add(file, path, `duplicate ${what} "${id}" (first at ${pathString(first)})`);
    else firstAt.set(id, path);
  }
}

function* itemsWithPath(fw: Framework): Generator<[FrameworkItem, Path]> {
  for (const [p, part] of fw.parts.entries()) {
    for (const [i, item] of part.items.entries()) yield [item, ["parts", p, "items", i]];
  }
}

function checkFramework(issues: Issues, file: string, fw: Framework, dimensionIds: Set<string> | undefined) {
  // The loader finds versions by file name, so a copied file with a stale id or version would
  // silently shadow or duplicate another version.
  if (!file.endsWith(`/${fw.id}/${fw.version}.yaml`)) {
    issues.add(file, ["version"], `file must be named <frameworkId>/<version>.yaml, i.e. ${fw.id}/${fw.version}.yaml`);
  }
  reportDuplicates(issues, file, fw.parts.map((part, p) => [part.id, ["parts", p, "id"]]), "part id");
  reportDuplicates(issues, file, [...itemsWithPath(fw)].map(([item, path]) => [item.id, [...path, "id"]]), "item id");

  for (const [item, path] of itemsWithPath(fw)) {
    const values = item.options?.map((o) => o.value) ?? [];
    if (item.answerType === "scale" && values.join() !== SCALE_VALUES.join()) {
      issues.add(file, [...path, "options"], `scale items need exactly five options with values "1" to "5" in order`);
    }
    if (item.answerType === "choice") {
      reportDuplicates(issues, file, values.map((v, o) => [v, [...path, "options", o, "value"]]), "option value");
    }
    if (item.options && item.answerType !== "scale" && item.answerType !== "choice") {
      issues.add(file, [...path, "options"], `options are only used by scale and choice items, not ${item.answerType}`);
    }
    if (item.multiple && item.answerType !== "choice") {
      issues.add(file, [...path, "multiple"], `multiple only applies to choice items`);
    }
    if ((item.answerType === "ynpu" || item.answerType === "scale") && item.feeds.length === 0) {
      issues.add(file, [...path, "feeds"], `${item.answerType} items must feed at least one dimension`);
    }
    reportDuplicates(issues, file, item.feeds.map((f, n) => [f.dimension, [...path, "feeds", n, "dimension"]]), "feed to dimension");
    if (dimensionIds) {
      for (const [n, feed] of item.feeds.entries()) {
        if (!dimensionIds.has(feed.dimension)) {
          issues.add(file, [...path, "feeds", n, "dimension"], `unknown dimension "${feed.dimension}"`);
        }
      }
    }
  }
}

/** Checks the previousVersion chain and the migration rules of one framework id; returns its versions oldest first. */
function checkVersions(issues: Issues, group: Array<{ file: string; framework: Framework }>): Framework[] {
  const byVersion = new Map<string, { file: string; framework: Framework }>();
  for (const entry of group) {
    const other = byVersion.get(entry.framework.version);
    if (other) issues.add(entry.file, ["version"], `version "${entry.framework.version}" is also defined in ${other.file}`);
    else byVersion.set(entry.framework.version, entry);
  }

  const successor = new Map<string, string>();
  const roots: string[] = [];
  for (const { file, framework: fw } of byVersion.values()) {
    const prev = fw.previousVersion;
    if (prev === undefined) {
      roots.push(fw.version);
      if (fw.migration.length) issues.add(file, ["migration"], `migration rules need a previousVersion`);
      continue;
    }
    const previous = byVersion.get(prev);
    if (!previous) {
      issues.add(file, ["previousVersion"], `version "${prev}" of ${fw.id} does not exist`);
      continue;
    }
    const taken = successor.get(prev);
    if (taken) {
      issues.add(file, ["previousVersion"], `version "${taken}" already follows "${prev}"; versions must form one line`);
      continue;
    }
    successor.set(prev, fw.version);
    checkMigration(issues, file, fw, previous.framework);
  }

  const first = group[0];
  if (roots.length !== 1) {
    // Zero roots means every version points back to another: a cycle.
    const message = roots.length
      ? `versions ${roots.map((v) => `"${v}"`).join(", ")} all lack a previousVersion; only the oldest may`
      : `the previousVersion chain is circular`;
    issues.add(first.file, ["previousVersion"], message);
    return [];
  }
  const chain: Framework[] = [];
  for (let v: string | undefined = roots[0]; v !== undefined; v = successor.get(v)) chain.push(byVersion.get(v)!.framework);
  if (chain.length !== byVersion.size) {
    issues.add(first.file, ["previousVersion"], `the previousVersion chain is circular or broken`);
    return [];
  }
  return chain;
}

function checkMigration(issues: Issues, file: string, fw: Framework, previous: Framework) {
  const prevIds = new Set([...itemsWithPath(previous)].map(([item]) => item.id));
  const currentIds = new Set([...itemsWithPath(fw)].map(([item]) => item.id));
  const covered = new Set<string>();

  for (const [r, rule] of fw.migration.entries()) {
    const at = ["migration", r];
    if (!prevIds.has(rule.from)) {
      issues.add(file, [...at, "from"], `"${rule.from}" is not an item of version ${previous.version}`);
    }
    if (covered.has(rule.from)) issues.add(file, [...at, "from"], `"${rule.from}" has more than one migration rule`);
    covered.add(rule.from);

    const targets: Array<[string, Path]> =
      rule.kind === "renamed"
        ? [[rule.to, [...at, "to"]]]
        : rule.kind === "split"
          ? rule.to.map((to, t): [string, Path] => [to, [...at, "to", t]])
          : [];
    for (const [to, path] of targets) {
      if (!currentIds.has(to)) issues.add(file, path, `"${to}" is not an item of this version`);
      // A target that already existed would receive two answers; only a split may keep its own id.
      else if (prevIds.has(to) && !(rule.kind === "split" && to === rule.from)) {
        issues.add(file, path, `"${to}" already existed in version ${previous.version}, so it cannot receive another item's answer`);
      }
    }
    const keepsOwnId = rule.kind === "split" && rule.to.includes(rule.from);
    if (currentIds.has(rule.from) && !keepsOwnId) {
      issues.add(file, [...at, "from"], `"${rule.from}" still exists in this version, so it cannot be ${rule.kind}`);
    }
  }

  for (const id of prevIds) {
    if (!currentIds.has(id) && !covered.has(id)) {
      issues.add(file, ["migration"], `item "${id}" of version ${previous.version} is missing here and has no migration rule`);
    }
  }
}

/**
 * A question answered by another (`sameAs`) must point at an existing question of the latest
 * version that is itself asked (no chain), and take the same kind of answer: the same answer
 * type, single or multiple alike, and the same option values, so the one answer is valid for both.
 */
function checkSharedQuestions(issues: Issues, file: string, fw: Framework, latest: Map<string, Framework>, unreadable: Set<string>) {
  for (const [item, path] of itemsWithPath(fw)) {
    if (!item.sameAs) continue;
    const at = [...path, "sameAs", "question"];
    const [frameworkId, itemId] = item.sameAs.question.split(":");
    if (unreadable.has(frameworkId)) continue;
    if (frameworkId === fw.id && itemId === item.id) {
      issues.add(file, at, "a question cannot be the same as itself");
      continue;
    }
    const target = latest.get(frameworkId);
    const primary = target ? [...itemsWithPath(target)].find(([candidate]) => candidate.id === itemId)?.[0] : undefined;
    if (!target || !primary) {
      issues.add(file, at, `"${item.sameAs.question}" is not an item of the latest version of ${frameworkId}`);
      continue;
    }
    if (primary.sameAs) {
      issues.add(file, at, `"${item.sameAs.question}" is itself answered by "${primary.sameAs.question}"; point at that question`);
      continue;
    }
    const options = (candidate: FrameworkItem) => (candidate.options ?? []).map((option) => option.value).sort().join();
    if (primary.answerType !== item.answerType || primary.multiple !== item.multiple || options(primary) !== options(item)) {
      issues.add(
        file,
        at,
        `"${item.sameAs.question}" takes another kind of answer (${primary.answerType}${primary.multiple ? ", multiple" : ""}) than this question (${item.answerType}${item.multiple ? ", multiple" : ""}) or other options`,
      );
    }
  }
}

function checkRiskFamilies(
  issues: Issues,
  file: string,
  families: RiskFamily[],
  dimensionIds: Set<string> | undefined,
  latest: Map<string, Framework>,
  unreadable: Set<string>,
) {
  reportDuplicates(issues, file, families.map((f, i) => [f.id, ["riskFamilies", i, "id"]]), "risk family id");
  for (const [i, family] of families.entries()) {
    if (dimensionIds) {
      for (const [d, id] of family.dimensions.entries()) {
        if (!dimensionIds.has(id)) issues.add(file, ["riskFamilies", i, "dimensions", d], `unknown dimension "${id}"`);
      }
    }
    for (const [n, ref] of family.items.entries()) {
      const [frameworkId, itemId] = ref.split(":");
      if (unreadable.has(frameworkId)) continue;
      const fw = latest.get(frameworkId);
      const exists = fw && [...itemsWithPath(fw)].some(([item]) => item.id === itemId);
      if (!exists) issues.add(file, ["riskFamilies", i, "items", n], `"${ref}" is not an item of the latest version of ${frameworkId}`);
    }
  }
}
