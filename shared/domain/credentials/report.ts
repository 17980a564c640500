import type { SessionState } from '../state.js';
import type { Delegate } from '../roster/model.js';
import { isOfficial } from '../roster/model.js';
import { presenceFrom } from '../attendance/select.js';
import { compareNameKeys, compareText, nameSortKey } from '../../text/collate.js';
import { foldKey } from '../../text/fold.js';
import type { Absentee, BandShare, CredentialsFigures, DecidedPerson, OrganisationFigure, PersonFigure, SeatingFigure, Share } from './figures.js';
import { REPORT_CATEGORIES } from './figures.js';
import { largestRemainder } from './percent.js';
import { ageAt, bandIndex, bandsFrom, membershipYearsAt } from './ages.js';
import { EDUCATION_LEVELS, THEORY_LEVELS, compareLevelKeys, educationKey, theoryKey } from './levels.js';
import { credentialOf, credentialsSettings, standingOf } from './standing.js';

/** Counts in a fixed order of keys become shares of their sum (largest remainder). */
function shares(keys: readonly string[], counts: ReadonlyMap<string, number>, keepEmpty: (key: string) => boolean): Share[] {
  const kept = keys.filter((k) => (counts.get(k) ?? 0) > 0 || keepEmpty(k));
  const permilles = largestRemainder(kept.map((k) => counts.get(k) ?? 0));
  return kept.map((key, i) => ({ key, count: counts.get(key) ?? 0, permille: permilles[i] ?? 0 }));
}

function tally(list: readonly Delegate[], key: (d: Delegate) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of list) {
    const k = key(d);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** A function of a roster's free text, computed once per distinct value (rosters repeat a handful of values). */
function memo<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    const computed = fn(value);
    cache.set(value, computed);
    return computed;
  };
}

