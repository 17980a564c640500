// What a roster preview can say about a file. The codes are the contract with the locale files
// (`shared/i18n/import/*.json`): every code has a message under `import.file.<code>` or
// `import.row.<code>` in each language, and a unit test holds them to it.

import type { DelegateFields } from '../domain/roster/model.js';

/** Every field of a delegate a roster column can fill; notes are filled by unknown columns. */
export const ROSTER_FIELDS = [
  'code',
  'fullName',
  'organisation',
  'gender',
  'birthYear',
  'birthDate',
  'ethnicity',
  'position',
  'partyAdmissionDate',
  'education',
  'politicalTheory',
  'category',
] as const satisfies readonly Exclude<keyof DelegateFields, 'notes'>[];
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Without these three a delegate cannot be checked in, listed or counted. */
export const REQUIRED_FIELDS = ['code', 'fullName', 'organisation'] as const satisfies readonly RosterField[];

/** Problems that leave nothing importable. */
export const FILE_PROBLEM_CODES = [
  'tooLarge',
  'empty',
  'headerOnly',
  'notUtf8',
  'binary',
  'legacyXls',
  'notZip',
  'xlsxUnreadable',
  'xlsxTooLarge',
  'htmlFile',
  'unsupportedType',
  'missingColumns',
  'tooManyColumns',
  'tooManyRows',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** Problems of one row, or of one column (reported on the header row). */
export const ROW_PROBLEM_CODES = [
  // The workbook and its columns, reported once on the header row.
  'sheetUsed',
  'unknownColumn',
  'duplicateColumn',
  'unnamedColumn',
  'noteColumnsLimit',
  'categoryAssumed',
  // Rows.
  'codeMissing',
  'nameMissing',
  'organisationMissing',
  'codeDuplicate',
  'codeExists',
  'tooLong',
  'birthYearFormat',
  'birthYearRange',
  'birthYearMismatch',
  'dateFormat',
  'dateImpossible',
  'partyBeforeSixteen',
  'partyBeforeFounding',
  'partyInFuture',
  'genderUnknown',
  'categoryUnknown',
  'categoryMissing',
  'tooManyCells',
  'unclosedQuote',
  'invalidValue',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface FileProblem {
  readonly code: FileProblemCode;
  readonly params: ProblemParams;
}

export type Severity = 'error' | 'warning';

export interface RowProblem {
  /** The row number the user sees in Excel: the first line of the file is row 1. */
  readonly row: number;
  readonly field: RosterField | null;
  readonly code: RowProblemCode;
  /** Always holds `row`; `column` (the header as written in the file) when the problem is in a cell. */
  readonly params: ProblemParams;
  readonly severity: Severity;
}

export interface RosterColumn {
  /** The header as written in the file. */
  readonly header: string;
  /** `note` keeps the values as notes; null ignores the column (a row-number column, a blank header). */
  readonly field: RosterField | 'note' | null;
}

export interface RosterPreview {
  readonly fileName: string;
  readonly fileProblem: FileProblem | null;
  readonly columns: readonly RosterColumn[];
  /** Only rows without an error, in file order. */
  readonly rows: readonly { readonly row: number; readonly fields: DelegateFields }[];
  readonly problems: readonly RowProblem[];
  /** Non-empty data rows in the file, whether importable or not. */
  readonly totalRows: number;
}

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
