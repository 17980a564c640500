// What a roster preview can say about a file. The codes are the contract with the locale files
// (`shared/i18n/import/*.json`): every code has a message under `import.file.<code>` or
// `import.row.<code>` in each language, and a unit test holds them to it.

import type { DelegateFields } from '../domain/roster/model.js';
import type { FileProblemOf, ImportPreview, RowProblemOf } from '../import/problems.js';
import { READER_PROBLEM_CODES } from '../import/problems.js';

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

/**
 * Columns holding a part of the full name, joined in Vietnamese order (family, middle, given) into
 * the full name when the file has no full-name column. "Họ và tên đệm" is a family-name column
 * that holds the middle name too.
 */
export const NAME_PARTS = ['familyName', 'middleName', 'givenName'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

/** Without these three a delegate cannot be checked in, listed or counted. */
export const REQUIRED_FIELDS = ['code', 'fullName', 'organisation'] as const satisfies readonly RosterField[];

/** Problems that leave nothing importable. */
export const FILE_PROBLEM_CODES = [
  'tooLarge',
  'empty',
  'headerOnly',
  ...READER_PROBLEM_CODES,
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
  'namePartIgnored',
  'givenNameMissing',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

export type FileProblem = FileProblemOf<FileProblemCode>;

export interface RowProblem extends RowProblemOf<RowProblemCode> {
  readonly field: RosterField | null;
}

export interface RosterColumn {
  /** The header as written in the file. */
  readonly header: string;
  /** `note` keeps the values as notes; null ignores the column (a row-number column, a blank header). */
  readonly field: RosterField | NamePart | 'note' | null;
}

export interface RosterPreview extends ImportPreview<FileProblem, RowProblem> {
  readonly columns: readonly RosterColumn[];
  /** Only rows without an error, in file order. */
  readonly rows: readonly { readonly row: number; readonly fields: DelegateFields }[];
}
