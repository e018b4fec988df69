import { getTranslations } from "next-intl/server";

/** A plain GET form, so searching works without JavaScript and a search can be shared as a link. */
export async function SearchForm({ action, query, version }: { action: string; query: string; version?: string }) {
  const t = await getTranslations("frameworks");
  return (
    <form method="get" action={action} role="search" aria-label={t("searchTitle")} className="afk-search">
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label" htmlFor="framework-search">
          {t("searchLabel")}
        </label>
        <div id="framework-search-hint" className="utrecht-form-field-description">
          {t("searchHint")}
        </div>
        <input
          id="framework-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
          aria-describedby="framework-search-hint"
          className="utrecht-textbox utrecht-textbox--html-input"
        />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t("searchSubmit")}
      </button>
    </form>
  );
}
