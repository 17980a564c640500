// Which column holds what. Rosters come from many offices, each with its own headings: "Họ và
// tên", "HỌ TÊN", "Ho ten", "Full name". Headings are compared by `headerKey` (no case, no
// diacritics, no spaces or punctuation), and a heading the desk does not know is kept as a note
// rather than dropped, so nothing the office typed is lost.

import { LIMITS } from '../domain/roster/model.js';
import { cleanText, headerKey } from '../text/fold.js';
import { cellText } from '../import/cells.js';
import { columnLetter } from '../import/problems.js';
import type { Cell } from '../import/table.js';
import { isEmptyCell } from '../import/table.js';
import type { NamePart, RosterColumn, RosterField, RowProblem } from './problems.js';
import { NAME_PARTS, REQUIRED_FIELDS, ROSTER_FIELDS } from './problems.js';

type ColumnMeaning = RosterField | NamePart | 'rowNumber';

/** Headings seen in Vietnamese and English rosters; the template's own headings are among them. */
const SYNONYMS: Readonly<Record<ColumnMeaning, readonly string[]>> = {
  code: ['Mã đại biểu', 'Mã ĐB', 'Mã', 'Mã số', 'Mã số đại biểu', 'Số thẻ', 'Số thẻ đại biểu', 'Delegate code', 'Code', 'Delegate ID', 'ID', 'Badge number'],
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên đại biểu', 'Tên đại biểu', 'Full name', 'Fullname', 'Name', 'Delegate name'],
  organisation: [
    'Đơn vị', 'Đơn vị công tác', 'Cơ quan', 'Cơ quan công tác', 'Cơ quan, đơn vị', 'Đoàn đại biểu', 'Chi bộ', 'Đảng bộ',
    'Tổ chức cơ sở đảng', 'Organisation', 'Organization', 'Unit', 'Agency', 'Delegation',
  ],
  gender: ['Giới tính', 'Giới', 'Gender', 'Sex'],
  birthYear: ['Năm sinh', 'Year of birth', 'Birth year', 'YOB'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Date of birth', 'Birth date', 'DOB'],
  ethnicity: ['Dân tộc', 'Ethnicity', 'Ethnic group'],
  position: ['Chức vụ', 'Chức danh', 'Chức vụ hiện tại', 'Position', 'Title', 'Job title', 'Role'],
  partyAdmissionDate: [
    'Ngày vào Đảng', 'Ngày kết nạp Đảng', 'Ngày kết nạp', 'Party admission date', 'Party admission',
    'Date of party admission', 'Date joined the Party',
  ],
  education: [
    'Trình độ chuyên môn', 'Trình độ chuyên môn, nghiệp vụ', 'Chuyên môn', 'Trình độ', 'Học vị',
    'Education', 'Education level', 'Qualification', 'Professional education',
  ],
  politicalTheory: [
    'Lý luận chính trị', 'Lí luận chính trị', 'Trình độ lý luận chính trị', 'Trình độ lí luận chính trị', 'LLCT',
    'Political theory', 'Political theory level',
  ],
  category: ['Loại đại biểu', 'Loại', 'Thành phần', 'Thành phần đại biểu', 'Đối tượng', 'Category', 'Delegate category', 'Type', 'Delegate type'],
  // The name in two or three columns. "Họ và tên đệm" holds family and middle name: it comes first.
  familyName: [
    'Họ', 'Họ và tên đệm', 'Họ và chữ đệm', 'Họ đệm', 'Họ và đệm', 'Họ tên đệm', 'Họ và tên lót', 'Họ lót',
    'Surname', 'Family name', 'Last name',
  ],
  middleName: ['Tên đệm', 'Chữ đệm', 'Đệm', 'Tên lót', 'Chữ lót', 'Middle name', 'Middle names'],
  givenName: ['Tên', 'Tên gọi', 'Tên riêng', 'Given name', 'First name', 'Forename'],
  rowNumber: ['STT', 'TT', 'Số thứ tự', 'No', 'No.', 'Nr', 'S/N', 'Row', '#', '№'],
};

const BY_KEY: ReadonlyMap<string, ColumnMeaning> = new Map(
  [...ROSTER_FIELDS, ...NAME_PARTS, 'rowNumber' as const].flatMap((meaning) =>
    SYNONYMS[meaning].filter((w) => headerKey(w) !== '').map((w) => [headerKey(w), meaning] as const),
  ),
);
/** Headings with no letters or digits at all ("#", "№") can only be matched as written. */
const SYMBOL_ROW_NUMBERS = new Set(['#', '№']);

/**
 * What a heading means. Tried in turn: the whole heading, the heading without a bracketed
 * remark ("Mã đại biểu (bắt buộc)"), then each half of a bilingual one ("Họ và tên / Full name").
 */
export function meaningOf(header: string): ColumnMeaning | null {
  const cleaned = cleanText(header);
  if (SYMBOL_ROW_NUMBERS.has(cleaned)) return 'rowNumber';
  const candidates = [cleaned, cleaned.replace(/\([^)]*\)|\[[^\]]*\]/g, ''), ...cleaned.split('/')];
  for (const candidate of candidates) {
    const meaning = BY_KEY.get(headerKey(candidate));
    if (meaning !== undefined) return meaning;
  }
  return null;
}

/** Rows above the heading row are usually a title ("DANH SÁCH ĐẠI BIỂU"); look this far down. */
const HEADER_SEARCH_ROWS = 20;

/**
 * The index of the heading row: the first of the top rows naming at least two known columns, or
 * failing that the first non-empty row (whose headings then explain what is missing).
 */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number | null {
  let firstNonEmpty: number | null = null;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    const row = rows[i] ?? [];
    if (row.every(isEmptyCell)) continue;
    seen++;
    firstNonEmpty ??= i;
    const known = new Set(row.map((cell) => meaningOf(cellText(cell))).filter((m) => m !== null && m !== 'rowNumber'));
    if (known.size >= 2) return i;
  }
  return firstNonEmpty;
}

