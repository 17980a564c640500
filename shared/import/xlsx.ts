// Workbooks (.xlsx) through read-excel-file's platform-free entry, which reads an ArrayBuffer in a
// Web Worker and in Node alike.

import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import type { ReaderProblem } from './problems.js';
import type { Cell, Table } from './table.js';
import { MAX_XLSX_UNPACKED_BYTES, declaredUnpackedSize } from './zip.js';

export async function readWorkbook(
  bytes: Uint8Array,
  pickSheet: (sheets: readonly (readonly Cell[])[][]) => number,
): Promise<Table | ReaderProblem> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) return { code: 'xlsxUnreadable', params: {} };
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return { code: 'xlsxTooLarge', params: {} };

  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    // A copy: the reader needs a plain ArrayBuffer holding exactly the file.
    sheets = await readXlsxFile(bytes.slice().buffer);
  } catch (error) {
    if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') return { code: 'legacyXls', params: {} };
    return { code: 'xlsxUnreadable', params: {} };
  }
  if (sheets.length === 0) return { code: 'xlsxUnreadable', params: {} };

  const tables = sheets.map((s) => s.data.map((row) => row.map(toCell)));
  const index = pickSheet(tables);
  const chosen = tables[index] ?? [];
  const name = sheets[index]?.sheet ?? '';
  return {
    rows: chosen,
    unclosedQuoteRow: null,
    sheet: sheets.length > 1 ? { name, count: sheets.length } : null,
  };
}

/** The reader's declared cell type is looser than what it returns; each value is checked here. */
function toCell(value: unknown): Cell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return null;
}
