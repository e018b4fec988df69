/**
 * Finds what the security suite must cover from the file tree, so nothing new slips past it:
 * every server action (exported functions of "use server" modules) and every page and route
 * handler under app/.
 */
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : walk(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** A module-level directive: the first statement, after comments. */
const moduleDirective = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;
const anyDirective = /["']use server["']/g;
const exportedFunction = /export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=\s*async\b/g;

export type DiscoveredAction = { file: string; name: string };

/**
 * Every exported function of every "use server" module in lib/ and app/. A "use server" inside a
 * function body (an inline action) is reported separately: the suite cannot call those, so the
 * rule is to keep actions in lib/<domain>/actions.ts.
 */
export function discoverServerActions(): { actions: DiscoveredAction[]; inline: string[] } {
  const actions: DiscoveredAction[] = [];
  const inline: string[] = [];
  for (const file of [...walk("lib"), ...walk("app")]) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const directives = source.match(anyDirective)?.length ?? 0;
    if (directives === 0) continue;
    const isModule = moduleDirective.test(source);
    if (directives > (isModule ? 1 : 0)) inline.push(file);
    if (!isModule) continue;
    for (const match of source.matchAll(exportedFunction)) actions.push({ file, name: match[1] ?? match[2] });
  }
  return { actions, inline };
}

export type DiscoveredRoute = {
  /** The URL pattern, e.g. /m/[slug]/policy/[year]/pdf; route groups like (public) left out. */
  pattern: string;
  kind: "page" | "route";
  file: string;
};

/** Every page (page.tsx) and route handler (route.ts/tsx) under app/. */
export function discoverRoutes(): DiscoveredRoute[] {
  return walk("app")
    .filter((file) => /\/(page|route)\.tsx?$/.test(file))
    .map((file) => {
      const segments = path.dirname(path.relative("app", file)).split(path.sep).filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
      return { pattern: `/${segments.join("/")}`, kind: /\/page\.tsx?$/.test(file) ? ("page" as const) : ("route" as const), file };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}
