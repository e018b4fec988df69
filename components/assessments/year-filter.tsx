/** A plain GET form, so choosing a year works without JavaScript and keeps a shareable URL. */
export function YearFilter({ years, selected, label, submitLabel }: { years: number[]; selected: number; label: string; submitLabel: string }) {
  return (
    <form method="get" className="afk-inline-form">
      <label className="utrecht-form-label" htmlFor="year-filter">
        {label}
      </label>{" "}
      <select id="year-filter" name="year" defaultValue={selected} className="utrecht-select utrecht-select--html-select" style={{ width: "auto" }}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {submitLabel}
      </button>
    </form>
  );
}
