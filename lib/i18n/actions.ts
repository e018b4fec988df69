"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/schema";
import { env } from "@/lib/env";
import { localeCookie, toLocale } from "@/lib/i18n/locales";
import { isHttps } from "@/lib/security/headers";

/** The language choice is a preference, not data: a cookie for a year, no audit entry. */
export async function setLocaleAction(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", secure: isHttps(env().BETTER_AUTH_URL) });
  const request = await headers();
  // Posted without JavaScript (the frozen public page has none): back to the page by a redirect,
  // so that reloading it shows the page instead of posting the form again. The path is this
  // request's own (from proxy.ts), kept to this site like any path the app is sent back to.
  if (!request.has("next-action")) redirect(safeNextPath(request.get("x-pathname")));
  revalidatePath("/", "layout");
}
