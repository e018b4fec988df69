import { DataTable } from "@/components/tables/data-table";
import { TableRegion } from "@/components/tables/table-region";
import type { ViewTable as ViewTableModel } from "@/lib/policy/view-model";

/** A table of the policy document: caption, column headers, and the first cell of each row as its header. */
export function ViewTable({ table }: { table: ViewTableModel }) {
  return (
    <TableRegion label={table.caption}>
      <DataTable
        className="afk-policy__table"
        caption={table.caption}
        rows={table.rows}
        rowKey={(_, index) => index}
        columns={table.columns.map((column, index) => ({ header: column.label, cell: (row: (typeof table.rows)[number]) => row[index] }))}
      />
    </TableRegion>
  );
}
