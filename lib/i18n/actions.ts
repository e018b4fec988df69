"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { localeCookie, toLocale } from "@/lib/i18n/locales";

/** The language choice is a preference, not data: a cookie for a year, no audit entry. */
export async function setLocaleAction(formData: FormData) {
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  revalidatePath("/", "layout");
}
