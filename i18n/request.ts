import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { localeCookie, toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return { locale, messages: loadMessages(locale), timeZone: "Europe/Amsterdam" };
});
