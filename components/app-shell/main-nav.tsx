import { getTranslations } from "next-intl/server";
import { can, type Role } from "@/lib/auth/permissions";
import { municipalityNav } from "@/components/app-shell/nav-items";
import { NavLink } from "@/components/app-shell/nav-link";

export async function MainNav({ slug, roles }: { slug: string; roles: Role[] }) {
  const t = await getTranslations("common");
  const items = municipalityNav.filter((item) => can(roles, item.permission));
  return (
    <nav className="afk-nav" aria-label={t("mainNav")}>
      <ul className="afk-container">
        {items.map((item) => (
          <li key={item.key}>
            {item.coming ? (
              <span className="afk-nav__coming">
                {t(`nav.${item.key}`)} <small>({t("nav.coming")})</small>
              </span>
            ) : (
              <NavLink href={item.href(slug)} exact={item.key === "dashboard"}>
                {t(`nav.${item.key}`)}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
