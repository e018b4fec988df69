import { getTranslations } from "next-intl/server";

export type Crumb = { href?: string; label: string };

/** The trail to the current page; the last crumb is the page itself and is not a link. */
export async function Breadcrumb({ items }: { items: Crumb[] }) {
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("breadcrumb")} className="utrecht-breadcrumb-nav afk-breadcrumb">
      <ol className="utrecht-breadcrumb-nav__list" style={{ display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: "0.5rem", listStyle: "none", padding: 0, margin: "0 0 1rem" }}>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${item.label}-${index}`} className="utrecht-breadcrumb-nav__item">
              {item.href && !last ? (
                <a className="utrecht-link utrecht-breadcrumb-nav__link" href={item.href}>
                  {item.label}
                </a>
              ) : (
                <span aria-current={last ? "page" : undefined}>{item.label}</span>
              )}
              {last ? null : <span aria-hidden="true"> ›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
