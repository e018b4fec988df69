import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/i18n/actions";

export async function LanguageSwitch() {
  const t = await getTranslations("common.language");
  const other = (await getLocale()) === "nl" ? "en" : "nl";
  return (
    <form action={setLocaleAction} className="afk-inline-form">
      <input type="hidden" name="locale" value={other} />
      <button type="submit" className="afk-link-button" lang={other} aria-label={t("switchToLabel")}>
        {t("switchTo")}
      </button>
    </form>
  );
}
