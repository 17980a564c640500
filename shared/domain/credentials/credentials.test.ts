import { describe, expect, it } from 'vitest';
import { MEMBER, amByCode, delegateOf, handDesk, idOf, rosterDesk } from '../../../tests/support/credentials.js';
import { TestDesk, congressInput, delegateFields, refusedWith } from '../../../tests/support/domain.js';
import { createCongress } from '../congress/commands.js';
import { importRoster, removeDelegate } from '../roster/commands.js';
import { checkIn } from '../attendance/commands.js';
import { attendanceSummary, sittingQuorum } from '../attendance/select.js';
import {
  decideCredentials,
  freezeReport,
  markCheck,
  reportTemplateInput,
  seatAlternate,
  setCredentialsSettings,
  setReportTemplate,
  unseatAlternate,
} from './commands.js';
import { credentialOf, standingOf } from './standing.js';
import { nextAlternate } from './alternates.js';
import { credentialsFigures } from './report.js';
import { defaultReportTemplate } from './default-template.js';
import { largestRemainder, permilleOf } from './percent.js';
import { ageAt, bandsFrom, fullYearsBetween, membershipYearsAt } from './ages.js';
import { journalEntrySchema } from '../events.js';
import { replay } from '../reducer.js';
import { EMPTY_SESSION } from '../state.js';

const decide = (desk: TestDesk, codes: string[], status: 'pending' | 'verified' | 'challenged' | 'notEligible', reason: string | null = null) =>
  desk.run(decideCredentials, { delegateIds: codes.map((c) => idOf(desk, c)), status, reason, member: MEMBER });

const delegate = delegateOf;


