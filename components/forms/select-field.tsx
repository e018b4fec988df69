type Option = { value: string; label: string };

/** A labelled native select for GET forms: works without JavaScript, keyboard and screen readers included. */
export function SelectField({
  id,
  name,
  label,
  options,
  value,
  emptyLabel,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value?: string;
  emptyLabel?: string;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--select">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="utrecht-select utrecht-select--html-select">
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
