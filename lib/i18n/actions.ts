"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";
import { localeCookie, toLocale } from "@/lib/i18n/locales";
import { isHttps } from "@/lib/security/headers";

/** The language choice is a preference, not data: a cookie for a year, no audit entry. */
export async function setLocaleAction(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", secure: isHttps(env().BETTER_AUTH_URL) });
  revalidatePath("/", "layout");
}
