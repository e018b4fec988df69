import { describe, expect, it } from "vitest";
import { ownOrigin, passOn } from "@/lib/http/self-request";

describe("ownOrigin", () => {
  it("uses the address next start listens on, with loopback for every interface", () => {
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: "http://localhost:3000" })).toBe("http://127.0.0.1:3000");
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: "http://127.0.0.1:4123" })).toBe("http://127.0.0.1:4123");
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: "http://[::1]:3000" })).toBe("http://[::1]:3000");
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: "http://10.0.0.5:8080", PORT: "8080" })).toBe("http://10.0.0.5:8080");
  });

  it("falls back to the port on loopback", () => {
    expect(ownOrigin({ PORT: "3950" })).toBe("http://127.0.0.1:3950");
    expect(ownOrigin({})).toBe("http://127.0.0.1:3000");
  });
});

describe("passOn", () => {
  it("keeps the status, the body and the content's headers, and drops cookies and encodings", async () => {
    const live = new Response("<p>niet gevonden</p>", {
      status: 404,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": "script-src 'none'", "set-cookie": "a=b", "content-encoding": "identity" },
    });
    const passed = passOn(live);
    expect(passed.status).toBe(404);
    expect(await passed.text()).toBe("<p>niet gevonden</p>");
    expect(passed.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(passed.headers.get("content-security-policy")).toBe("script-src 'none'");
    expect(passed.headers.get("set-cookie")).toBeNull();
    expect(passed.headers.get("content-encoding")).toBeNull();
  });
});
