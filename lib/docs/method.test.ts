import { describe, expect, it } from "vitest";
import { latestFrameworks } from "@/lib/frameworks/load";
import { methodHtml, wrapTables } from "./method";

describe("wrapTables", () => {
  it("puts each table in a focusable region named after the heading above it", () => {
    const html = wrapTables('<h2>Gewichten</h2><p>x</p><table><tr><td>1</td></tr></table><h3>Drempels &amp; "grenzen"</h3><table><tr><td>2</td></tr></table>');
    expect(html).toBe(
      '<h2>Gewichten</h2><p>x</p><div class="afk-table-wrap" role="region" tabindex="0" aria-label="Gewichten"><table><tr><td>1</td></tr></table></div>' +
        '<h3>Drempels &amp; "grenzen"</h3><div class="afk-table-wrap" role="region" tabindex="0" aria-label="Drempels &amp; &quot;grenzen&quot;"><table><tr><td>2</td></tr></table></div>',
    );
  });

  it("leaves no table of the method page outside a region", () => {
    for (const locale of ["nl", "en"] as const) {
      const html = methodHtml(locale);
      expect(html).toContain("<table>");
      expect(html.match(/<table>/g)!.length).toBe(html.match(/<div class="afk-table-wrap" role="region" tabindex="0" aria-label="[^"]+"><table>/g)!.length);
    }
  });
});

describe("the method page on shared and channel-limited questions", () => {
  const items = latestFrameworks().flatMap((framework) => framework.parts.flatMap((part) => part.items.map((item) => ({ framework, item }))));
  // The official wording, as the sources give it, in both languages' pages.
  const wording = (id: string) => items.find(({ framework, item }) => `${framework.id}:${item.id}` === id)!.item.text.nl;

  it("names every shared question and the question that answers it, in both languages", () => {
    const shared = items.filter(({ item }) => item.sameAs);
    expect(shared.length).toBeGreaterThan(0);
    for (const locale of ["nl", "en"] as const) {
      const html = methodHtml(locale);
      for (const { framework, item } of shared) {
        expect(html).toContain(wording(`${framework.id}:${item.id}`));
        expect(html).toContain(wording(item.sameAs!.question));
      }
    }
  });

  it("names every question asked only of some kinds of channel, in both languages", () => {
    const limited = items.filter(({ framework, item }) => item.appliesTo || framework.appliesTo);
    expect(limited.length).toBeGreaterThan(0);
    for (const locale of ["nl", "en"] as const) {
      const html = methodHtml(locale);
      for (const { framework, item } of limited) expect(html, `${item.id} on the ${locale} method page`).toContain(wording(`${framework.id}:${item.id}`));
    }
  });
});
