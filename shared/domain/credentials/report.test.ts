import { describe, expect, it } from 'vitest';
import { credentialsFigures } from './report.js';
import { handDesk } from '../../../tests/support/credentials.js';
import { setCredentialsSettings } from './commands.js';
import { attendanceSummary, organisationAttendance, sittingQuorum } from '../attendance/select.js';
import { credentialsFiguresSchema } from './figures.js';

// Every figure of the report on a congress small enough to count by hand (tests/support/credentials.ts).
// Held on 2026-07-23. Summoned: the 8 official delegates, less C02 (not eligible), plus ALT1 seated
// in C02's place = 8. Verified: A01 A02 A03 B01 B02 ALT1 = 6, the base of every composition share.

const figures = credentialsFigures(handDesk().state, 'am');
const sum = (list: readonly { permille: number }[]) => list.reduce((s, x) => s + x.permille, 0);

describe('credentials report: numbers', () => {
  it('counts the roster and the summoned by the rule of isSummoned', () => {
    expect(figures.roster).toEqual({ official: 8, alternates: 2, guests: 1 });
    expect(figures.summoned).toBe(8);
    expect(figures.congressDate).toBe('2026-07-23');
    expect(figures.sittingTitle).toBe('Phiên sáng');
  });

  it('counts present, absent with and without reason among the summoned only', () => {
    // Present and counted: A01 A02 A03 B01 ALT1. C02 is present but not eligible: not counted.
    // Absent: B02 with a reason (ill), B03 and C01 without.
    expect(figures.attendance).toEqual([
      { key: 'present', count: 5, permille: 625 },
      { key: 'absentWithReason', count: 1, permille: 125 },
      { key: 'absentWithoutReason', count: 2, permille: 250 },
    ]);
    expect(figures.absentees.map((a) => [a.code, a.reason])).toEqual([
      ['B02', 'Ốm'],
      ['B03', null],
      ['C01', null],
    ]);
  });

  it('agrees with the check-in desk and the quorum', () => {
    const state = handDesk().state;
    expect(attendanceSummary(state, 'am')).toEqual({ summoned: 8, present: 5, absent: 3, absentWithReason: 1, absentWithoutReason: 2, othersPresent: 1 });
    // 8 × 2/3 = 5.33: at least 6 needed, 5 present.
    expect(sittingQuorum(state, 'am')).toMatchObject({ summoned: 8, present: 5, required: 6, met: false, missing: 1 });
    expect(organisationAttendance(state, 'am')).toEqual([
      { organisation: 'Chi bộ A', summoned: 3, present: 3 },
      { organisation: 'Chi bộ B', summoned: 3, present: 1 },
      { organisation: 'Chi bộ C', summoned: 2, present: 1 },
    ]);
  });

  it('reports the verification, the delegates not eligible with reasons, and the alternate seated', () => {
    expect(figures.verification).toEqual([
      { key: 'verified', count: 6, permille: 750 },
      { key: 'challenged', count: 1, permille: 125 },
      { key: 'pending', count: 1, permille: 125 },
    ]);
    expect(figures.notEligible).toEqual([expect.objectContaining({ code: 'C02', reason: 'Đang bị đình chỉ sinh hoạt đảng' })]);
    expect(figures.challenged).toEqual([expect.objectContaining({ code: 'B03', reason: 'Thiếu biên bản bầu cử' })]);
    expect(figures.alternatesSeated).toEqual([
      expect.objectContaining({ alternateCode: 'ALT1', replacedCode: 'C02', organisation: 'Chi bộ C', reason: 'notEligible' }),
    ]);
  });
});

