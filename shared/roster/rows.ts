// Checking one data row. Every problem names its row, its column as headed in the file and the
// value, so the secretariat can find it in Excel; a row with an error is left out of the import
// rather than imported half right.

import { assertNever } from '../domain/errors.js';
import { codeKey } from '../domain/roster/code.js';
import type { DelegateCategory, DelegateFields, Gender } from '../domain/roster/model.js';
import { LIMITS, delegateFieldsSchema } from '../domain/roster/model.js';
import type { ColumnPlan } from './headers.js';
import { cellText, displayDate } from '../import/cells.js';
import type { ProblemParams, Severity } from '../import/problems.js';
import type { Cell } from '../import/table.js';
import { isEmptyCell } from '../import/table.js';
import type { NamePart, RosterField, RowProblem, RowProblemCode } from './problems.js';
import { NAME_PARTS, ROSTER_FIELDS } from './problems.js';
import { cleanText } from '../text/fold.js';
import { readCategory, readDate, readGender, readYear } from './values.js';

export const MIN_BIRTH_YEAR = 1900;
/** Nobody younger than this is a delegate, and the Party admits no one younger. */
export const MIN_AGE = 16;
/** The Communist Party of Vietnam was founded on 3 February 1930; no admission is earlier. */
export const PARTY_FOUNDED = '1930-02-03';

export interface RowContext {
  readonly plan: ColumnPlan;
  readonly width: number;
  readonly existingCodes: ReadonlySet<string>;
  readonly referenceYear: number;
  /** ISO date: admission dates after it are in the future. */
  readonly today: string;
  readonly unclosedQuoteRow: number | null;
}

export interface CheckedRow {
  readonly row: number;
  /** Null when the row has an error. */
  readonly fields: DelegateFields | null;
  readonly code: string;
  /** The row's code as matched against others, for finding duplicates across the file. */
  readonly codeKey: string | null;
  readonly problems: RowProblem[];
}

type TextField = 'code' | 'fullName' | 'organisation' | 'ethnicity' | 'position' | 'education' | 'politicalTheory';

const TEXT_LIMITS: Readonly<Record<TextField, number>> = {
  code: LIMITS.code,
  fullName: LIMITS.fullName,
  organisation: LIMITS.organisation,
  ethnicity: LIMITS.text,
  position: LIMITS.text,
  education: LIMITS.text,
  politicalTheory: LIMITS.text,
};

const MISSING: Readonly<Record<'code' | 'fullName' | 'organisation', RowProblemCode>> = {
  code: 'codeMissing',
  fullName: 'nameMissing',
  organisation: 'organisationMissing',
};

