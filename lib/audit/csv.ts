type Row = Record<string, string | number | Date | null | undefined>;

/** The file's separator. Spreadsheets set to Dutch read `;` instead, so both are treated as separators below. */
const SEPARATOR = ",";

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list). A cell
 * starts where a value starts, but also after a `;` or `,` inside a value when the file is read
 * with the other separator (Dutch Excel reads a comma file with `;`), and after a line break;
 * spaces and quotes before the character do not stop it. Each such place gets a `'` before it.
 */
function defuseFormulas(text: string): string {
  let defused = "";
  let cellStart = true;
  for (const char of text) {
    if (cellStart && /[=+\-@\t\r]/.test(char)) defused += "'";
    defused += char;
    cellStart = /[;,\r\n]/.test(char) || (cellStart && (char === " " || char === '"'));
  }
  return defused;
}

/** RFC 4180 field: quoted when it holds a separator, a quote or a line break, and defused wherever a cell could start. */
export function csvField(value: Row[string]): string {
  if (value === null || value === undefined) return "";
  const text = defuseFormulas(value instanceof Date ? value.toISOString() : String(value));
  return /[",;\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(csvField).join(SEPARATOR)];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(SEPARATOR));
  return `${lines.join("\r\n")}\r\n`;
}
