// What an agenda file preview can say. The codes are the contract with the locale files
// (`shared/i18n/agenda/*.json`, under `import.file.<code>` and `import.row.<code>`); a unit test
// holds every code to a message in each language.

import type { AgendaItemFields } from '../domain/agenda/model.js';

/** The columns an agenda file can have; only the title is required. */
export const AGENDA_COLUMNS = ['number', 'title', 'kind', 'presenter', 'presenterTitle', 'start', 'duration', 'description', 'notes'] as const;
export type AgendaColumn = (typeof AGENDA_COLUMNS)[number];

/** Problems that leave nothing importable; the roster reader's own file problems keep their codes. */
export const AGENDA_FILE_PROBLEM_CODES = [
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
  'missingTitleColumn',
  'tooManyRows',
] as const;
export type AgendaFileProblemCode = (typeof AGENDA_FILE_PROBLEM_CODES)[number];

export const AGENDA_ROW_PROBLEM_CODES = [
  // Columns, reported on the header row.
  'sheetUsed',
  'unknownColumn',
  'duplicateColumn',
  // Rows.
  'titleMissing',
  'tooLong',
  'kindUnknown',
  'startFormat',
  'durationFormat',
  'durationMissing',
  'subItemFirst',
  'presenterAsGuest',
  'unclosedQuote',
  'invalidValue',
] as const;
export type AgendaRowProblemCode = (typeof AGENDA_ROW_PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface AgendaFileProblem {
  readonly code: AgendaFileProblemCode;
  readonly params: ProblemParams;
}

export interface AgendaRowProblem {
  /** The row as the spreadsheet numbers it: the file's first line is row 1. */
  readonly row: number;
  readonly code: AgendaRowProblemCode;
  /** Always holds `row`; `column` (the header as written) when the problem is in a cell. */
  readonly params: ProblemParams;
  readonly severity: 'error' | 'warning';
}

export interface PreviewItem {
  readonly row: number;
  readonly fields: AgendaItemFields;
  readonly subItems: readonly { readonly row: number; readonly fields: AgendaItemFields }[];
}

export interface AgendaPreview {
  readonly fileName: string;
  readonly fileProblem: AgendaFileProblem | null;
  /** Only rows without an error; a sub-item whose item has an error is left out with it. */
  readonly items: readonly PreviewItem[];
  readonly problems: readonly AgendaRowProblem[];
  /** Non-empty data rows in the file, importable or not. */
  readonly totalRows: number;
}
