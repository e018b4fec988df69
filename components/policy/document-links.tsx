import { Fragment } from "react";
import { Link } from "@utrecht/component-library-react";

/**
 * The formats of one year's document (web, PDF, JSON) side by side in a table row. Each link
 * names its year for screen readers, which read link text out of the table's context.
 */
export function DocumentLinks({ year, links }: { year: number; links: { href: string; label: string }[] }) {
  return (
    <>
      {links.map((link, index) => (
        <Fragment key={link.href}>
          {index > 0 ? " · " : null}
          <Link href={link.href}>
            {link.label}
            <span className="afk-visually-hidden"> {year}</span>
          </Link>
        </Fragment>
      ))}
    </>
  );
}
