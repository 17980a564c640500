// Prepared contributions (tham luận) registered before the congress from a file the presidium's
// office keeps: who presents (delegate code, or the name and title of a guest), the title, the
// minutes allowed and the name of the text file. The file is read by the readers every import
// shares (CSV in any Excel flavour, xlsx), and a preview names every problem with its row and
// column before anything is registered.

import { codeKey } from '../domain/roster/code.js';
import type { SpeechFields } from '../domain/speakers/model.js';
import { SPEAKER_LIMITS } from '../domain/speakers/model.js';
import { MAX_IMPORTED_SPEECHES } from '../domain/speakers/commands.js';
import { parseMinutes } from '../domain/speakers/minutes.js';
import { cellText } from '../import/cells.js';
import type { FileProblemOf, ImportPreview, ProblemParams, ReaderProblem, RowProblemOf, Severity } from '../import/problems.js';
import { columnLetter } from '../import/problems.js';
import { cellsUnderHeader, legacyNotice, readConvertedTable } from '../import/legacy-table.js';
import type { Cell } from '../import/table.js';
import { isEmptyCell, isEmptyRow } from '../import/table.js';
import { foldKey, headerKey } from '../text/fold.js';

/** A list of contributions is a few KB; anything near this is the wrong file. */
export const MAX_SPEECH_FILE_BYTES = 2 * 1024 * 1024;

export const SPEECH_IMPORT_FIELDS = ['code', 'fullName', 'position', 'title', 'minutes', 'document'] as const;
export type SpeechImportField = (typeof SPEECH_IMPORT_FIELDS)[number];

type Meaning = SpeechImportField | 'rowNumber';

/** Headings seen in offices' lists, Vietnamese and English; the speech title wins over "Title" as a position. */
const SYNONYMS: Readonly<Record<Meaning, readonly string[]>> = {
  code: ['Mã đại biểu', 'Mã ĐB', 'Mã', 'Mã số', 'Số thẻ', 'Delegate code', 'Code', 'Delegate ID', 'ID'],
  fullName: ['Họ và tên', 'Họ tên', 'Người trình bày', 'Người phát biểu', 'Người tham luận', 'Đại biểu', 'Full name', 'Name', 'Speaker', 'Presenter'],
  position: ['Chức vụ', 'Chức danh', 'Chức vụ, đơn vị', 'Position', 'Job title', 'Role'],
  title: ['Tên tham luận', 'Tiêu đề', 'Tên bài', 'Nội dung', 'Nội dung tham luận', 'Chủ đề', 'Title', 'Contribution', 'Subject', 'Topic'],
  minutes: ['Thời lượng', 'Thời lượng (phút)', 'Thời gian', 'Thời gian (phút)', 'Số phút', 'Phút', 'Minutes', 'Duration', 'Time limit'],
  document: ['Tệp', 'Tệp nội dung', 'Tệp văn bản', 'File', 'Document', 'Text file'],
  rowNumber: ['STT', 'TT', 'Số thứ tự', 'No', 'No.', '#'],
};

const BY_KEY: ReadonlyMap<string, Meaning> = new Map(
  (Object.keys(SYNONYMS) as Meaning[]).flatMap((meaning) => SYNONYMS[meaning].map((w) => [headerKey(w), meaning] as const)),
);

export function speechColumnMeaning(header: string): Meaning | null {
  const cleaned = cellText(header);
  if (cleaned === '#') return 'rowNumber';
  for (const candidate of [cleaned, cleaned.replace(/\([^)]*\)|\[[^\]]*\]/g, ''), ...cleaned.split('/')]) {
    const meaning = BY_KEY.get(headerKey(candidate));
    if (meaning !== undefined) return meaning;
  }
  return null;
}

/** File problems of this import; those a reader finds (encoding, format) keep the roster import's messages. */
export const SPEECH_FILE_PROBLEM_CODES = ['tooLarge', 'empty', 'headerOnly', 'missingColumns', 'tooManyRows'] as const;
export type SpeechFileProblemCode = (typeof SPEECH_FILE_PROBLEM_CODES)[number];
export type SpeechFileProblem = { readonly source: 'reader'; readonly problem: ReaderProblem } | ({ readonly source: 'speeches' } & FileProblemOf<SpeechFileProblemCode>);

