// One way from a chosen file's bytes to a table, for every import: what the file is decides the
// reader (sniff), text is decoded and read as CSV, a workbook is unpacked within its limits. Only
// the columns and the checks of a row are each feature's own.

import { assertNever } from '../domain/errors.js';
import { readCsv } from './csv.js';
import type { ReaderProblem } from './problems.js';
import { sniff, type SniffOptions } from './sniff.js';
import type { Cell, Table } from './table.js';
import { readWorkbook } from './xlsx.js';

/** The table of a file, or why the readers could not make one; `pickSheet` chooses a workbook's sheet. */
export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  pickSheet: (sheets: readonly (readonly Cell[])[][]) => number,
  options: SniffOptions = {},
): Promise<Table | ReaderProblem> {
  const sniffed = sniff(bytes, fileName, options);
  switch (sniffed.kind) {
    case 'problem':
      return sniffed.problem;
    case 'text':
      return sniffed.singleByte === true ? { ...readCsv(sniffed.text), singleByte: true } : readCsv(sniffed.text);
    case 'xlsx':
      return readWorkbook(bytes, pickSheet);
    default:
      return assertNever(sniffed);
  }
}