/**
 * Rosters often head the name with "Họ và tên" merged over two or three columns and name those in
 * the row below ("Họ đệm", "Tên"). When the row under the headings holds only headings, among them
 * a given name and another part of the name, it belongs to the headings: each of its cells
 * replaces the one above it. Null when there is no such row.
 */
export function withNameSubHeader(header: readonly Cell[], next: readonly Cell[] | undefined): Cell[] | null {
  if (next === undefined) return null;
  const meanings = next.map((cell) => (isEmptyCell(cell) ? null : meaningOf(cellText(cell))));
  if (!meanings.includes('givenName') || !meanings.some((m) => m === 'familyName' || m === 'middleName')) return null;
  if (next.some((cell, i) => !isEmptyCell(cell) && meanings[i] === null)) return null;
  return Array.from({ length: Math.max(header.length, next.length) }, (_, i) => (isEmptyCell(next[i]) ? (header[i] ?? null) : (next[i] ?? null)));
}

/** Beyond this a "header" is not a roster's: no template or office list comes close. */
export const MAX_COLUMNS = 200;

export interface ColumnPlan {
  readonly columns: readonly RosterColumn[];
  /** Column problems, to be reported on the heading row. */
  readonly problems: readonly Omit<RowProblem, 'row'>[];
  readonly missing: readonly RosterField[];
  /** The key under which each note column's values are kept, by column index. */
  readonly noteKeys: ReadonlyMap<number, string>;
  /** The column index of each recognised field. */
  readonly fieldColumns: ReadonlyMap<RosterField, number>;
  /** The columns whose values are joined into the full name; empty when the file has a full-name column. */
  readonly nameParts: ReadonlyMap<NamePart, number>;
}

/** Index one past the last non-empty heading: trailing empty cells are not columns. */
export function headerWidth(header: readonly Cell[]): number {
  let width = header.length;
  while (width > 0 && isEmptyCell(header[width - 1])) width--;
  return width;
}

export function planColumns(header: readonly Cell[], dataRows: readonly (readonly Cell[])[]): ColumnPlan {
  const width = headerWidth(header);
  const columns: RosterColumn[] = [];
  const problems: Omit<RowProblem, 'row'>[] = [];
  const noteKeys = new Map<number, string>();
  const fieldColumns = new Map<RosterField, number>();
  const nameParts = new Map<NamePart, number>();
  // With a full-name column the parts of the name are only what the office also typed: notes.
  const hasFullName = Array.from({ length: width }, (_, i) => meaningOf(cellText(header[i]))).includes('fullName');
  // "__proto__" as a key would be swallowed by object assignment downstream; it becomes "__proto__ (2)".
  const usedNoteKeys = new Set<string>(['__proto__']);

  const addNote = (index: number, heading: string): RosterColumn => {
    if (noteKeys.size >= LIMITS.notes) {
      problems.push(warning('noteColumnsLimit', null, { column: heading, max: LIMITS.notes }));
      return { header: heading, field: null };
    }
    noteKeys.set(index, uniqueKey(heading.slice(0, LIMITS.noteKey), usedNoteKeys));
    return { header: heading, field: 'note' };
  };

  for (let index = 0; index < width; index++) {
    const heading = cellText(header[index]);
    if (heading === '') {
      if (dataRows.some((row) => !isEmptyCell(row[index]))) {
        problems.push(warning('unnamedColumn', null, { column: columnLetter(index) }));
      }
      columns.push({ header: '', field: null });
      continue;
    }
    const meaning = meaningOf(heading);
    if (meaning === 'rowNumber') {
      columns.push({ header: heading, field: null });
    } else if (meaning === null) {
      problems.push(warning('unknownColumn', null, { column: heading }));
      columns.push(addNote(index, heading));
    } else if (isNamePart(meaning)) {
      if (hasFullName) {
        problems.push(warning('namePartIgnored', 'fullName', { column: heading }));
        columns.push(addNote(index, heading));
      } else if (nameParts.has(meaning)) {
        problems.push(warning('duplicateColumn', 'fullName', { column: heading }));
        columns.push(addNote(index, heading));
      } else {
        nameParts.set(meaning, index);
        columns.push({ header: heading, field: meaning });
      }
    } else if (fieldColumns.has(meaning)) {
      // Two columns for one field: the first one counts, the second is kept so nothing is lost.
      problems.push(warning('duplicateColumn', meaning, { column: heading }));
      columns.push(addNote(index, heading));
    } else {
      fieldColumns.set(meaning, index);
      columns.push({ header: heading, field: meaning });
    }
  }
  if (!fieldColumns.has('category')) problems.push(warning('categoryAssumed', 'category', {}));
  // Without a given-name column the other parts make no name: the full name is then missing.
  const composed = nameParts.has('givenName');
  const missing = REQUIRED_FIELDS.filter((field) => !fieldColumns.has(field) && !(field === 'fullName' && composed));
  return { columns, problems, missing, noteKeys, fieldColumns, nameParts: composed ? nameParts : new Map() };
}

function isNamePart(meaning: ColumnMeaning): meaning is NamePart {
  return NAME_PARTS.some((part) => part === meaning);
}

function warning(code: RowProblem['code'], field: RosterField | null, params: RowProblem['params']): Omit<RowProblem, 'row'> {
  return { code, field, params, severity: 'warning' };
}

/** Two "Ghi chú" columns keep both values: the second becomes "Ghi chú (2)". */
function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base.slice(0, LIMITS.noteKey - 8)} (${n})`;
  used.add(key);
  return key;
}
