import { frameworkJson, jsonPayload, notFoundJsonResponse, publicJsonResponse, versionsById, type JsonPayload } from "@/lib/frameworks/api";
import { getFramework, loadFrameworks } from "@/lib/frameworks/load";

const payloads = new Map<string, JsonPayload>();

/** Public: one framework with its items, the latest version or `?version=`. Unknown id or version: 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const version = new URL(request.url).searchParams.get("version") || undefined;
  const framework = getFramework(id, version);
  if (!framework) return notFoundJsonResponse();
  const key = `${framework.id}@${framework.version}`;
  let payload = payloads.get(key);
  if (!payload) {
    payload = jsonPayload(frameworkJson(framework, versionsById(loadFrameworks()).get(framework.id) ?? [framework.version]));
    payloads.set(key, payload);
  }
  return publicJsonResponse(payload, request.headers.get("if-none-match"));
}