export const SPEECH_ROW_PROBLEM_CODES = [
  'unknownColumn',
  'speakerMissing',
  'codeUnknown',
  'nameMismatch',
  'guest',
  'titleMissing',
  'tooLong',
  'minutesInvalid',
  'speakerDuplicate',
  'alreadyRegistered',
] as const;
export type SpeechRowProblemCode = (typeof SPEECH_ROW_PROBLEM_CODES)[number];

export type SpeechRowProblem = RowProblemOf<SpeechRowProblemCode>;

export interface ImportableSpeech {
  readonly row: number;
  readonly fields: SpeechFields;
  /** The presenter as the list shows them: the roster's name, or the guest's. */
  readonly name: string;
}

export interface SpeechImportPreview extends ImportPreview<SpeechFileProblem, SpeechRowProblem> {
  readonly rows: readonly ImportableSpeech[];
}

/** What the preview needs to know of the session: the roster by code, and who already has a contribution waiting. */
export interface SpeechImportContext {
  /** Delegates by `codeKey` of their code. */
  readonly delegatesByCode: ReadonlyMap<string, { readonly id: string; readonly fullName: string }>;
  /** Delegate ids with a prepared contribution waiting in the discussion. */
  readonly registered: ReadonlySet<string>;
}

/** Half a minute to four hours, in minutes as offices write them ("7", "7,5", 5.5 from a workbook). */
export function readMinutes(cell: Cell): number | null | 'invalid' {
  if (isEmptyCell(cell)) return null;
  return parseMinutes(typeof cell === 'number' ? String(cell) : cellText(cell));
}

