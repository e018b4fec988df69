import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { answerMalformedPath, isMalformedPath } from "./malformed-path";

describe("malformed percent-encoding in a path", () => {
  it.each(["/p/%ff%fe", "/api/frameworks/%ff%fe", "/m/%ff%fe", "/m/x/assessments/%", "/invite/%E0%A4%A", "/%C0%AF"])("recognises %s", (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(["/", "/p/voorbeeldstad/2026", "/m/x/catalogue/custom%3Aabc", "/frameworks/%C3%A9", "/m/%20"])("lets %s through", (path) => {
    expect(isMalformedPath(path)).toBe(false);
    expect(answerMalformedPath(new NextRequest(`http://localhost${path}`))).toBeNull();
  });

  it("answers the API with its JSON 404 and a page with the not-found page", async () => {
    const api = answerMalformedPath(new NextRequest("http://localhost/api/frameworks/%ff%fe"));
    expect(api?.status).toBe(404);
    expect(await api?.json()).toEqual({ error: "not_found" });
    const page = answerMalformedPath(new NextRequest("http://localhost/p/%ff%fe"));
    expect(page?.headers.get("x-middleware-rewrite")).toBe("http://localhost/_not-found");
  });
});
