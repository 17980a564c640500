// What an agenda file preview can say. The codes are the contract with the locale files
// (`shared/i18n/agenda/*.json`, under `import.file.<code>` and `import.row.<code>`); a unit test
// holds every code to a message in each language.

import type { AgendaItemFields } from '../domain/agenda/model.js';
import type { FileProblemOf, ImportPreview, RowProblemOf } from '../import/problems.js';
import { READER_PROBLEM_CODES } from '../import/problems.js';

/** The columns an agenda file can have; only the title is required. */
export const AGENDA_COLUMNS = ['number', 'title', 'kind', 'presenter', 'presenterTitle', 'start', 'duration', 'description', 'notes'] as const;
export type AgendaColumn = (typeof AGENDA_COLUMNS)[number];

/** Problems that leave nothing importable; the readers' own problems keep their codes. */
export const AGENDA_FILE_PROBLEM_CODES = ['tooLarge', 'empty', 'headerOnly', ...READER_PROBLEM_CODES, 'missingTitleColumn', 'tooManyRows'] as const;
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

export type AgendaFileProblem = FileProblemOf<AgendaFileProblemCode>;
export type AgendaRowProblem = RowProblemOf<AgendaRowProblemCode>;

export interface PreviewItem {
  readonly row: number;
  readonly fields: AgendaItemFields;
  readonly subItems: readonly { readonly row: number; readonly fields: AgendaItemFields }[];
}

export interface AgendaPreview extends ImportPreview<AgendaFileProblem, AgendaRowProblem> {
  /** Only rows without an error; a sub-item whose item has an error is left out with it. */
  readonly items: readonly PreviewItem[];
}
