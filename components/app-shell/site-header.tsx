import { getTranslations } from "next-intl/server";
import { Link } from "@utrecht/component-library-react";
import { LanguageSwitch } from "@/components/app-shell/language-switch";
import { signOutAction } from "@/lib/auth/actions";
import type { SessionUser } from "@/lib/auth/session";
import type { MunicipalitySummary } from "@/lib/municipalities/queries";

type Props = {
  user: SessionUser | null;
  municipality?: MunicipalitySummary;
  children?: React.ReactNode;
};

export async function SiteHeader({ user, municipality, children }: Props) {
  const t = await getTranslations("common");
  const homeHref = municipality ? `/m/${municipality.slug}` : "/";
  return (
    <header className="afk-header">
      <div className="afk-container afk-header__bar">
        <a className="afk-brand" href={homeHref}>
          {municipality?.logoPath ? <img src={municipality.logoPath} alt="" /> : null}
          <span>
            {municipality ? <span className="afk-brand__name">{municipality.name}</span> : null}
            <span className={municipality ? "afk-brand__app" : "afk-brand__name"}>{t("appName")}</span>
          </span>
        </a>
        <div className="afk-header__tools">
          <LanguageSwitch />
          {user ? (
            <>
              <Link href="/account">{t("nav.account")}</Link>
              <form action={signOutAction} className="afk-inline-form">
                <button type="submit" className="afk-link-button">
                  {t("nav.signOut")}
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in">{t("nav.signIn")}</Link>
          )}
        </div>
      </div>
      {children}
    </header>
  );
}
