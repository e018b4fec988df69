import { cookies } from "next/headers";
import { localeCookie, toLocale } from "@/lib/i18n/locales";
import { publicPageResponse } from "@/lib/policy/public-page";

/**
 * The public web page of a published policy as a frozen document: what proxy.ts serves at
 * `/p/{slug}/{year}` to a visitor without a session. Anything not published gets the live page's
 * answer (the translated not-found page).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; year: string }> }) {
  const { slug, year } = await params;
  return publicPageResponse(request, slug, year, toLocale((await cookies()).get(localeCookie)?.value));
}