export function checkRow(cells: readonly Cell[], row: number, context: RowContext): CheckedRow {
  const { plan } = context;
  const problems: RowProblem[] = [];
  const headerAt = (index: number | undefined): string => (index === undefined ? '' : (plan.columns[index]?.header ?? ''));
  // A name joined from its parts is found in the file under their headers: "Họ đệm + Tên".
  const headerOf = (field: RosterField): string =>
    field === 'fullName' && plan.nameParts.size > 0
      ? NAME_PARTS.flatMap((part) => (plan.nameParts.has(part) ? [headerAt(plan.nameParts.get(part))] : [])).join(' + ')
      : headerAt(plan.fieldColumns.get(field));
  const report = (code: RowProblemCode, field: RosterField | null, params: ProblemParams = {}, severity: Severity = 'error') => {
    const where: ProblemParams = field === null ? { row } : { row, column: headerOf(field) };
    problems.push({ row, field, code, params: { ...where, ...params }, severity });
  };
  const cellOf = (field: RosterField): Cell => {
    const index = plan.fieldColumns.get(field);
    return index === undefined ? null : (cells[index] ?? null);
  };

  if (row === context.unclosedQuoteRow) report('unclosedQuote', null);
  checkWidth(cells, context.width, report);

  const text = (field: TextField): string => {
    // A joined name reports its own missing part.
    const joined = field === 'fullName' && plan.nameParts.size > 0;
    const value = joined ? joinedName(cells, plan, report) : cellText(cellOf(field));
    if (value.length > TEXT_LIMITS[field]) {
      report('tooLong', field, { length: value.length, max: TEXT_LIMITS[field] });
      return '';
    }
    if (value === '' && !joined && (field === 'code' || field === 'fullName' || field === 'organisation')) {
      report(MISSING[field], field);
    }
    return value;
  };

  const code = text('code');
  const fullName = text('fullName');
  const organisation = text('organisation');
  const ethnicity = text('ethnicity');
  const position = text('position');
  const education = text('education');
  const politicalTheory = text('politicalTheory');

  const key = code === '' ? null : codeKey(code);
  if (key !== null && context.existingCodes.has(key)) report('codeExists', 'code', { code });

  const birth = readBirth(cellOf('birthYear'), cellOf('birthDate'), context.referenceYear, report);
  const partyAdmissionDate = readPartyAdmission(cellOf('partyAdmissionDate'), birth, context.today, report);
  const gender = readGenderCell(cellOf('gender'), report);
  const category = readCategoryCell(cellOf('category'), plan.fieldColumns.has('category'), report);
  const notes = readNotes(cells, plan, report);

  if (problems.some((p) => p.severity === 'error')) return { row, fields: null, code, codeKey: key, problems };

  // The domain's own schema has the last word: whatever it refuses is a problem of this row.
  const parsed = delegateFieldsSchema.safeParse({
    code, fullName, organisation, category, gender, ethnicity, position, education, politicalTheory, notes,
    birthYear: birth.year, birthDate: birth.date, partyAdmissionDate,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const first = issue.path[0];
      report('invalidValue', ROSTER_FIELDS.find((f) => f === first) ?? null, { detail: issue.message });
    }
    return { row, fields: null, code, codeKey: key, problems };
  }
  return { row, fields: parsed.data, code, codeKey: key, problems };
}

type Report = (code: RowProblemCode, field: RosterField | null, params?: ProblemParams, severity?: Severity) => void;

/**
 * The full name from its parts, in Vietnamese order (family, middle, given), single spaces, NFC.
 * A family or middle name may be empty (some names have none); a given name may not.
 */
function joinedName(cells: readonly Cell[], plan: ColumnPlan, report: Report): string {
  const partOf = (part: NamePart): string => {
    const index = plan.nameParts.get(part);
    return index === undefined ? '' : cellText(cells[index]);
  };
  if (partOf('givenName') === '') {
    const given = plan.nameParts.get('givenName');
    report('givenNameMissing', 'fullName', { column: given === undefined ? '' : (plan.columns[given]?.header ?? '') });
    return '';
  }
  return cleanText(NAME_PARTS.map(partOf).filter((part) => part !== '').join(' '));
}

/** Cells past the last heading mean a value held an unquoted separator and shifted the row. */
function checkWidth(cells: readonly Cell[], width: number, report: Report): void {
  let last = cells.length - 1;
  while (last >= width && isEmptyCell(cells[last])) last--;
  if (last >= width) report('tooManyCells', null, { cells: last + 1, columns: width });
}

interface Birth {
  readonly year: number | null;
  readonly date: string | null;
}

/**
 * Year and date of birth. "Ngày sinh" often holds only a year, and "Năm sinh" sometimes a full
 * date; both are read. When both columns are filled they must agree.
 */
