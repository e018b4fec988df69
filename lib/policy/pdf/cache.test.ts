import { describe, expect, it, vi } from "vitest";
import { cachedPdf, type RenderedDocuments } from "./cache";

/** The RenderedDocument table as another instance sees it: a row stored there is visible here. */
function sharedTable(rows = new Map<string, Uint8Array>(), beforeCreate?: (key: string) => void) {
  const store: RenderedDocuments = {
    renderedDocument: {
      findUnique: async ({ where }) => (rows.has(where.key) ? { bytes: rows.get(where.key)! } : null),
      create: async ({ data }) => {
        beforeCreate?.(data.key);
        if (rows.has(data.key)) throw new Error("Unique constraint failed on the fields: (`key`)");
        rows.set(data.key, data.bytes);
      },
      deleteMany: async ({ where }) => rows.delete(where.key),
    },
  };
  return { store, rows };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("cachedPdf", () => {
  it("renders a version once and stores it for every instance", async () => {
    const { store, rows } = sharedTable();
    const render = vi.fn(async () => bytes("first"));
    const [one, two] = await Promise.all([cachedPdf(store, "a", render), cachedPdf(store, "a", render)]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(one).toEqual(bytes("first"));
    expect(two).toEqual(bytes("first"));
    expect(rows.get("a")).toEqual(bytes("first"));
  });

  it("serves the bytes another instance stored, without rendering", async () => {
    const { store } = sharedTable(new Map([["b", bytes("stored elsewhere")]]));
    const render = vi.fn(async () => bytes("rendered here"));
    expect(await cachedPdf(store, "b", render)).toEqual(bytes("stored elsewhere"));
    expect(render).not.toHaveBeenCalled();
  });

  it("when another instance stored the same version first, serves that instance's bytes", async () => {
    const rows = new Map<string, Uint8Array>();
    const { store } = sharedTable(rows, (key) => rows.set(key, bytes("the other instance's")));
    expect(await cachedPdf(store, "c", async () => bytes("this instance's"))).toEqual(bytes("the other instance's"));
  });

  it("still serves the rendering when the database cannot store it", async () => {
    const { store } = sharedTable();
    store.renderedDocument.create = async () => {
      throw new Error("database is read-only");
    };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await cachedPdf(store, "d", async () => bytes("rendered"))).toEqual(bytes("rendered"));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
