// The common shape both readers produce, so that header matching and row checks do not care
// whether a file came from CSV or from a workbook.

/** A cell as a reader hands it over: CSV gives only text; a workbook also gives numbers, booleans, dates. */
export type Cell = string | number | boolean | Date | null;

export interface Table {
  /** `rows[i]` is the row the user sees as row `i + 1`. */
  readonly rows: readonly (readonly Cell[])[];
  /** The row where an opening quotation mark is never closed: the rest of the file fell into one cell. */
  readonly unclosedQuoteRow: number | null;
  /** The worksheet read, when the workbook has more than one. */
  readonly sheet: { readonly name: string; readonly count: number } | null;
  /** Text that was not UTF-8, read as Windows-1252 because the caller recognised it (see `SniffOptions`). */
  readonly singleByte?: true;
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every(isEmptyCell);
}
