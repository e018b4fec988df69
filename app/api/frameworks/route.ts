import { frameworkListJson, jsonPayload, publicJsonResponse, versionsById, type JsonPayload } from "@/lib/frameworks/api";
import { latestFrameworks, loadFrameworks } from "@/lib/frameworks/load";

// Content changes only with a deploy: build the body and its ETag once per process.
let payload: JsonPayload | undefined;

/** Public, no sign-in: the frameworks are public documents. */
export function GET(request: Request) {
  payload ??= jsonPayload(frameworkListJson(latestFrameworks(), versionsById(loadFrameworks())));
  return publicJsonResponse(payload, request.headers.get("if-none-match"));
}
