import type { ReactNode } from "react";

/**
 * Room for a table that may be wider than the screen: on a phone it scrolls sideways inside this
 * region instead of widening the page (WCAG 1.4.10), and the region takes focus so that keyboard
 * users can scroll it too (axe: scrollable-region-focusable). It is named after the table.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="afk-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
