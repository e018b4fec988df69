import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A form that sends through React (`onSubmit`) is an `ActionForm` whose submit buttons are
 * `SubmitButton`s (components/forms/): a plain submit button can send the form through the browser
 * itself before the page's script runs, with what was typed in the address. Forms that post to a
 * server action (`action=`) or search with GET work without the script and stay plain forms.
 */
const root = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".tsx"))
    .map((file) => path.join(dir, file));
}

/** Each `<form …>` opening tag in a file, whole: a `>` inside `{…}` (an arrow function) does not end it. */
function formTags(source: string): string[] {
  return [...source.matchAll(/<form\b/g)].map(({ index }) => {
    let depth = 0;
    for (let at = index; at < source.length; at++) {
      if (source[at] === "{") depth++;
      else if (source[at] === "}") depth--;
      else if (source[at] === ">" && depth === 0) return source.slice(index, at + 1);
    }
    return source.slice(index);
  });
}

describe("forms", () => {
  it("send through React only as an ActionForm", () => {
    const plain = [...sources("app"), ...sources("components")]
      .filter((file) => file !== "components/forms/action-form.tsx")
      .flatMap((file) => formTags(readFileSync(path.join(root, file), "utf8")).filter((tag) => /\bonSubmit=/.test(tag)).map(() => file));
    expect(plain).toEqual([]);
  });

  it("of React have no submit button but a SubmitButton", () => {
    const plain = [...sources("app"), ...sources("components")].filter((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      return source.includes("<ActionForm") && /type=["{]+submit/.test(source);
    });
    expect(plain).toEqual([]);
  });

  it("are found whole, an arrow function in them included", () => {
    expect(formTags(`<form className="a" onClick={() => go()} onSubmit={send}>x</form>`)).toEqual([`<form className="a" onClick={() => go()} onSubmit={send}>`]);
  });
});
