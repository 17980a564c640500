// The shape of what every import preview (the roster, the agenda, prepared contributions) says
// about a chosen file, and the problems of the readers they share. Each feature names its own
// codes, columns and fields; the locale files hold the messages.

import type { LegacyEncoding } from './legacy-vietnamese.js';

export type ProblemParams = Record<string, string | number>;

export type Severity = 'error' | 'warning';

/** A problem that leaves nothing importable. */
export interface FileProblemOf<Code extends string> {
  readonly code: Code;
  readonly params: ProblemParams;
}

/** A problem of one row, or of one column (reported on the header row). */
export interface RowProblemOf<Code extends string> {
  /** The row number the user sees in Excel: the first line of the file is row 1. */
  readonly row: number;
  readonly code: Code;
  /** Always holds `row`; `column` (the header as written in the file) when the problem is in a cell. */
  readonly params: ProblemParams;
  readonly severity: Severity;
}

/** What every preview answers, whatever it imports. */
export interface ImportPreview<FileProblem, RowProblem> {
  readonly fileName: string;
  readonly fileProblem: FileProblem | null;
  readonly problems: readonly RowProblem[];
  /** Non-empty data rows in the file, importable or not. */
  readonly totalRows: number;
  /** Set when the file's text was TCVN3 or VNI and every text cell was converted. */
  readonly legacyText: LegacyTextNotice | null;
}

/** A file typed in a legacy Vietnamese encoding, converted to Unicode for the user to check. */
export interface LegacyTextNotice {
  readonly encoding: LegacyEncoding;
  /** Where it was first seen: the row as Excel numbers it and the column's header. */
  readonly row: number;
  readonly column: string;
}

/**
 * Why the readers could not make a table of a file, before any feature's columns matter: the
 * encoding, a workbook that cannot or may not be unpacked, or a file that is not a table at all.
 */
export const READER_PROBLEM_CODES = [
  'notUtf8',
  'binary',
  'legacyXls',
  'notZip',
  'xlsxUnreadable',
  'xlsxTooLarge',
  'htmlFile',
  'unsupportedType',
] as const;
export type ReaderProblemCode = (typeof READER_PROBLEM_CODES)[number];
export type ReaderProblem = FileProblemOf<ReaderProblemCode>;

/** Spreadsheet column letters (A, B, ..., Z, AA, ...) so a message can point at a column without a header. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
