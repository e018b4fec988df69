import type { ReactNode } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";

export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** A class for this column's cell in a given row (e.g. to flag a warning). */
  cellClassName?: (row: Row) => string | undefined;
};

/**
 * A table of records: a caption, one header cell per column (scope="col") and, unless `rowHeaders`
 * is false, the first cell of each row as its header (scope="row"), so a screen reader names each
 * cell by its row and column.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  rowId,
  rowHeaders = true,
  className,
}: {
  caption?: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  rowClassName?: (row: Row) => string | undefined;
  /** An element id for a row, so a link can point at it. */
  rowId?: (row: Row) => string;
  rowHeaders?: boolean;
  className?: string;
}) {
  return (
    <Table className={className}>
      {caption ? <TableCaption>{caption}</TableCaption> : null}
      <TableHeader>
        <TableRow>
          {columns.map((column, index) => (
            <TableHeaderCell key={index} scope="col">
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, rowIndex) => (
          <TableRow key={rowKey(row, rowIndex)} id={rowId?.(row)} className={rowClassName?.(row)}>
            {columns.map((column, index) =>
              rowHeaders && index === 0 ? (
                <TableHeaderCell key={index} scope="row">
                  {column.cell(row, rowIndex)}
                </TableHeaderCell>
              ) : (
                <TableCell key={index} className={column.cellClassName?.(row)}>
                  {column.cell(row, rowIndex)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
