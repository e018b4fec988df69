/** A calendar date (YYYY-MM-DD) in the reader's language, without shifting it across time zones. */
export function formatDay(format: { dateTime: (date: Date, options: { dateStyle: "long" }) => string }, day: string) {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.dateTime(date, { dateStyle: "long" });
}
