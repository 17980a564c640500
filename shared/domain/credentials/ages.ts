import type { Delegate } from '../roster/model.js';

/** Whole years from `from` (YYYY-MM-DD) to `on` (YYYY-MM-DD): a birthday or anniversary on `on` counts. */
export function fullYearsBetween(from: string, on: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  if (fy === undefined || fm === undefined || fd === undefined || oy === undefined || om === undefined || od === undefined) return 0;
  const years = oy - fy - (om < fm || (om === fm && od < fd) ? 1 : 0);
  return Math.max(0, years);
}

/**
 * A delegate's age at the congress date (its first day), not today: exact with a date of birth;
 * with only a year of birth, the age reached in the congress year (how such rosters are counted).
 */
export function ageAt(delegate: Pick<Delegate, 'birthDate' | 'birthYear'>, congressDate: string): number | null {
  if (delegate.birthDate) return fullYearsBetween(delegate.birthDate, congressDate);
  if (delegate.birthYear !== null) return Math.max(0, Number(congressDate.slice(0, 4)) - delegate.birthYear);
  return null;
}

/** Whole years of party membership at the congress date, from the admission date. */
export function membershipYearsAt(delegate: Pick<Delegate, 'partyAdmissionDate'>, congressDate: string): number | null {
  if (!delegate.partyAdmissionDate || delegate.partyAdmissionDate > congressDate) return null;
  return fullYearsBetween(delegate.partyAdmissionDate, congressDate);
}

export interface Band {
  readonly from: number | null;
  readonly to: number | null;
}

/** [35, 51, 61] → under 35, 35–50, 51–60, 61 and over. No bounds: one band for everyone. */
export function bandsFrom(bounds: readonly number[]): Band[] {
  if (bounds.length === 0) return [{ from: null, to: null }];
  const bands: Band[] = [];
  bounds.forEach((bound, i) => bands.push({ from: i === 0 ? null : (bounds[i - 1] ?? null), to: bound - 1 }));
  bands.push({ from: bounds[bounds.length - 1] ?? null, to: null });
  return bands;
}

export function bandIndex(bands: readonly Band[], years: number): number {
  return bands.findIndex((b) => (b.from === null || years >= b.from) && (b.to === null || years <= b.to));
}