export async function previewSpeechImport(bytes: Uint8Array, fileName: string, context: SpeechImportContext): Promise<SpeechImportPreview> {
  const refused = (fileProblem: SpeechFileProblem, problems: readonly SpeechRowProblem[] = [], totalRows = 0): SpeechImportPreview => ({
    fileName,
    fileProblem,
    rows: [],
    problems,
    totalRows,
    legacyText: null,
  });
  const own = (code: SpeechFileProblemCode, params: ProblemParams = {}): SpeechFileProblem => ({ source: 'speeches', code, params });

  if (bytes.byteLength > MAX_SPEECH_FILE_BYTES) {
    return refused(own('tooLarge', { size: Math.ceil(bytes.byteLength / 1024), max: MAX_SPEECH_FILE_BYTES / 1024 }));
  }
  if (bytes.byteLength === 0) return refused(own('empty'));
  // Names and titles typed in TCVN3 or VNI are converted before the headings are matched.
  const table = await readConvertedTable(bytes, fileName, () => 0, cellsUnderHeader(findNamedHeaderRow));
  if ('code' in table) return refused({ source: 'reader', problem: table });

  const headerIndex = findHeaderRow(table.rows);
  if (headerIndex === null) return refused(own('empty'));
  const header = table.rows[headerIndex] ?? [];
  const headerRow = headerIndex + 1;
  const columns = new Map<SpeechImportField, number>();
  const headings: string[] = [];
  const problems: SpeechRowProblem[] = [];
  header.forEach((cell, index) => {
    const heading = cellText(cell);
    headings[index] = heading || columnLetter(index);
    if (heading === '') return;
    const meaning = speechColumnMeaning(heading);
    if (meaning === null) problems.push({ row: headerRow, code: 'unknownColumn', params: { row: headerRow, column: heading }, severity: 'warning' });
    else if (meaning !== 'rowNumber' && !columns.has(meaning)) columns.set(meaning, index);
  });

  const dataRows = table.rows.slice(headerIndex + 1).map((cells, i) => ({ cells, row: headerRow + 1 + i }));
  const counted = [...columns.values()];
  const data = dataRows.filter(({ cells }) => counted.some((index) => !isEmptyCell(cells[index])));
  const missing = [...(columns.has('title') ? [] : ['title']), ...(columns.has('code') || columns.has('fullName') ? [] : ['code'])];
  if (missing.length > 0) return refused(own('missingColumns', { fields: missing.join(',') }), problems, data.length);
  if (data.length === 0) return refused(own('headerOnly'), problems);
  if (data.length > MAX_IMPORTED_SPEECHES) return refused(own('tooManyRows', { count: data.length, max: MAX_IMPORTED_SPEECHES }), problems, data.length);

  const rows: (ImportableSpeech & { key: string })[] = [];
  const rowsByKey = new Map<string, number[]>();
  for (const { cells, row } of data) {
    const rowProblems: SpeechRowProblem[] = [];
    const cell = (field: SpeechImportField): Cell => {
      const index = columns.get(field);
      return index === undefined ? null : (cells[index] ?? null);
    };
    const report = (code: SpeechRowProblemCode, field: SpeechImportField | null, params: ProblemParams = {}, severity: Severity = 'error') => {
      const index = field === null ? undefined : columns.get(field);
      const where: ProblemParams = index === undefined ? { row } : { row, column: headings[index] ?? '' };
      rowProblems.push({ row, code, params: { ...where, ...params }, severity });
    };
    const text = (field: SpeechImportField, max: number): string => {
      const value = cellText(cell(field));
      if (value.length <= max) return value;
      report('tooLong', field, { length: value.length, max });
      return '';
    };

    const code = text('code', 40);
    const fullName = text('fullName', SPEAKER_LIMITS.name);
    const position = text('position', SPEAKER_LIMITS.title);
    const title = text('title', SPEAKER_LIMITS.speechTitle);
    const document = text('document', SPEAKER_LIMITS.document);
    const minutes = readMinutes(cell('minutes'));
    if (minutes === 'invalid') report('minutesInvalid', 'minutes', { value: cellText(cell('minutes')) });
    if (title === '' && cellText(cell('title')) === '') report('titleMissing', 'title');

    let speaker: SpeechFields['speaker'] | null = null;
    let name = fullName;
    let key = '';
    if (code !== '') {
      const delegate = context.delegatesByCode.get(codeKey(code));
      if (!delegate) {
        report('codeUnknown', 'code', { code });
      } else {
        speaker = { kind: 'delegate', delegateId: delegate.id };
        name = delegate.fullName;
        key = `d:${delegate.id}`;
        if (fullName !== '' && foldKey(fullName) !== foldKey(delegate.fullName)) {
          report('nameMismatch', 'fullName', { code, name: fullName, rosterName: delegate.fullName }, 'warning');
        }
        if (context.registered.has(delegate.id)) report('alreadyRegistered', 'code', { name: delegate.fullName });
      }
    } else if (fullName !== '') {
      speaker = { kind: 'guest', name: fullName, title: position };
      key = `g:${foldKey(fullName)}`;
      report('guest', 'fullName', { name: fullName }, 'warning');
    } else if (cellText(cell('code')) === '' && cellText(cell('fullName')) === '') {
      report('speakerMissing', columns.has('code') ? 'code' : 'fullName');
    }

    problems.push(...rowProblems);
    if (key !== '') rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
    if (speaker === null || minutes === 'invalid' || rowProblems.some((p) => p.severity === 'error')) continue;
    rows.push({
      row,
      name,
      key,
      fields: { speaker, kind: 'preparedContribution', title, document, limitSeconds: minutes },
    });
  }

  // One contribution per presenter: the office decides which of several rows is the right one.
  const duplicated = new Set<number>();
  for (const same of rowsByKey.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      duplicated.add(row);
      problems.push({ row, code: 'speakerDuplicate', params: { row, rows: same.join(', ') }, severity: 'error' });
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return {
    fileName,
    fileProblem: null,
    rows: rows.filter((r) => !duplicated.has(r.row)).map(({ key: _key, ...rest }) => rest),
    problems,
    totalRows: data.length,
    legacyText: legacyNotice(table.legacy, header),
  };
}

/** The first of the top rows naming at least two known columns, or the first non-empty row. */
function findHeaderRow(rows: readonly (readonly Cell[])[]): number | null {
  return findNamedHeaderRow(rows) ?? firstNonEmptyRow(rows);
}

/** The first of the top rows naming at least two known columns: headings in TCVN3 or VNI name none until converted. */
function findNamedHeaderRow(rows: readonly (readonly Cell[])[]): number | null {
  for (let i = 0; i < rows.length && i < 20; i++) {
    const known = new Set((rows[i] ?? []).map((c) => speechColumnMeaning(cellText(c))).filter((m) => m !== null && m !== 'rowNumber'));
    if (known.size >= 2) return i;
  }
  return null;
}

function firstNonEmptyRow(rows: readonly (readonly Cell[])[]): number | null {
  for (let i = 0; i < rows.length && i < 20; i++) if (!isEmptyRow(rows[i] ?? [])) return i;
  return null;
}
