import en from "@/messages/en/errors.json";
import nl from "@/messages/nl/errors.json";
import { toLocale } from "@/lib/i18n/locales";
import { bracketsNestDeeperThan, jsonNestsDeeperThan, MAX_JSON_DEPTH, MAX_REQUEST_BODY_BYTES } from "@/lib/http/limits";

export type BodyRefusal = "request_too_large" | "request_too_deep" | "request_malformed";

/**
 * Why a request's body is refused, if it is: larger than the limit (413), nested deeper than
 * JSON may be (400), or a server action's arguments that are not JSON (400: Next parses every
 * action body that is not multipart/form-data as JSON, unguarded, and would answer a bare 500). The proxy (proxy.ts) asks this of every request, before Next parses a server
 * action's arguments or a route reads its JSON. Reading the body here costs one copy: Next keeps
 * its own for the route.
 */
export async function bodyRefusal(request: Request): Promise<BodyRefusal | null> {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS" || !request.body) return null;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BODY_BYTES) return "request_too_large";
  // Without a length (a chunked body) the size shows only once it is read.
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_REQUEST_BODY_BYTES) return "request_too_large";
  const multipart = request.headers.get("content-type")?.startsWith("multipart/") ?? false;
  const tooDeep = multipart ? bracketsNestDeeperThan(body, MAX_JSON_DEPTH) : jsonNestsDeeperThan(body, MAX_JSON_DEPTH);
  if (tooDeep) return "request_too_deep";
  const actionArguments = request.headers.has("next-action") && !request.headers.get("content-type")?.startsWith("multipart/form-data");
  return actionArguments && !isJson(body) ? "request_malformed" : null;
}

function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The refusal as an answer in the language of the person's cookie, for a fetch as much as for a person reading it. */
export function bodyRefusalResponse(refusal: BodyRefusal, cookieLocale: string | undefined): Response {
  const messages = toLocale(cookieLocale) === "en" ? en : nl;
  const message = messages[refusal].replace("{max}", String(MAX_REQUEST_BODY_BYTES / 1024 / 1024));
  return Response.json({ error: refusal, message }, { status: refusal === "request_too_large" ? 413 : 400, headers: { "Cache-Control": "no-store" } });
}