describe('credential decisions', () => {
  it('starts every delegate pending, and records who decided, when and why', () => {
    const desk = rosterDesk();
    expect(credentialOf(desk.state, idOf(desk, 'A01'))).toMatchObject({ status: 'pending', decidedBy: null, history: [] });
    desk.at('2026-07-23T01:15:00.000Z');
    decide(desk, ['A01'], 'challenged', 'Thiếu biên bản');
    desk.at('2026-07-23T01:40:00.000Z');
    decide(desk, ['A01'], 'verified');
    const record = credentialOf(desk.state, idOf(desk, 'A01'));
    expect(record).toMatchObject({ status: 'verified', reason: null, decidedBy: MEMBER, decidedAt: '2026-07-23T01:40:00.000Z' });
    expect(record.history.map((h) => (h.kind === 'decision' ? [h.status, h.reason, h.member, h.at, h.actor] : h.kind))).toEqual([
      ['challenged', 'Thiếu biên bản', MEMBER, '2026-07-23T01:15:00.000Z', 'test'],
      ['verified', null, MEMBER, '2026-07-23T01:40:00.000Z', 'test'],
    ]);
  });

  it('requires a reason for every decision but verified, and refuses guests', () => {
    const desk = rosterDesk();
    expect(refusedWith(() => decide(desk, ['A01'], 'notEligible'))).toBe('credentials.reasonRequired');
    expect(refusedWith(() => decide(desk, ['A01'], 'challenged', ''))).toBe('credentials.reasonRequired');
    expect(refusedWith(() => decide(desk, ['A01'], 'pending'))).toBe('credentials.reasonRequired');
    expect(refusedWith(() => decide(desk, ['G01'], 'verified'))).toBe('credentials.guest');
    expect(desk.entries.filter((e) => e.type === 'credentials.decided')).toHaveLength(0);
  });

  it('decides a selection in one journal line, leaving alone those already decided so', () => {
    const desk = rosterDesk();
    decide(desk, ['A01'], 'verified');
    const result = decide(desk, ['A01', 'A02', 'A03', 'A02'], 'verified');
    expect(result).toEqual({ changed: 2 });
    const last = desk.entries[desk.entries.length - 1];
    expect(last?.type === 'credentials.decided' && last.payload.delegateIds).toEqual([idOf(desk, 'A02'), idOf(desk, 'A03')]);
    expect(decide(desk, ['A01', 'A02'], 'verified')).toEqual({ changed: 0 });
  });

  it('ticks the checklist items of the congress, each change in the history', () => {
    const desk = rosterDesk();
    const a01 = idOf(desk, 'A01');
    const target = { delegateIds: [a01], member: MEMBER };
    desk.run(markCheck, { ...target, itemId: 'electionRecord', checked: true });
    desk.run(markCheck, { ...target, itemId: 'identity', checked: true });
    desk.run(markCheck, { ...target, itemId: 'electionRecord', checked: false });
    expect(credentialOf(desk.state, a01).checks).toEqual(['identity']);
    expect(credentialOf(desk.state, a01).history.map((h) => h.kind === 'check' && [h.itemId, h.checked])).toEqual([
      ['electionRecord', true],
      ['identity', true],
      ['electionRecord', false],
    ]);
    expect(refusedWith(() => desk.run(markCheck, { ...target, itemId: 'photo', checked: true }))).toBe('credentials.unknownCheck');
    // The congress's own checklist: built-in items keep their id, new ones get one.
    const settings = desk.run(setCredentialsSettings, {
      checklist: [{ id: 'identity', label: null }, { label: 'Có ảnh 3×4' }],
      ageBands: [35, 51, 61],
      membershipBands: [10, 20, 30],
    });
    expect(settings.checklist).toEqual([
      { id: 'identity', label: null },
      { id: expect.any(String), label: 'Có ảnh 3×4' },
    ]);
    const photo = settings.checklist[1]?.id ?? '';
    desk.run(markCheck, { ...target, itemId: photo, checked: true });
    expect(credentialOf(desk.state, a01).checks).toEqual(['identity', photo]);
    // Several delegates at once, leaving alone those already ticked.
    expect(desk.run(markCheck, { delegateIds: [a01, idOf(desk, 'A02')], itemId: photo, checked: true, member: MEMBER })).toEqual({ changed: 1 });
    expect(credentialOf(desk.state, idOf(desk, 'A02')).checks).toEqual([photo]);
    expect(refusedWith(() => desk.run(setCredentialsSettings, { checklist: [{ label: null }], ageBands: [], membershipBands: [] }))).toBe('credentials.checkLabel');
  });
});

