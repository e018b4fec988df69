import { describe, expect, it } from "vitest";
import { bodyRefusal, bodyRefusalResponse } from "./body-refusal";
import { bracketsNestDeeperThan, jsonNestsDeeperThan, MAX_JSON_DEPTH, MAX_REQUEST_BODY_BYTES } from "./limits";

const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("nesting depth, counted without parsing", () => {
  it("finds JSON nested deeper than the limit, also 600,000 deep in 1.2 MB", () => {
    expect(jsonNestsDeeperThan(deepArray(600_000), MAX_JSON_DEPTH)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":${deepArray(3)},"b":{"c":[1,{"d":2}]}}`, 4)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":{"b":{"c":{}}}}`, 3)).toBe(true);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ text: "[[[[[[{{{{{", quote: 'a \\" [[[[[[' }), 2)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ text: 'he said "[[[["' }) + deepArray(5), 4)).toBe(true);
  });

  it("counts every bracket in a body that mixes JSON with other text, and closing ones cannot hide what follows", () => {
    expect(bracketsNestDeeperThan(`name="x"\r\n\r\n${"]".repeat(100)}${deepArray(70)}`, MAX_JSON_DEPTH)).toBe(true);
    expect(bracketsNestDeeperThan(`"[[[" ${deepArray(10)}`, 12)).toBe(true);
    expect(bracketsNestDeeperThan(`"[[[" ${deepArray(10)}`, 13)).toBe(false);
  });
});

describe("request bodies", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/m/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("refuses a body larger than the limit by its declared length, before reading it", async () => {
    const request = post("{}", { "content-length": String(MAX_REQUEST_BODY_BYTES + 1) });
    expect(await bodyRefusal(request)).toBe("request_too_large");
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a chunked body without a length once it grows past the limit", async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_REQUEST_BODY_BYTES) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    expect(await bodyRefusal(post(stream))).toBe("request_too_large");
  });

  it("refuses JSON nested too deep, as text and in a multipart body", async () => {
    expect(await bodyRefusal(post(deepArray(600_000), { "content-type": "text/plain;charset=UTF-8" }))).toBe("request_too_deep");
    const form = new FormData();
    form.set("1", deepArray(100));
    expect(await bodyRefusal(post(form))).toBe("request_too_deep");
  });

  it("refuses a server action whose arguments are not JSON, which Next would answer with a bare 500", async () => {
    const action = { "next-action": "40ab", "content-type": "text/plain;charset=UTF-8" };
    for (const body of ["xxx", "[", '{"a":', "[1]]"]) expect(await bodyRefusal(post(body, action)), body).toBe("request_malformed");
    // Next reads every non-multipart action body as JSON, whatever its declared type.
    expect(await bodyRefusal(post("xxx", { "next-action": "40ab", "content-type": "multipart/mixed" }))).toBe("request_malformed");
    expect(await bodyRefusal(post('[{"email":1}]', action))).toBeNull();
    // Not an action: a route reads its own body and answers bad JSON itself.
    expect(await bodyRefusal(post("xxx", { "content-type": "application/json" }))).toBeNull();
  });

  it("lets ordinary bodies and requests without a body through", async () => {
    expect(await bodyRefusal(post(JSON.stringify([{ municipalitySlug: "x", content: "[[[[[[".repeat(1000) }])))).toBeNull();
    expect(await bodyRefusal(new Request("http://localhost/m/x"))).toBeNull();
  });

  it("answers 413 or 400 with the message in the person's language", async () => {
    const dutch = bodyRefusalResponse("request_too_large", undefined);
    expect(dutch.status).toBe(413);
    expect(await dutch.json()).toEqual({ error: "request_too_large", message: "Dit verzoek is te groot: de server neemt hoogstens 2 MB aan." });
    const english = bodyRefusalResponse("request_too_deep", "en");
    expect(english.status).toBe(400);
    expect((await english.json()).message).toBe("This request is nested too deeply to be read.");
    const malformed = bodyRefusalResponse("request_malformed", undefined);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: "request_malformed", message: "Dit verzoek is onleesbaar." });
  });
});
