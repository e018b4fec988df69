import type { Page } from "@playwright/test";
import { seedDemoLikeTenant, type DemoTenant as Demo } from "./support/demo-tenant";
import { accessibilityViolations, expect, signIn, test } from "./support/fixtures";
import { baseURL } from "../playwright.config";

/**
 * The main pages, public and signed in, in Dutch and English, on a municipality seeded like the
 * demo (every review state, an adopted and a draft policy, a changed catalogue fact). Visible
 * text carries words, not the codes behind them: no snake_case enum values (`not_accepted`) and
 * no ISO dates (`2026-06-30`) where a date in the reader's format belongs. Each page also passes axe.
 * Every finding of a group is reported at once, so one run lists all the work.
 */

const codeToken = /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/g;

type Group = { name: string; role: "advisor" | "admin" | null; paths: (demo: Demo) => string[] };

// The pages where codes and dates are shown: lists, tables and the decided assessment (its risk step and changed facts).
const groups: Group[] = [
  { name: "public pages", role: null, paths: ({ slug, year }) => ["/", "/method", `/p/${slug}/${year - 1}`, "/channels/facebook"] },
  {
    name: "the advisor's pages",
    role: "advisor",
    paths: ({ slug, year, assessments }) => [
      `/m/${slug}`,
      `/m/${slug}/assessments/${assessments.facebook.current}`,
      `/m/${slug}/assessments/${assessments.facebook.current}/risks`,
      `/m/${slug}/assessments/${assessments.facebook.current}/summary`,
      `/m/${slug}/assessments/${assessments.facebook.current}/transparency`,
      `/m/${slug}/compare`,
      `/m/${slug}/risks`,
      `/m/${slug}/policy/${year}`,
      `/m/${slug}/evaluations`,
    ],
  },
  {
    name: "the administrator's pages",
    role: "admin",
    paths: ({ slug, assessments }) => [`/m/${slug}/assessments/${assessments.facebook.current}/review/privacy`, `/m/${slug}/catalogue/facebook`],
  },
];

async function findings(page: Page, path: string, withAxe: boolean): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const text = await page.evaluate(() => document.body.innerText);
  const context = (match: RegExpMatchArray) => text.slice(Math.max(0, match.index! - 40), match.index! + match[0].length + 20).replace(/\s+/g, " ");
  return [
    ...[...text.matchAll(codeToken)].map((match) => `${path}: code "${match[0]}" in "…${context(match)}…"`),
    ...[...text.matchAll(isoDate)].map((match) => `${path}: ISO date "${match[0]}" in "…${context(match)}…"`),
    ...(withAxe ? await accessibilityViolations(page) : []).map((violation) => `${path}: axe ${violation}`),
  ];
}

let demo: Demo;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  demo = await seedDemoLikeTenant();
});

for (const locale of ["nl", "en"] as const) {
  for (const group of groups) {
    test(`${group.name} in ${locale === "nl" ? "Dutch" : "English"} show words, not codes or ISO dates, and pass axe`, async ({ page, context }) => {
      test.setTimeout(600_000);
      if (group.role) await signIn(page, demo.people[group.role].email);
      else expect((await page.request.get("/favicon.ico")).status(), "/favicon.ico").toBe(200);
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
      const all: string[] = [];
      // axe judges the markup, which is the same in both languages; once is enough on a busy machine.
      for (const path of group.paths(demo)) all.push(...(await findings(page, path, locale === "nl")));
      expect(all).toEqual([]);
    });
  }
}
