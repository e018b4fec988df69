import { getFormatter } from "next-intl/server";
import { Link } from "@utrecht/component-library-react";
import type { Source } from "@/lib/frameworks/schema";

type Precision = Source["datePrecision"];

/**
 * Content dates are calendar days ("2025-06-01"). Noon UTC is the same day in Amsterdam, so
 * the shown date never slips a day; a source that states only a month or a year shows only that.
 */
export async function formatIsoDate(iso: string, precision: Precision = "day"): Promise<string> {
  const format = await getFormatter();
  const date = new Date(`${iso}T12:00:00Z`);
  if (precision === "year") return format.dateTime(date, { year: "numeric" });
  if (precision === "month") return format.dateTime(date, { year: "numeric", month: "long" });
  return format.dateTime(date, { dateStyle: "long" });
}

/** "Publisher, title, date" with the link when the source has one. */
export async function SourceCitation({ source }: { source: Pick<Source, "publisher" | "title" | "date" | "url" | "datePrecision"> }) {
  const date = await formatIsoDate(source.date, source.datePrecision);
  return (
    <span className="afk-citation">
      {source.publisher}, <cite>{source.title}</cite>, {date}
      {source.url ? (
        <>
          {" "}
          <Link href={source.url} className="afk-citation__url">
            {source.url}
          </Link>
        </>
      ) : null}
    </span>
  );
}
