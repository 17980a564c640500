// The roster import preview: bytes of a chosen file in, what would be imported and what is wrong
// with the rest out. Pure and platform-free, so the renderer runs it in a Web Worker and tests run
// it in Node; nothing is imported until the user has seen this preview and confirmed.

import { MAX_ROSTER } from '../domain/roster/commands.js';
import { localIsoDate } from '../local-date.js';
import type { Cell } from '../import/table.js';
import { isEmptyCell } from '../import/table.js';
import { findHeaderRow, headerWidth, MAX_COLUMNS, planColumns, withNameSubHeader } from './headers.js';
import { legacyNotice, readConvertedTable, textCells, type TellingCellsFound } from '../import/legacy-table.js';
import type { FileProblem, RosterColumn, RosterPreview, RowProblem } from './problems.js';
import { checkRow, type CheckedRow } from './rows.js';

/** Ten megabytes of CSV hold tens of thousands of roster rows: more than any congress, little enough to parse at once. */
export const MAX_ROSTER_FILE_BYTES = 10 * 1024 * 1024;

/** How often, in rows, the caller hears of progress. */
export const PROGRESS_EVERY = 250;

export interface PreviewOptions {
  /** The year ages are measured in; defaults to the year of `today`. */
  readonly referenceYear?: number;
  /** ISO date (yyyy-mm-dd) after which an admission date is in the future; defaults to the local date. */
  readonly today?: string;
}

export async function previewRoster(
  bytes: Uint8Array,
  fileName: string,
  existingCodes: ReadonlySet<string>,
  onProgress?: (done: number, total: number) => void,
  options: PreviewOptions = {},
): Promise<RosterPreview> {
  const refused = (problem: FileProblem, columns: readonly RosterColumn[] = [], problems: readonly RowProblem[] = [], totalRows = 0): RosterPreview => ({
    fileName,
    fileProblem: problem,
    columns,
    rows: [],
    problems,
    totalRows,
    legacyText: null,
  });

  if (bytes.byteLength > MAX_ROSTER_FILE_BYTES) {
    return refused({ code: 'tooLarge', params: { size: megabytes(bytes.byteLength), max: megabytes(MAX_ROSTER_FILE_BYTES) } });
  }
  if (bytes.byteLength === 0) return refused({ code: 'empty', params: {} });

  // Names and organisations typed in TCVN3 or VNI are converted, with every other text cell.
  const table = await readConvertedTable(bytes, fileName, pickSheet, nameCells);
  if ('code' in table) return refused(table);
  const allRows = table.rows;

  const headerIndex = findHeaderRow(allRows);
  if (headerIndex === null) return refused({ code: 'empty', params: {} });
  const subHeaded = withNameSubHeader(allRows[headerIndex] ?? [], allRows[headerIndex + 1]);
  const header = subHeaded ?? allRows[headerIndex] ?? [];
  /** The last heading row, as Excel numbers it: the data start under it. */
  const headerRow = headerIndex + (subHeaded === null ? 1 : 2);
  const width = headerWidth(header);
  if (width > MAX_COLUMNS) return refused({ code: 'tooManyColumns', params: { count: width, max: MAX_COLUMNS } });

  const dataRows = allRows.slice(headerRow);
  const plan = planColumns(header, dataRows);
  const columnProblems: RowProblem[] = plan.problems.map((p) => ({ ...p, row: headerRow, params: { row: headerRow, ...p.params } }));
  if (table.sheet !== null) {
    columnProblems.unshift({
      row: headerRow,
      field: null,
      code: 'sheetUsed',
      params: { row: headerRow, sheet: table.sheet.name, count: table.sheet.count },
      severity: 'warning',
    });
  }

  // A row is data when a column other than a row number holds something: templates often come
  // with the numbers 1 to 500 already filled in and nothing else.
  const counted = plan.columns.map((column) => column.field !== null);
  const isDataRow = (row: readonly Cell[]): boolean =>
    row.some((cell, index) => !isEmptyCell(cell) && (index >= width || counted[index] === true));
  let totalRows = 0;
  for (const row of dataRows) if (isDataRow(row)) totalRows++;

  if (plan.missing.length > 0) {
    return refused(
      { code: 'missingColumns', params: { fields: plan.missing.join(','), count: plan.missing.length } },
      plan.columns,
      columnProblems,
      totalRows,
    );
  }
  if (totalRows === 0) return refused({ code: 'headerOnly', params: {} }, plan.columns, columnProblems);
  if (totalRows + existingCodes.size > MAX_ROSTER) {
    return refused(
      { code: 'tooManyRows', params: { count: totalRows, existing: existingCodes.size, max: MAX_ROSTER } },
      plan.columns,
      columnProblems,
      totalRows,
    );
  }

  const today = options.today ?? localIsoDate(new Date());
  const referenceYear = options.referenceYear ?? Number(today.slice(0, 4));
  const context = {
    plan,
    width,
    existingCodes,
    referenceYear,
    today,
    unclosedQuoteRow: table.unclosedQuoteRow,
  };
  const checked: CheckedRow[] = [];
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i] ?? [];
    if (!isDataRow(row)) continue;
    checked.push(checkRow(row, headerRow + 1 + i, context));
    if (onProgress !== undefined && checked.length % PROGRESS_EVERY === 0) onProgress(checked.length, totalRows);
  }
  const codeIndex = plan.fieldColumns.get('code');
  markDuplicates(checked, codeIndex === undefined ? '' : (plan.columns[codeIndex]?.header ?? ''));
  onProgress?.(totalRows, totalRows);

  const problems = [...columnProblems];
  const rows: { row: number; fields: NonNullable<CheckedRow['fields']> }[] = [];
  for (const result of checked) {
    problems.push(...result.problems);
    if (result.fields !== null && !result.problems.some((p) => p.severity === 'error')) rows.push({ row: result.row, fields: result.fields });
  }
  const legacyText = legacyNotice(table.legacy, header);
  return { fileName, fileProblem: null, columns: plan.columns, rows, problems, totalRows, legacyText };
}

