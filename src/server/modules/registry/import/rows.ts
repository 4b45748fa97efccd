/** Rows of a CSV file or XLSX sheet once the header has been matched to the layout. */
export interface TableRow {
  /** Line (CSV) or row (XLSX) number as the user sees it; the header is 1. */
  line: number;
  cells: string[];
}

export interface RowReader {
  sheet: string | null;
  rows: TableRow[];
  columns: Map<string, number>;
}

/** The trimmed cell of a column, '' when the column is absent. */
export function cell(reader: RowReader, row: TableRow, column: string): string {
  const index = reader.columns.get(column);
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
}