function readBirth(yearCell: Cell, dateCell: Cell, referenceYear: number, report: Report): Birth {
  const max = referenceYear - MIN_AGE;
  const inRange = (year: number, field: RosterField): boolean => {
    if (year >= MIN_BIRTH_YEAR && year <= max) return true;
    report('birthYearRange', field, { value: year, min: MIN_BIRTH_YEAR, max });
    return false;
  };

  let year: number | null = null;
  let date: string | null = null;
  if (!isEmptyCell(dateCell)) {
    const onlyYear = readYear(dateCell);
    if (onlyYear !== null) {
      if (inRange(onlyYear, 'birthDate')) year = onlyYear;
    } else {
      const reading = readDate(dateCell);
      if (reading.kind === 'date') {
        const y = Number(reading.iso.slice(0, 4));
        if (inRange(y, 'birthDate')) {
          year = y;
          date = reading.iso;
        }
      } else {
        report(reading.kind === 'format' ? 'dateFormat' : 'dateImpossible', 'birthDate', { value: cellText(dateCell) });
      }
    }
  }
  if (!isEmptyCell(yearCell)) {
    let fromColumn = readYear(yearCell);
    let dateFromColumn: string | null = null;
    if (fromColumn === null) {
      const reading = readDate(yearCell);
      if (reading.kind === 'date') {
        fromColumn = Number(reading.iso.slice(0, 4));
        dateFromColumn = reading.iso;
      } else {
        report('birthYearFormat', 'birthYear', { value: cellText(yearCell) });
      }
    }
    if (fromColumn !== null && inRange(fromColumn, 'birthYear')) {
      if (year !== null && year !== fromColumn) {
        report('birthYearMismatch', 'birthYear', { value: fromColumn, date: cellText(dateCell) });
      } else {
        year = fromColumn;
        date ??= dateFromColumn;
      }
    }
  }
  return { year, date };
}

function readPartyAdmission(cell: Cell, birth: Birth, today: string, report: Report): string | null {
  if (isEmptyCell(cell)) return null;
  const value = cellText(cell);
  const reading = readDate(cell);
  switch (reading.kind) {
    case 'format':
      report('dateFormat', 'partyAdmissionDate', { value });
      return null;
    case 'impossible':
      report('dateImpossible', 'partyAdmissionDate', { value });
      return null;
    case 'date':
      break;
    default:
      return assertNever(reading);
  }
  const iso = reading.iso;
  if (iso > today) {
    report('partyInFuture', 'partyAdmissionDate', { value: displayDate(iso) });
    return null;
  }
  if (iso < PARTY_FOUNDED) {
    report('partyBeforeFounding', 'partyAdmissionDate', { value: displayDate(iso), founded: displayDate(PARTY_FOUNDED) });
    return null;
  }
  // With a full birth date the 16th birthday is exact; with a year only, any day of that year passes.
  const sixteenth =
    birth.date !== null
      ? `${Number(birth.date.slice(0, 4)) + MIN_AGE}${birth.date.slice(4)}`
      : birth.year !== null
        ? `${birth.year + MIN_AGE}-01-01`
        : null;
  if (sixteenth !== null && iso < sixteenth) {
    report('partyBeforeSixteen', 'partyAdmissionDate', { value: displayDate(iso), birth: birth.date === null ? String(birth.year) : displayDate(birth.date) });
    return null;
  }
  return iso;
}

function readGenderCell(cell: Cell, report: Report): Gender | null {
  const value = cellText(cell);
  if (value === '') return null;
  const gender = readGender(value);
  if (gender === null) report('genderUnknown', 'gender', { value });
  return gender;
}

/** An empty category is an elected delegate, the common case, but the user is told. */
function readCategoryCell(cell: Cell, hasColumn: boolean, report: Report): DelegateCategory {
  const value = cellText(cell);
  if (value === '') {
    if (hasColumn) report('categoryMissing', 'category', {}, 'warning');
    return 'elected';
  }
  const category = readCategory(value);
  if (category === null) {
    report('categoryUnknown', 'category', { value });
    return 'elected';
  }
  return category;
}

function readNotes(cells: readonly Cell[], plan: ColumnPlan, report: Report): Record<string, string> {
  const entries: [string, string][] = [];
  for (const [index, key] of plan.noteKeys) {
    const value = cellText(cells[index]);
    if (value === '') continue;
    if (value.length > LIMITS.note) {
      report('tooLong', null, { column: plan.columns[index]?.header ?? key, length: value.length, max: LIMITS.note });
    } else {
      entries.push([key, value]);
    }
  }
  return Object.fromEntries(entries);
}
