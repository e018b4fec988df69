import { DataTable } from "@/components/tables/data-table";
import type { ViewTable as ViewTableModel } from "@/lib/policy/view-model";

/** A table of the policy document: caption, column headers, and the first cell of each row as its header. */
export function ViewTable({ table }: { table: ViewTableModel }) {
  return (
    // Wide tables scroll sideways on small screens; the wrapper takes focus so keyboard users can scroll it too.
    <div className="afk-table-wrap" role="region" aria-label={table.caption} tabIndex={0}>
      <DataTable
        className="afk-policy__table"
        caption={table.caption}
        rows={table.rows}
        rowKey={(_, index) => index}
        columns={table.columns.map((column, index) => ({ header: column.label, cell: (row: (typeof table.rows)[number]) => row[index] }))}
      />
    </div>
  );
}
