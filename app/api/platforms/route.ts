import { catalogueJson } from "@/lib/catalogue/api";
import { getCatalogue } from "@/lib/catalogue/load";
import { jsonPayload, publicJsonResponse, type JsonPayload } from "@/lib/frameworks/api";

let payload: JsonPayload | undefined;

/** Public: the latest platform catalogue with every fact's source and check date (no municipality's overrides). */
export function GET(request: Request) {
  payload ??= jsonPayload(catalogueJson(getCatalogue()));
  return publicJsonResponse(payload, request.headers.get("if-none-match"));
}