function bandShares(bounds: readonly number[], values: readonly (number | null)[]): BandShare[] {
  const bands = bandsFrom(bounds);
  const counts = bands.map(() => 0);
  let unknown = 0;
  for (const years of values) {
    if (years === null) unknown++;
    else {
      const i = bandIndex(bands, years);
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  const permilles = largestRemainder([...counts, unknown]);
  const result: BandShare[] = bands.map((b, i) => ({ kind: 'band', from: b.from, to: b.to, count: counts[i] ?? 0, permille: permilles[i] ?? 0 }));
  if (unknown > 0) result.push({ kind: 'unknown', from: null, to: null, count: unknown, permille: permilles[bands.length] ?? 0 });
  return result;
}

function personFigure(d: Delegate, years: number): PersonFigure {
  return { delegateId: d.id, code: d.code, fullName: d.fullName, organisation: d.organisation, years };
}

/**
 * The delegate with the extreme value; ties go to the earlier date where both dates are known
 * (for `earliest`) or the later one, then to the roster order, so the answer never depends on map order.
 */
function extreme(
  list: readonly Delegate[],
  years: (d: Delegate) => number | null,
  date: (d: Delegate) => string | null,
  pick: 'max' | 'min',
): PersonFigure | null {
  let best: { d: Delegate; y: number } | null = null;
  for (const d of list) {
    const y = years(d);
    if (y === null) continue;
    if (best === null) {
      best = { d, y };
      continue;
    }
    const better = pick === 'max' ? y > best.y : y < best.y;
    const tie = y === best.y;
    const bd = date(best.d);
    const dd = date(d);
    const dateBetter = bd !== null && dd !== null && bd !== dd && (pick === 'max' ? dd < bd : dd > bd);
    const dateTie = bd === null || dd === null || bd === dd;
    if (better || (tie && (dateBetter || (dateTie && d.listOrder < best.d.listOrder)))) best = { d, y };
  }
  return best ? personFigure(best.d, best.y) : null;
}

function isMinority(ethnicity: string): boolean {
  return ethnicity.trim() !== '' && foldKey(ethnicity) !== 'kinh';
}

/** Sorted the Vietnamese way (given name first); each name is split once, not at every comparison. */
function byName<T extends { readonly fullName: string; readonly code: string }>(list: readonly T[]): T[] {
  return list
    .map((item) => ({ item, key: nameSortKey(item.fullName) }))
    .sort((a, b) => compareNameKeys(a.key, b.key) || compareText(a.item.code, b.item.code))
    .map((k) => k.item);
}

/**
 * Every figure of the credentials report, from the state: attendance in one sitting (the active one
 * when none is given), the committee's decisions, the alternates seated, and the composition of the
 * verified delegates at the congress date.
 */
export function credentialsFigures(state: SessionState, sittingId: string | null): CredentialsFigures {
  const congress = state.congress;
  const congressDate = congress?.startDate ?? '1970-01-01';
  const settings = credentialsSettings(state);
  const sitting = sittingId === null ? undefined : congress?.sittings.find((s) => s.id === sittingId);
  const attendance = sitting ? state.attendance.bySitting.get(sitting.id) : undefined;

  const roster = { official: 0, alternates: 0, guests: 0 };
  const summoned: Delegate[] = [];
  const notEligible: DecidedPerson[] = [];
  const challenged: DecidedPerson[] = [];
  const absentees: Absentee[] = [];
  let present = 0;
  let absentWithReason = 0;
  const verification = new Map<string, number>();
  for (const d of state.roster.delegates.values()) {
    if (isOfficial(d)) roster.official++;
    else if (d.category === 'alternate') roster.alternates++;
    else roster.guests++;
    const record = credentialOf(state, d.id);
    const person = { delegateId: d.id, code: d.code, fullName: d.fullName, organisation: d.organisation, reason: record.reason ?? '' };
    const standing = standingOf(state, d);
    if (standing === 'notEligible') notEligible.push(person);
    if (standing !== 'summoned') continue;
    summoned.push(d);
    verification.set(record.status, (verification.get(record.status) ?? 0) + 1);
    if (record.status === 'challenged') challenged.push(person);
    const presence = presenceFrom(attendance?.get(d.id));
    if (presence.kind === 'present') present++;
    else {
      const reason = presence.kind === 'absent' ? presence.reason : null;
      if (reason !== null) absentWithReason++;
      absentees.push({ delegateId: d.id, code: d.code, fullName: d.fullName, organisation: d.organisation, reason });
    }
  }
  const absentWithoutReason = summoned.length - present - absentWithReason;
  const attendanceShares = shares(
    ['present', 'absentWithReason', 'absentWithoutReason'],
    new Map([
      ['present', present],
      ['absentWithReason', absentWithReason],
      ['absentWithoutReason', absentWithoutReason],
    ]),
    () => true,
  );

  const alternatesSeated: SeatingFigure[] = [...state.credentials.seatings.values()]
    .sort((a, b) => a.seq - b.seq)
    .flatMap((s) => {
      const alternate = state.roster.delegates.get(s.alternateId);
      const replaced = state.roster.delegates.get(s.replacedId);
      if (!alternate || !replaced) return [];
      return [
        {
          alternateId: alternate.id,
          alternateCode: alternate.code,
          alternateName: alternate.fullName,
          replacedId: replaced.id,
          replacedCode: replaced.code,
          replacedName: replaced.fullName,
          organisation: replaced.organisation,
          reason: s.reason,
          note: s.note,
          at: s.at,
        },
      ];
    });

  const verified = summoned.filter((d) => credentialOf(state, d.id).status === 'verified');
  const memoEducation = memo(educationKey);
  const memoTheory = memo(theoryKey);
  const organisations = new Map<string, { summoned: number; verified: number }>();
  for (const d of summoned) {
    const row = organisations.get(d.organisation) ?? { summoned: 0, verified: 0 };
    row.summoned++;
    if (credentialOf(state, d.id).status === 'verified') row.verified++;
    organisations.set(d.organisation, row);
  }
  const organisationRows = [...organisations.entries()].sort((a, b) => compareText(a[0], b[0]));
  const organisationPermilles = largestRemainder(organisationRows.map(([, r]) => r.verified));
  const organisationFigures: OrganisationFigure[] = organisationRows.map(([organisation, r], i) => ({
    organisation,
    summoned: r.summoned,
    verified: r.verified,
    permille: organisationPermilles[i] ?? 0,
  }));

  const minority = memo(isMinority);
  const ethnicityClass = memo((value) => (value.trim() === '' ? 'unknown' : minority(value) ? 'minority' : 'kinh'));
  const minorities = [...tally(verified.filter((d) => minority(d.ethnicity)), (d) => d.ethnicity.trim()).entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const education = tally(verified, (d) => memoEducation(d.education));
  const theory = tally(verified, (d) => memoTheory(d.politicalTheory));
  // Each delegate's age and years of membership, worked out once for the bands and the extremes.
  const ages = new Map(verified.map((d) => [d.id, ageAt(d, congressDate)]));
  const years = new Map(verified.map((d) => [d.id, membershipYearsAt(d, congressDate)]));
  const age = (d: Delegate) => ages.get(d.id) ?? null;
  const membership = (d: Delegate) => years.get(d.id) ?? null;

  return {
    congressName: congress?.name ?? '',
    congressDate,
    membersRepresented: congress?.membersRepresented ?? null,
    sittingId: sitting?.id ?? null,
    sittingTitle: sitting?.title ?? '',
    roster,
    summoned: summoned.length,
    attendance: attendanceShares,
    absentees: byName(absentees),
    verification: shares(['verified', 'challenged', 'pending'], verification, () => true),
    notEligible: byName(notEligible),
    challenged: byName(challenged),
    alternatesSeated,
    composition: {
      base: verified.length,
      category: shares(REPORT_CATEGORIES, tally(verified, (d) => d.category), (k) => k !== 'alternate'),
      gender: shares(['male', 'female', 'unknown'], tally(verified, (d) => d.gender ?? 'unknown'), (k) => k !== 'unknown'),
      ethnicity: shares(
        ['kinh', 'minority', 'unknown'],
        tally(verified, (d) => ethnicityClass(d.ethnicity)),
        (k) => k !== 'unknown',
      ),
      minorities,
      age: bandShares(settings.ageBands, verified.map(age)),
      youngest: extreme(verified, age, (d) => d.birthDate, 'min'),
      oldest: extreme(verified, age, (d) => d.birthDate, 'max'),
      education: shares([...education.keys()].sort(compareLevelKeys(EDUCATION_LEVELS)), education, () => false),
      politicalTheory: shares([...theory.keys()].sort(compareLevelKeys(THEORY_LEVELS)), theory, () => false),
      membership: bandShares(settings.membershipBands, verified.map(membership)),
      longestServing: extreme(verified, membership, (d) => d.partyAdmissionDate, 'max'),
      organisations: organisationFigures,
    },
  };
}
