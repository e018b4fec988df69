import { describe, expect, it } from "vitest";
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
