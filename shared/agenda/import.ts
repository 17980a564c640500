// The agenda import preview: the bytes of a chosen file in, the items it would add and what is
// wrong with the rest out, before anything changes. Files are read with the readers every import
// shares (CSV as Excel writes it, xlsx, encodings and mislabelled files); only the columns and
// the checks of a row are the agenda's own.

import { AGENDA_LIMITS, agendaItemFieldsSchema, type AgendaItemFields, type Presenter } from '../domain/agenda/model.js';
import { cleanText, exactKey, headerKey } from '../text/fold.js';
import { cellText } from '../import/cells.js';
import type { ProblemParams, Severity } from '../import/problems.js';
import { cellsUnderHeader, legacyNotice, readConvertedTable } from '../import/legacy-table.js';
import type { Cell } from '../import/table.js';
import { isEmptyRow } from '../import/table.js';
import type { AgendaColumn, AgendaFileProblem, AgendaPreview, AgendaRowProblem, AgendaRowProblemCode, PreviewItem } from './problems.js';
import { AGENDA_COLUMNS } from './problems.js';
import { kindFromTitle, readDuration, readKind, readTime } from './values.js';

/** An agenda is a few dozen rows: a megabyte is far more than any, and little enough to read at once. */
export const MAX_AGENDA_FILE_BYTES = 1024 * 1024;

/** Headings seen on Vietnamese and English agendas; the template's own headings are among them. */
const SYNONYMS: Readonly<Record<AgendaColumn, readonly string[]>> = {
  number: ['STT', 'TT', 'Số thứ tự', 'Mục', 'Số', 'No', 'No.', 'Number', 'Item number', '#'],
  title: ['Nội dung', 'Nội dung chương trình', 'Nội dung công việc', 'Tên mục', 'Tiêu đề', 'Title', 'Item', 'Agenda item', 'Content'],
  kind: ['Loại', 'Loại mục', 'Hình thức', 'Kind', 'Type'],
  presenter: ['Người trình bày', 'Người thực hiện', 'Trình bày', 'Người phát biểu', 'Đồng chí trình bày', 'Presenter', 'Speaker', 'Presented by'],
  presenterTitle: ['Chức vụ', 'Chức danh', 'Chức vụ người trình bày', 'Presenter title', 'Position', 'Title of presenter'],
  start: ['Thời gian', 'Giờ', 'Giờ bắt đầu', 'Thời gian bắt đầu', 'Bắt đầu', 'Time', 'Start', 'Start time'],
  duration: ['Thời lượng', 'Số phút', 'Phút', 'Thời lượng (phút)', 'Duration', 'Minutes', 'Duration (min)', 'Length'],
  description: ['Mô tả', 'Diễn giải', 'Nội dung chi tiết', 'Description', 'Details'],
  notes: ['Ghi chú', 'Ghi chú nội bộ', 'Lưu ý', 'Notes', 'Internal notes', 'Note'],
};

const BY_KEY: ReadonlyMap<string, AgendaColumn> = new Map(
  AGENDA_COLUMNS.flatMap((column) => SYNONYMS[column].filter((w) => headerKey(w) !== '').map((w) => [headerKey(w), column] as const)),
);

export function columnOf(header: string): AgendaColumn | null {
  const cleaned = cleanText(header);
  if (cleaned === '#') return 'number';
  for (const candidate of [cleaned, cleaned.replace(/\([^)]*\)/g, ''), ...cleaned.split('/')]) {
    const column = BY_KEY.get(headerKey(candidate));
    if (column !== undefined) return column;
  }
  return null;
}

/** The first of the top rows naming the title column and one more, or the title column alone. */
function findHeaderRow(rows: readonly (readonly Cell[])[]): number | null {
  let titleOnly: number | null = null;
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const known = new Set((rows[i] ?? []).map((c) => columnOf(cellText(c))).filter((c) => c !== null));
    if (known.has('title') && known.size >= 2) return i;
    if (known.has('title')) titleOnly ??= i;
  }
  return titleOnly;
}

/** Finds a presenter on the roster by code, or by a full name only one delegate has. */
export interface RosterLookup {
  byCode(code: string): string | undefined;
  byName(name: string): string | undefined;
}

