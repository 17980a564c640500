// Tables typed in TCVN3 or VNI, for every import: a file is read (a CSV in the legacy bytes is
// accepted as Windows-1252 only when it reads as one of them), its telling cells decide whether it
// was typed in a legacy encoding, and then every text cell is converted before any header is
// matched. Each import says which cells tell (the roster: names and organisations; the agenda and
// contributions: every cell under the heading row); what is read and converted is shared.

import { cellText } from './cells.js';
import { convertLegacy, detectLegacyVietnamese, looksLikeLegacyVietnamese, type LegacyCell, type LegacyDetection, type LegacyEncoding } from './legacy-vietnamese.js';
import { columnLetter, type LegacyTextNotice, type ReaderProblem } from './problems.js';
import { readTable } from './read.js';
import type { Cell, Table } from './table.js';

type Rows = readonly (readonly Cell[])[];

/** Rows converted to find legacy-encoded headers: every import's heading row is among the first twenty non-empty ones. */
const HEADER_ROWS_CONVERTED = 200;

/** The cells whose text decides, and the heading row they are under. */
export interface TellingCellsFound {
  readonly headerIndex: number;
  readonly cells: Iterable<LegacyCell>;
}

/**
 * The cells of `rows` whose text decides, their columns found under the headers of `headed` (the
 * rows as they stand, or the top rows converted); null when `headed` has no heading row to go by.
 */
export type TellingCells = (rows: Rows, headed: Rows) => TellingCellsFound | null;

/** A table with every text cell in Unicode, and what it was typed in when that was TCVN3 or VNI. */
export interface ConvertedTable extends Table {
  readonly legacy: LegacyDetection | null;
}

/** The table of a file, converted to Unicode when it was typed in TCVN3 or VNI; or why the readers could not make one. */
export async function readConvertedTable(
  bytes: Uint8Array,
  fileName: string,
  pickSheet: (sheets: readonly (readonly Cell[])[][]) => number,
  telling: TellingCells,
): Promise<ConvertedTable | ReaderProblem> {
  const table = await readTable(bytes, fileName, pickSheet, { acceptSingleByte: looksLikeLegacyVietnamese });
  if ('code' in table) return table;
  const { legacy, unicodeHeader } = detectLegacyTable(table.rows, telling);
  // A file that is not UTF-8 was read only because it looked like TCVN3 or VNI; if its telling cells do not, it is refused as before.
  if (legacy === null && table.singleByte === true) return { code: 'notUtf8', params: {} };
  if (legacy === null) return { ...table, legacy };
  // Headings recognised as they stand are Unicode: "Ghi chú" would read as "Ghi chỳ" in TCVN3.
  const rows = table.rows.map((row, index) => (index === unicodeHeader ? row : convertRow(row, legacy.encoding)));
  return { ...table, rows, legacy };
}

/**
 * Whether a table was typed in TCVN3 or VNI, judged by its telling cells, and the heading row
 * found as the file stands. When no heading row can be found so (the headers are in the legacy
 * encoding too), every text cell decides, and the telling cells are found again under the
 * converted headers to say where.
 */
function detectLegacyTable(rows: Rows, telling: TellingCells): { readonly legacy: LegacyDetection | null; readonly unicodeHeader: number | null } {
  const asIs = telling(rows, rows);
  if (asIs !== null) return { legacy: detectLegacyVietnamese(asIs.cells), unicodeHeader: asIs.headerIndex };
  const anywhere = detectLegacyVietnamese(textCells(rows, 0, null));
  if (anywhere === null) return { legacy: null, unicodeHeader: null };
  const named = telling(rows, convertRows(rows.slice(0, HEADER_ROWS_CONVERTED), anywhere.encoding));
  return { legacy: (named === null ? null : detectLegacyVietnamese(named.cells)) ?? anywhere, unicodeHeader: null };
}

/** Every text cell under the heading row `findHeaderRow` finds: what tells in a file of titles and names. */
export function cellsUnderHeader(findHeaderRow: (rows: Rows) => number | null): TellingCells {
  return (rows, headed) => {
    const headerIndex = findHeaderRow(headed);
    return headerIndex === null ? null : { headerIndex, cells: textCells(rows, headerIndex + 1, null) };
  };
}

/** The text cells of `rows` from index `start`, in `columns` only when given. */
export function* textCells(rows: Rows, start: number, columns: ReadonlySet<number> | null): Generator<LegacyCell> {
  for (let r = start; r < rows.length; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === 'string' && (columns === null || columns.has(c))) yield { row: r + 1, column: c, text: cell };
    }
  }
}

/** Every text cell converted; numbers and dates from a workbook are what they are. */
function convertRows(rows: Rows, encoding: LegacyEncoding): (readonly Cell[])[] {
  return rows.map((row) => convertRow(row, encoding));
}

function convertRow(row: readonly Cell[], encoding: LegacyEncoding): readonly Cell[] {
  return row.map((cell) => (typeof cell === 'string' ? convertLegacy(cell, encoding) : cell));
}

/** What the preview says of a converted file: where legacy text was first seen, the column named by its (converted) header. */
export function legacyNotice(legacy: LegacyDetection | null, header: readonly Cell[]): LegacyTextNotice | null {
  if (legacy === null) return null;
  const { row, column } = legacy.first;
  return { encoding: legacy.encoding, row, column: cellText(header[column]) || columnLetter(column) };
}
