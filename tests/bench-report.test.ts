import { describe, expect, it } from "vitest";
import { pageSize } from "@/scripts/bench-report";

describe("a page's size in the bench table (npm run bench)", () => {
  it("counts the RSC payload the HTML carries, unescaped, apart from the whole", () => {
    const chunks = ['0:{"P":null}\n', '1:["$","p",null,{"children":"Gemeente \\"Voorbeeldstad\\" — één"}]\n'];
    const scripts = chunks.map((chunk) => `<script>self.__next_f.push([1,${JSON.stringify(chunk)}])</script>`).join("");
    // The bootstrap push ([0]) carries no payload; a script of the page's own is not React's.
    const html = `<!DOCTYPE html><html><body><p>één</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>${scripts}<script>var a = 1;</script></body></html>`;
    const size = pageSize(html);
    expect(size.html).toBe(Buffer.byteLength(html));
    expect(size.payload).toBe(chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0));
  });

  it("gives a page without React's payload (a static page) none", () => {
    expect(pageSize("<html><body><p>Beleid</p></body></html>").payload).toBe(0);
  });
});