export async function previewAgenda(bytes: Uint8Array, fileName: string, roster: RosterLookup): Promise<AgendaPreview> {
  const refused = (problem: AgendaFileProblem, problems: AgendaRowProblem[] = [], totalRows = 0): AgendaPreview => ({
    fileName,
    fileProblem: problem,
    items: [],
    problems,
    totalRows,
    legacyText: null,
  });
  if (bytes.byteLength > MAX_AGENDA_FILE_BYTES) {
    return refused({ code: 'tooLarge', params: { size: Math.round(bytes.byteLength / 1024), max: MAX_AGENDA_FILE_BYTES / 1024 } });
  }
  if (bytes.byteLength === 0) return refused({ code: 'empty', params: {} });

  // Titles, names and notes typed in TCVN3 or VNI are converted before the headings are matched.
  const pickSheet = (sheets: readonly (readonly Cell[])[][]) => Math.max(0, sheets.findIndex((rows) => findHeaderRow(rows) !== null));
  const table = await readConvertedTable(bytes, fileName, pickSheet, cellsUnderHeader(findHeaderRow));
  if ('code' in table) return refused(table);

  const headerIndex = findHeaderRow(table.rows);
  if (headerIndex === null) return refused(table.rows.some((r) => !isEmptyRow(r)) ? { code: 'missingTitleColumn', params: {} } : { code: 'empty', params: {} });
  const headerRow = headerIndex + 1;
  const problems: AgendaRowProblem[] = [];
  const columns = new Map<AgendaColumn, number>();
  const header = table.rows[headerIndex] ?? [];
  header.forEach((cell, index) => {
    const heading = cellText(cell);
    if (heading === '') return;
    const column = columnOf(heading);
    const params = { row: headerRow, column: heading };
    if (column === null) problems.push({ row: headerRow, code: 'unknownColumn', params, severity: 'warning' });
    else if (columns.has(column)) problems.push({ row: headerRow, code: 'duplicateColumn', params, severity: 'warning' });
    else columns.set(column, index);
  });
  if (table.sheet !== null) {
    problems.unshift({ row: headerRow, code: 'sheetUsed', params: { row: headerRow, sheet: table.sheet.name, count: table.sheet.count }, severity: 'warning' });
  }

  const dataRows = table.rows.slice(headerIndex + 1).map((cells, i) => ({ cells, row: headerRow + 1 + i })).filter(({ cells }) => !isEmptyRow(cells));
  if (dataRows.length === 0) return refused({ code: 'headerOnly', params: {} }, problems);
  if (dataRows.length > AGENDA_LIMITS.items) return refused({ code: 'tooManyRows', params: { count: dataRows.length, max: AGENDA_LIMITS.items } }, problems, dataRows.length);

  const headingOf = (column: AgendaColumn) => cellText(header[columns.get(column) ?? -1]);
  type Read = { row: number; fields: AgendaItemFields; durationGiven: boolean };
  const items: { head: Read | null; row: number; subItems: Read[] }[] = [];
  for (const { cells, row } of dataRows) {
    const report = (code: AgendaRowProblemCode, column: AgendaColumn | null, params: ProblemParams = {}, severity: Severity = 'error') =>
      problems.push({ row, code, params: { row, ...(column === null ? {} : { column: headingOf(column) }), ...params }, severity });
    const cell = (column: AgendaColumn): Cell => {
      const index = columns.get(column);
      return index === undefined ? null : (cells[index] ?? null);
    };
    // A quote never closed pulled the rest of the file into this row: nothing in it can be trusted.
    const quoteBroken = row === table.unclosedQuoteRow;
    if (quoteBroken) report('unclosedQuote', null);
    const read = quoteBroken ? null : readRow(cell, roster, report);
    const subItem = isSubItem(cell, columns);
    if (read === null) {
      // A row with an error is left out; the sub-items of an item left out are left out with it.
      if (!subItem) items.push({ head: null, row, subItems: [] });
      continue;
    }
    const entry = { row, fields: read.fields, durationGiven: read.durationGiven };
    if (subItem) {
      const parent = items[items.length - 1];
      if (!parent) report('subItemFirst', 'number', { value: cellText(cell('number')) });
      else if (parent.head !== null) parent.subItems.push(entry);
    } else {
      items.push({ head: entry, row, subItems: [] });
    }
  }
  // An item without a length of its own is fine when its sub-items carry the times.
  const missing = (r: Read) =>
    problems.push({ row: r.row, code: 'durationMissing', params: { row: r.row, ...(columns.has('duration') ? { column: headingOf('duration') } : {}) }, severity: 'warning' });
  const accepted: PreviewItem[] = [];
  for (const { head, subItems } of items) {
    if (head === null) continue;
    if (!head.durationGiven && subItems.length === 0) missing(head);
    for (const sub of subItems) if (!sub.durationGiven) missing(sub);
    accepted.push({ row: head.row, fields: head.fields, subItems: subItems.map((sub) => ({ row: sub.row, fields: sub.fields })) });
  }
  problems.sort((a, b) => a.row - b.row);
  return { fileName, fileProblem: null, items: accepted, problems, totalRows: dataRows.length, legacyText: legacyNotice(table.legacy, header) };
}

