import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import type { ViewTable as ViewTableModel } from "@/lib/policy/view";

/** A table of the policy document: caption, column headers, and the first cell of each row as its header. */
export function ViewTable({ table }: { table: ViewTableModel }) {
  return (
    // Wide tables scroll sideways on small screens; the wrapper takes focus so keyboard users can scroll it too.
    <div className="afk-table-wrap" role="region" aria-label={table.caption} tabIndex={0}>
      <Table className="afk-policy__table">
        <TableCaption>{table.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {table.columns.map((column, index) => (
              <TableHeaderCell key={index} scope="col">
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <TableHeaderCell key={index} scope="row">
                    {cell}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={index}>{cell}</TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