describe('alternates', () => {
  it('seats the next alternate of the same organisation in listed order, only for a delegate found not eligible', () => {
    const desk = rosterDesk();
    const c02 = idOf(desk, 'C02');
    const seat = (alternate: string, reason: 'notEligible' | 'absent' = 'notEligible', replaced = c02) =>
      desk.run(seatAlternate, { replacedId: replaced, alternateId: idOf(desk, alternate), reason, note: '', member: MEMBER });
    expect(nextAlternate(desk.state, 'Chi bộ C')?.code).toBe('ALT1');
    expect(refusedWith(() => seat('ALT1'))).toBe('alternate.stillEligible');
    decide(desk, ['C02'], 'notEligible', 'Đang bị đình chỉ sinh hoạt đảng');
    expect(refusedWith(() => seat('ALT2'))).toBe('alternate.notNext');
    desk.at('2026-07-23T01:05:00.000Z');
    expect(seat('ALT1')).toMatchObject({ alternateId: idOf(desk, 'ALT1'), replacedId: c02, reason: 'notEligible', at: '2026-07-23T01:05:00.000Z' });
    expect(refusedWith(() => seat('ALT2'))).toBe('alternate.alreadyReplaced');
    expect(nextAlternate(desk.state, 'Chi bộ C')?.code).toBe('ALT2');
    // Neither an alternate nor a guest can be replaced; an organisation without alternates has none to seat.
    expect(refusedWith(() => seat('ALT2', 'notEligible', idOf(desk, 'ALT1')))).toBe('alternate.notOfficial');
    decide(desk, ['A01'], 'notEligible', 'Không đủ điều kiện');
    expect(refusedWith(() => seat('ALT2', 'notEligible', idOf(desk, 'A01')))).toBe('alternate.noneAvailable');
  });

  it('seats an alternate for a delegate absent for the whole congress, never for one who came', () => {
    const desk = rosterDesk();
    desk.run(checkIn, { ...amByCode('C01'), sittingId: 'pm' });
    const seat = (code: string) =>
      desk.run(seatAlternate, { replacedId: idOf(desk, code), alternateId: idOf(desk, 'ALT1'), reason: 'absent', note: 'Đi công tác nước ngoài', member: MEMBER });
    expect(refusedWith(() => seat('C01'))).toBe('alternate.attended');
    expect(seat('C02')).toMatchObject({ reason: 'absent', note: 'Đi công tác nước ngoài' });
  });

  it('keeps both delegates of a seating on the roster until the seating is undone', () => {
    const desk = rosterDesk();
    desk.run(seatAlternate, { replacedId: idOf(desk, 'C02'), alternateId: idOf(desk, 'ALT1'), reason: 'absent', note: '', member: MEMBER });
    expect(refusedWith(() => desk.run(removeDelegate, { delegateId: idOf(desk, 'ALT1') }))).toBe('delegate.inSeating');
    expect(refusedWith(() => desk.run(removeDelegate, { delegateId: idOf(desk, 'C02') }))).toBe('delegate.inSeating');
    desk.run(unseatAlternate, { alternateId: idOf(desk, 'ALT1'), note: '', member: MEMBER });
    expect(desk.run(removeDelegate, { delegateId: idOf(desk, 'ALT1') })).toMatchObject({ code: 'ALT1' });
  });

  it('skips an alternate found not eligible', () => {
    const desk = rosterDesk();
    decide(desk, ['ALT1'], 'notEligible', 'Chưa đủ tuổi đảng');
    expect(nextAlternate(desk.state, 'Chi bộ C')?.code).toBe('ALT2');
  });

  it('changes the counts, and an undone seating restores them, last seated first', () => {
    const desk = rosterDesk();
    const summoned = () => attendanceSummary(desk.state, 'am').summoned;
    expect(summoned()).toBe(8);
    decide(desk, ['C01', 'C02'], 'notEligible', 'Không đủ điều kiện');
    expect(summoned()).toBe(6);
    desk.run(seatAlternate, { replacedId: idOf(desk, 'C02'), alternateId: idOf(desk, 'ALT1'), reason: 'notEligible', note: '', member: MEMBER });
    desk.run(seatAlternate, { replacedId: idOf(desk, 'C01'), alternateId: idOf(desk, 'ALT2'), reason: 'notEligible', note: '', member: MEMBER });
    expect(summoned()).toBe(8);
    expect(standingOf(desk.state, delegate(desk, 'C02'))).toBe('notEligible');
    expect(standingOf(desk.state, delegate(desk, 'ALT1'))).toBe('summoned');
    const unseat = (code: string) => desk.run(unseatAlternate, { alternateId: idOf(desk, code), note: 'Nhầm', member: MEMBER });
    expect(refusedWith(() => unseat('ALT1'))).toBe('alternate.notLast');
    unseat('ALT2');
    unseat('ALT1');
    expect(refusedWith(() => unseat('ALT1'))).toBe('alternate.notSeated');
    expect(summoned()).toBe(6);
    expect(standingOf(desk.state, delegate(desk, 'ALT1'))).toBe('alternate');
    expect(credentialOf(desk.state, idOf(desk, 'C02')).history.map((h) => h.kind)).toEqual(['decision', 'seated', 'unseated']);
    // Found eligible after all: the official delegate counts again.
    decide(desk, ['C01', 'C02'], 'verified');
    expect(summoned()).toBe(8);
  });

  it('counts a replaced delegate out even if verified, and says so at the door', () => {
    const desk = rosterDesk();
    desk.run(seatAlternate, { replacedId: idOf(desk, 'C02'), alternateId: idOf(desk, 'ALT1'), reason: 'absent', note: '', member: MEMBER });
    expect(desk.run(checkIn, amByCode('C02'))).toMatchObject({ kind: 'checkedIn', counted: false, standing: 'replaced' });
    expect(desk.run(checkIn, amByCode('ALT1'))).toMatchObject({ kind: 'checkedIn', counted: true, standing: 'summoned' });
    expect(desk.run(checkIn, amByCode('ALT2'))).toMatchObject({ counted: false, standing: 'alternate' });
  });
});

