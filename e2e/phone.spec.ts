import type { Page } from "@playwright/test";
import { seedDemoLikeTenant, type DemoTenant } from "./support/demo-tenant";
import { accessibilityViolations, expect, signIn, test } from "./support/fixtures";

/**
 * The main pages on a phone: each passes axe at a phone's width and reflows (WCAG 1.4.10): the
 * page itself never scrolls sideways; a wide table scrolls inside its own region. On a
 * municipality seeded like the demo, as the public, an advisor and an administrator see it.
 */

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

type Group = { name: string; role: "advisor" | "admin" | null; paths: (demo: DemoTenant) => string[] };

const groups: Group[] = [
  {
    name: "public pages",
    role: null,
    paths: ({ slug, year }) => ["/", "/method", "/frameworks", "/frameworks/vng-afwegingskader", "/sign-in", `/p/${slug}`, `/p/${slug}/${year - 1}`],
  },
  {
    name: "the advisor's pages",
    role: "advisor",
    paths: ({ slug, year, assessments, evaluations }) => {
      const facebook = `/m/${slug}/assessments/${assessments.facebook.current}`;
      return [
        `/m/${slug}`,
        `/m/${slug}/assessments`,
        `/m/${slug}/assessments/new`,
        facebook,
        `${facebook}/goals`,
        `${facebook}/vng`,
        `${facebook}/risks`,
        `${facebook}/summary`,
        `${facebook}/review`,
        `/m/${slug}/compare`,
        `/m/${slug}/risks`,
        `/m/${slug}/catalogue`,
        `/m/${slug}/policy`,
        `/m/${slug}/policy/${year}`,
        `/m/${slug}/policy/${year - 1}/document`,
        `/m/${slug}/evaluations`,
        `/m/${slug}/evaluations/${evaluations.facebook}`,
        "/account",
      ];
    },
  },
  {
    name: "the administrator's pages",
    role: "admin",
    paths: ({ slug, assessments }) => [
      `/m/${slug}/assessments/${assessments.facebook.current}/review/privacy`,
      `/m/${slug}/catalogue/facebook`,
      `/m/${slug}/risks/sections`,
      `/m/${slug}/policy/import`,
      `/m/${slug}/admin/members`,
      `/m/${slug}/admin/settings`,
      `/m/${slug}/admin/audit`,
      `/m/${slug}/admin/outbox`,
    ],
  },
];

async function findings(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return [
    ...(overflow > 0 ? [`${path}: the page scrolls sideways by ${overflow}px`] : []),
    ...(await accessibilityViolations(page)).map((violation) => `${path}: axe ${violation}`),
  ];
}

let demo: DemoTenant;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  demo = await seedDemoLikeTenant();
});

for (const group of groups) {
  test(`${group.name} pass axe and reflow on a phone`, async ({ page }) => {
    test.setTimeout(600_000);
    if (group.role) await signIn(page, demo.people[group.role].email);
    const all: string[] = [];
    // Every finding of the group at once, so one run lists all the work.
    for (const path of group.paths(demo)) all.push(...(await findings(page, path)));
    expect(all).toEqual([]);
  });
}