describe('credentials report: composition of the verified delegates', () => {
  it('has the verified delegates as its base', () => {
    expect(figures.composition.base).toBe(6);
  });

  it('by category: thirds of sixths rounded by largest remainder, ties to the earlier category', () => {
    // 3/6 = 50.0 %; 1/6 = 16.67 % three times: 16.6 ×3 leaves 0.2 to give, to ex officio and appointed.
    expect(figures.composition.category).toEqual([
      { key: 'elected', count: 3, permille: 500 },
      { key: 'exOfficio', count: 1, permille: 167 },
      { key: 'appointed', count: 1, permille: 167 },
      { key: 'alternate', count: 1, permille: 166 },
    ]);
  });

  it('by gender and ethnicity', () => {
    expect(figures.composition.gender).toEqual([
      { key: 'male', count: 4, permille: 667 },
      { key: 'female', count: 2, permille: 333 },
    ]);
    // B02 has no ethnicity on file: "not stated", not counted as Kinh.
    expect(figures.composition.ethnicity).toEqual([
      { key: 'kinh', count: 3, permille: 500 },
      { key: 'minority', count: 2, permille: 333 },
      { key: 'unknown', count: 1, permille: 167 },
    ]);
    expect(figures.composition.minorities).toEqual([
      { name: 'Khơ Mú', count: 1 },
      { name: 'Thái', count: 1 },
    ]);
  });

  it('by age at the congress date, not today: a birthday on the day counts, the day after does not', () => {
    // A01 born 1991-07-23: 35 on the day. A02 born 1991-07-24: still 34. A03 only a year (1966): 60.
    // B01 61, ALT1 31, B02 no birth year.
    expect(figures.composition.age).toEqual([
      { kind: 'band', from: null, to: 34, count: 2, permille: 333 },
      { kind: 'band', from: 35, to: 50, count: 1, permille: 167 },
      { kind: 'band', from: 51, to: 60, count: 1, permille: 167 },
      { kind: 'band', from: 61, to: null, count: 1, permille: 167 },
      { kind: 'unknown', from: null, to: null, count: 1, permille: 166 },
    ]);
    expect(figures.composition.youngest).toMatchObject({ code: 'ALT1', years: 31 });
    expect(figures.composition.oldest).toMatchObject({ code: 'B01', years: 61 });
  });

  it('by professional education and political theory, the usual levels recognised however written', () => {
    // "thac si" without diacritics is a master's degree.
    expect(figures.composition.education).toEqual([
      { key: 'doctorate', count: 1, permille: 167 },
      { key: 'master', count: 2, permille: 333 },
      { key: 'university', count: 2, permille: 333 },
      { key: 'unknown', count: 1, permille: 167 },
    ]);
    expect(figures.composition.politicalTheory).toEqual([
      { key: 'advanced', count: 2, permille: 334 },
      { key: 'intermediate', count: 2, permille: 333 },
      { key: 'elementary', count: 2, permille: 333 },
    ]);
  });

  it('by years of party membership, with the longest-serving member', () => {
    // A01 admitted 2016-07-24: 9 years (the anniversary is the day after). ALT1 6, A02 11, A03 36, B01 38.
    expect(figures.composition.membership).toEqual([
      { kind: 'band', from: null, to: 9, count: 2, permille: 333 },
      { kind: 'band', from: 10, to: 19, count: 1, permille: 167 },
      { kind: 'band', from: 20, to: 29, count: 0, permille: 0 },
      { kind: 'band', from: 30, to: null, count: 2, permille: 333 },
      { kind: 'unknown', from: null, to: null, count: 1, permille: 167 },
    ]);
    expect(figures.composition.longestServing).toMatchObject({ code: 'B01', years: 38 });
  });

  it('by base organisation, of the summoned and the verified', () => {
    expect(figures.composition.organisations).toEqual([
      { organisation: 'Chi bộ A', summoned: 3, verified: 3, permille: 500 },
      { organisation: 'Chi bộ B', summoned: 3, verified: 2, permille: 333 },
      { organisation: 'Chi bộ C', summoned: 2, verified: 1, permille: 167 },
    ]);
  });

  it('adds every partition up to exactly 100 %', () => {
    const c = figures.composition;
    for (const list of [figures.attendance, figures.verification, c.category, c.gender, c.ethnicity, c.age, c.education, c.politicalTheory, c.membership, c.organisations]) {
      expect(sum(list)).toBe(1000);
    }
  });

  it('is valid data for a journal line', () => {
    expect(credentialsFiguresSchema.parse(figures)).toEqual(figures);
  });

  it('follows the configured bands', () => {
    const desk = handDesk();
    desk.run(setCredentialsSettings, { checklist: [{ id: 'identity', label: null }], ageBands: [40], membershipBands: [] });
    const c = credentialsFigures(desk.state, 'am').composition;
    expect(c.age.map((b) => [b.from, b.to, b.count])).toEqual([
      [null, 39, 3],
      [40, null, 2],
      [null, null, 1],
    ]);
    expect(c.membership.map((b) => [b.kind, b.count])).toEqual([
      ['band', 5],
      ['unknown', 1],
    ]);
  });
});
