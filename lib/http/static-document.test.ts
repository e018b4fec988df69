import { describe, expect, it } from "vitest";
import { staticDocument } from "@/lib/http/static-document";

const page = [
  '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="abc==" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="abc==" href="/_next/static/chunks/b.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/d.js" async="" nonce="abc=="></script>',
  "<title>Beleid 2025</title></head><body>",
  '<form action="" method="POST"><input type="hidden" name="$ACTION_ID_40ab"/><button type="submit">English</button></form>',
  "<p>Een tekst over &lt;script&gt; en een &quot;citaat&quot;</p>",
  '<script nonce="abc==">self.__next_f.push([1,"\\u003cp\\u003eflight\\u003c/p\\u003e"])</script>',
  "</body></html>",
].join("");

describe("staticDocument", () => {
  it("takes out scripts, script preloads and the nonce, and keeps the content, the styles and the forms", () => {
    const result = staticDocument(page)!;
    expect(result).not.toMatch(/<script/i);
    expect(result).not.toContain("nonce");
    expect(result).not.toContain("b.js");
    expect(result).not.toContain("c.js");
    expect(result).not.toContain("flight");
    expect(result).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(result).toContain('<input type="hidden" name="$ACTION_ID_40ab"/>');
    expect(result).toContain("<p>Een tekst over &lt;script&gt; en een &quot;citaat&quot;</p>");
    expect(result).toContain("<title>Beleid 2025</title>");
  });

  it("refuses a page whose content arrives later through a script", () => {
    expect(staticDocument(page.replace("</body>", '<template id="B:0"></template><div hidden id="S:0"><p>later</p></div></body>'))).toBeNull();
    expect(staticDocument(page.replace("</body>", '<div hidden id="S:1"><p>later</p></div></body>'))).toBeNull();
  });

  it("leaves a page without scripts as it is", () => {
    const plain = "<!DOCTYPE html><html><head><title>t</title></head><body><p>tekst</p></body></html>";
    expect(staticDocument(plain)).toBe(plain);
  });
});