describe('quorum with verification', () => {
  function sixElected(): TestDesk {
    const desk = new TestDesk();
    desk.run(createCongress, congressInput());
    desk.run(importRoster, {
      fileName: 'r.csv',
      delegates: [
        ...['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((code) => delegateFields(code, { category: 'elected' })),
        delegateFields('D1', { category: 'alternate' }),
      ],
    });
    return desk;
  }

  it('counts pending delegates before the committee has begun, so the preparatory sitting has its quorum', () => {
    const desk = sixElected();
    for (const code of ['E1', 'E2', 'E3', 'E4']) desk.run(checkIn, amByCode(code));
    // 6 × 2/3 = 4: met with 4 of 6, none verified yet.
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ summoned: 6, present: 4, required: 4, met: true });
  });

  it('drops a delegate found not eligible from summoned and present, and an alternate seated restores the seat', () => {
    const desk = sixElected();
    for (const code of ['E1', 'E2', 'E3', 'E4']) desk.run(checkIn, amByCode(code));
    decide(desk, ['E1', 'E2', 'E3', 'E5', 'E6', 'D1'], 'verified');
    decide(desk, ['E4'], 'notEligible', 'Bị đình chỉ sinh hoạt đảng');
    // 5 summoned, 3 present: 5 × 2/3 = 3.33 → 4 needed.
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ summoned: 5, present: 3, required: 4, met: false, missing: 1 });
    expect(attendanceSummary(desk.state, 'am').othersPresent).toBe(1);
    desk.run(seatAlternate, { replacedId: idOf(desk, 'E4'), alternateId: idOf(desk, 'D1'), reason: 'notEligible', note: '', member: MEMBER });
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ summoned: 6, present: 3, met: false });
    expect(desk.run(checkIn, amByCode('D1'))).toMatchObject({ counted: true });
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ summoned: 6, present: 4, required: 4, met: true });
  });

  it('tells the door desk that a delegate found not eligible does not count', () => {
    const desk = sixElected();
    decide(desk, ['E2'], 'notEligible', 'Bị khởi tố');
    expect(desk.run(checkIn, amByCode('E2'))).toMatchObject({ kind: 'checkedIn', counted: false, standing: 'notEligible' });
    expect(desk.run(checkIn, amByCode('E1'))).toMatchObject({ counted: true, standing: 'summoned' });
    expect(attendanceSummary(desk.state, 'am')).toMatchObject({ summoned: 5, present: 1 });
  });
});