/** The name and organisation cells of `rows`, their columns found under the headers of `headed`; null without such columns. */
function nameCells(rows: readonly (readonly Cell[])[], headed: readonly (readonly Cell[])[]): TellingCellsFound | null {
  const headerIndex = findHeaderRow(headed);
  if (headerIndex === null) return null;
  const plan = planColumns(headed[headerIndex] ?? [], []);
  const columns = [
    ...[...plan.fieldColumns].filter(([field]) => field === 'fullName' || field === 'organisation').map(([, index]) => index),
    ...plan.nameParts.values(),
  ];
  return columns.length === 0 ? null : { headerIndex, cells: textCells(rows, headerIndex + 1, new Set(columns)) };
}

/**
 * The same code twice in one file is an error on every row that has it: which of them is the
 * real delegate is for the secretariat to decide, so each message lists all the rows.
 */
function markDuplicates(checked: readonly CheckedRow[], column: string): void {
  const byCode = new Map<string, CheckedRow[]>();
  for (const result of checked) {
    if (result.codeKey === null) continue;
    const same = byCode.get(result.codeKey);
    if (same === undefined) byCode.set(result.codeKey, [result]);
    else same.push(result);
  }
  for (const same of byCode.values()) {
    if (same.length < 2) continue;
    const rows = same.map((r) => r.row).join(', ');
    for (const result of same) {
      result.problems.push({
        row: result.row,
        field: 'code',
        code: 'codeDuplicate',
        params: { row: result.row, column, code: result.code, rows, count: same.length },
        severity: 'error',
      });
    }
  }
}

/** In a workbook with several sheets, the first one that looks like a roster. */
function pickSheet(sheets: readonly (readonly Cell[])[][]): number {
  const index = sheets.findIndex((rows) => {
    const header = findHeaderRow(rows);
    return header !== null && planColumns(rows[header] ?? [], []).missing.length === 0;
  });
  return index < 0 ? 0 : index;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