/** "2.1" in the number column, or (without one) a title written as a bullet: "- Tham luận …". */
function isSubItem(cell: (c: AgendaColumn) => Cell, columns: ReadonlyMap<AgendaColumn, number>): boolean {
  if (columns.has('number')) return /^\s*\d+\s*[.,]\s*\d+/.test(cellText(cell('number')));
  return /^[-–+•*]\s/.test(cellText(cell('title')));
}

type Report = (code: AgendaRowProblemCode, column: AgendaColumn | null, params?: ProblemParams, severity?: Severity) => void;

function readRow(cell: (c: AgendaColumn) => Cell, roster: RosterLookup, report: Report): { fields: AgendaItemFields; durationGiven: boolean } | null {
  let errors = 0;
  const fail: Report = (code, column, params, severity = 'error') => {
    if (severity === 'error') errors++;
    report(code, column, params, severity);
  };
  const text = (column: AgendaColumn, max: number): string => {
    const value = cellText(cell(column));
    if (value.length > max) {
      fail('tooLong', column, { length: value.length, max });
      return '';
    }
    return value;
  };
  // The limit is the title's own, without the bullet that marks a sub-item.
  const title = cellText(cell('title')).replace(/^[-–+•*]\s+/, '');
  if (title.length > AGENDA_LIMITS.title) fail('tooLong', 'title', { length: title.length, max: AGENDA_LIMITS.title });
  else if (title === '') fail('titleMissing', 'title');

  const kindText = cellText(cell('kind'));
  const kind = kindText === '' ? kindFromTitle(title) : readKind(kindText);
  if (kind === null) fail('kindUnknown', 'kind', { value: kindText });

  const time = readTime(cell('start'));
  if (time.kind === 'format') fail('startFormat', 'start', { value: cellText(cell('start')) });
  const durationCell = cell('duration');
  const read = readDuration(durationCell);
  const fromRange = time.kind === 'time' ? time.minutes : null;
  let duration = read === 'none' ? (fromRange ?? 0) : read;
  const durationGiven = read !== 'none' || fromRange !== null;
  if (duration === null) {
    fail('durationFormat', 'duration', { value: cellText(durationCell) });
    duration = 0;
  }
  if (duration > AGENDA_LIMITS.durationMinutes) {
    fail('durationFormat', 'duration', { value: cellText(durationCell) });
    duration = 0;
  }

  const presenterName = text('presenter', AGENDA_LIMITS.presenterName);
  const presenterTitle = text('presenterTitle', AGENDA_LIMITS.presenterTitle);
  let presenter: Presenter | null = null;
  if (presenterName !== '') {
    const delegateId = roster.byCode(presenterName) ?? roster.byName(presenterName);
    if (delegateId !== undefined) presenter = { kind: 'delegate', delegateId };
    else {
      presenter = { kind: 'guest', name: presenterName, title: presenterTitle };
      fail('presenterAsGuest', 'presenter', { value: presenterName }, 'warning');
    }
  }
  const description = text('description', AGENDA_LIMITS.description);
  const notes = text('notes', AGENDA_LIMITS.notes);
  if (errors > 0 || kind === null) return null;

  const parsed = agendaItemFieldsSchema.safeParse({
    title,
    kind,
    presenter,
    fixedStart: time.kind === 'time' ? time.start : null,
    durationMinutes: duration,
    description,
    notes,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report('invalidValue', null, { detail: `${issue.path.join('.')}: ${issue.message}` });
    return null;
  }
  return { fields: parsed.data, durationGiven };
}

/** Roster lookups for the preview: codes as check-in matches them, names exactly and only when unique. */
export function rosterLookup(delegates: Iterable<{ readonly id: string; readonly code: string; readonly fullName: string }>, codeKeyOf: (code: string) => string): RosterLookup {
  const codes = new Map<string, string>();
  const names = new Map<string, string | null>();
  for (const d of delegates) {
    codes.set(codeKeyOf(d.code), d.id);
    const key = exactKey(d.fullName);
    names.set(key, names.has(key) ? null : d.id);
  }
  return {
    byCode: (code) => codes.get(codeKeyOf(code)),
    byName: (name) => names.get(exactKey(name)) ?? undefined,
  };
}