describe('the report wording and frozen snapshots', () => {
  it('keeps the committee wording per language, and returns to the standard one', () => {
    const desk = rosterDesk();
    // The services parse every input with the call's schema first, as here.
    desk.run(setReportTemplate, reportTemplateInput.parse({ language: 'vi', template: 'Có mặt  {present}.\r\n\r\n\r\nHết.\u200b ' }));
    expect(desk.state.credentials.templates.get('vi')).toBe('Có mặt {present}.\n\nHết.');
    desk.run(setReportTemplate, { language: 'vi', template: defaultReportTemplate('vi') });
    expect(desk.state.credentials.templates.has('vi')).toBe(false);
  });

  it('freezes figures and wording at a moment; later changes leave the snapshot as it was, also after replay', () => {
    const desk = handDesk();
    desk.run(setReportTemplate, { language: 'en', template: 'Present: {present}.' });
    desk.at('2026-07-23T02:10:00.000Z');
    const snapshot = desk.run(freezeReport, { sittingId: 'am', language: 'en', label: 'Read at 09:10' });
    const before = credentialsFigures(desk.state, 'am');
    expect(snapshot.figures).toEqual(before);
    decide(desk, ['B03', 'C01'], 'verified');
    desk.run(checkIn, amByCode('C01'));
    desk.run(setReportTemplate, { language: 'en', template: 'Changed.' });
    const kept = desk.state.credentials.snapshots[0];
    expect(kept).toMatchObject({ label: 'Read at 09:10', at: '2026-07-23T02:10:00.000Z', language: 'en', template: 'Present: {present}.' });
    expect(kept?.figures).toEqual(before);
    expect(credentialsFigures(desk.state, 'am').verification[0]).toMatchObject({ key: 'verified', count: 8 });
    // Every line passes the journal's schema, and replaying the lines gives the same snapshot.
    const lines = desk.entries.map((e) => journalEntrySchema.parse(JSON.parse(JSON.stringify(e))));
    expect(replay(lines, EMPTY_SESSION).credentials.snapshots).toEqual(desk.state.credentials.snapshots);
  });
});

describe('percentages that add up', () => {
  it('gives the missing tenths to the largest remainders', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([334, 333, 333]);
    expect(largestRemainder([2, 1])).toEqual([667, 333]);
    // 248 present of 250: 99.2 % and 0.8 %.
    expect(largestRemainder([248, 1, 1])).toEqual([992, 4, 4]);
    expect(largestRemainder([0, 0])).toEqual([0, 0]);
    expect(largestRemainder([7])).toEqual([1000]);
    expect(largestRemainder([1, 0, 2], 100)).toEqual([33, 0, 67]);
  });

  it('always adds up to exactly 100.0 % and never strays a tenth from the exact share', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round++) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 300));
      const total = counts.reduce((a, b) => a + b, 0);
      const shares = largestRemainder(counts);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 1000);
      counts.forEach((c, i) => expect(Math.abs((shares[i] ?? 0) - (total === 0 ? 0 : (c * 1000) / total))).toBeLessThan(1));
    }
  });

  it('rounds a lone share half up', () => {
    expect(permilleOf(2, 3)).toBe(667);
    expect(permilleOf(1, 8)).toBe(125);
    expect(permilleOf(1, 2000)).toBe(1);
    expect(permilleOf(0, 0)).toBe(0);
  });
});

describe('ages and years at the congress date', () => {
  it('counts whole years, a birthday on the day included', () => {
    expect(fullYearsBetween('1991-07-23', '2026-07-23')).toBe(35);
    expect(fullYearsBetween('1991-07-24', '2026-07-23')).toBe(34);
    expect(fullYearsBetween('2000-02-29', '2026-02-28')).toBe(25);
    expect(fullYearsBetween('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('uses the year alone when no date of birth is known, and nothing when neither is', () => {
    expect(ageAt({ birthDate: null, birthYear: 1966 }, '2026-01-02')).toBe(60);
    expect(ageAt({ birthDate: '1966-12-31', birthYear: 1966 }, '2026-01-02')).toBe(59);
    expect(ageAt({ birthDate: null, birthYear: null }, '2026-01-02')).toBeNull();
    expect(membershipYearsAt({ partyAdmissionDate: '2030-01-01' }, '2026-07-23')).toBeNull();
  });

  it('turns band limits into bands', () => {
    expect(bandsFrom([35, 51, 61])).toEqual([
      { from: null, to: 34 },
      { from: 35, to: 50 },
      { from: 51, to: 60 },
      { from: 61, to: null },
    ]);
    expect(bandsFrom([])).toEqual([{ from: null, to: null }]);
  });
});
