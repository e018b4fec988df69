const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A real day as YYYY-MM-DD. The format check alone lets 2027-02-31 through, and so does
 * Date.parse, which rolls it over to 3 March; only a round trip through Date catches it.
 * No schema library in this module: the browser checks dates with it, and zod would come along
 * (the zod schema, calendarDate, is in date-schema.ts).
 */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A date plus n months, clamped to the end of a shorter month (YYYY-MM-DD, UTC arithmetic). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
