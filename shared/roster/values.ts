// Reading one cell as what its column holds. Offices type dates as 03/02/1990, 3/2/1990 or
// 1990-02-03, or let Excel store them as dates; they write "Nữ", "nu", "NỮ" or "female". All of
// these are read; anything else is reported, never guessed.

import type { DelegateCategory, Gender } from '../domain/roster/model.js';
import { isRealDate } from '../domain/schema-helpers.js';
import { headerKey } from '../text/fold.js';
import { cellText, isoFromUtc } from '../import/cells.js';
import type { Cell } from '../import/table.js';

export type DateReading =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'format' }
  | { readonly kind: 'impossible' };

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
/** Excel's day 0 in the 1900 date system; serials from 61 on (1 March 1900) count from here. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A date written day first (the Vietnamese order), as yyyy-mm-dd, or stored by Excel as a date. */
export function readDate(cell: Cell): DateReading {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { kind: 'format' } : { kind: 'date', iso: isoFromUtc(cell) };
  }
  if (typeof cell === 'number') {
    // A workbook cell holding a date with a format the reader did not recognise arrives as its serial.
    if (!Number.isInteger(cell) || cell < 61 || cell > 2_958_465) return { kind: 'format' };
    return { kind: 'date', iso: isoFromUtc(new Date(EXCEL_EPOCH_UTC + cell * DAY_MS)) };
  }
  const text = cellText(cell);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return fromParts(dayFirst[3], dayFirst[2], dayFirst[1]);
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return fromParts(yearFirst[1], yearFirst[2], yearFirst[3]);
  return { kind: 'format' };
}

function fromParts(year: string | undefined, month: string | undefined, day: string | undefined): DateReading {
  if (year === undefined || month === undefined || day === undefined) return { kind: 'format' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(iso) ? { kind: 'date', iso } : { kind: 'impossible' };
}

/** A four-digit year, as text or as a number; null for anything else. */
export function readYear(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? cell : null;
  const text = cellText(cell);
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map(
  (
    [
      ['male', ['Nam', 'Nam giới', 'Ông', 'Male', 'M', 'Man']],
      ['female', ['Nữ', 'Nữ giới', 'Bà', 'Female', 'F', 'Woman']],
    ] as const
  ).flatMap(([gender, words]) => words.map((word) => [headerKey(word), gender] as const)),
);

/** Case-, diacritic- and spacing-insensitive: "NỮ", "nu" and "Nữ giới" are all female. */
export function readGender(text: string): Gender | null {
  return GENDER_WORDS.get(headerKey(text)) ?? null;
}

const CATEGORY_WORDS: ReadonlyMap<string, DelegateCategory> = new Map(
  (
    [
      ['elected', ['Bầu', 'Được bầu', 'Đại biểu bầu', 'Elected']],
      ['exOfficio', ['Đương nhiên', 'Đại biểu đương nhiên', 'Ex officio', 'Ex-officio']],
      ['appointed', ['Chỉ định', 'Đại biểu chỉ định', 'Appointed']],
      ['alternate', ['Dự khuyết', 'Đại biểu dự khuyết', 'Alternate']],
      ['guest', ['Khách mời', 'Đại biểu khách mời', 'Khách', 'Cấp trên', 'Đại biểu cấp trên', 'Guest', 'Invited guest']],
    ] as const
  ).flatMap(([category, words]) => words.map((word) => [headerKey(word), category] as const)),
);

export function readCategory(text: string): DelegateCategory | null {
  return CATEGORY_WORDS.get(headerKey(text)) ?? null;
}
