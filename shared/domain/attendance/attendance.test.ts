import { describe, expect, it } from 'vitest';
import { TestDesk, congressInput, delegateFields, refusedWith } from '../../../tests/support/domain.js';
import { createCongress } from '../congress/commands.js';
import { importRoster } from '../roster/commands.js';
import { checkIn, checkOut, undoCheckIn, undoCheckOut, recordAbsence, clearAbsence } from './commands.js';
import { attendanceSheet } from '../../print/documents/attendance.js';
import { reduceSession } from '../reducer.js';
import { EMPTY_SESSION } from '../state.js';
import type { JournalEntry } from '../events.js';
import { attendanceSummary, organisationAttendance, presenceOf, presentAt, quorumStatus, sittingQuorum } from './select.js';
import { DeskError } from '../errors.js';
import type { DelegateCategory } from '../roster/model.js';

function deskWith(categories: DelegateCategory[]): TestDesk {
  const desk = new TestDesk();
  desk.run(createCongress, congressInput());
  desk.run(importRoster, {
    fileName: 'roster.csv',
    delegates: categories.map((category, i) =>
      delegateFields(`DB${String(i + 1).padStart(3, '0')}`, { category, organisation: i % 2 === 0 ? 'Đảng bộ Sở Y tế' : 'Chi bộ Ban Dân tộc' }),
    ),
  });
  return desk;
}

const idOf = (desk: TestDesk, code: string): string => {
  const id = desk.state.roster.byCode.get(code.toLowerCase());
  if (id === undefined) throw new Error(`no ${code}`);
  return id;
};

const byCode = (code: string) => ({ sittingId: 'am', target: { kind: 'code' as const, code }, method: 'code' as const });

describe('quorum arithmetic', () => {
  const atLeast = { numerator: 2, denominator: 3, comparison: 'atLeast' as const };
  const moreThan = { numerator: 2, denominator: 3, comparison: 'moreThan' as const };

  it('meets "at least two thirds" at exactly two thirds', () => {
    expect(quorumStatus(atLeast, 300, 200)).toMatchObject({ required: 200, met: true, missing: 0 });
    expect(quorumStatus(atLeast, 300, 199)).toMatchObject({ required: 200, met: false, missing: 1 });
  });

  it('does not meet "more than two thirds" at exactly two thirds', () => {
    expect(quorumStatus(moreThan, 300, 200)).toMatchObject({ required: 201, met: false, missing: 1 });
    expect(quorumStatus(moreThan, 300, 201).met).toBe(true);
  });

  it('rounds the requirement up when two thirds is not a whole number', () => {
    // 250 × 2/3 = 166.67: at least 167 present; "more than" also needs 167.
    expect(quorumStatus(atLeast, 250, 167)).toMatchObject({ required: 167, met: true });
    expect(quorumStatus(atLeast, 250, 166).met).toBe(false);
    expect(quorumStatus(moreThan, 250, 167)).toMatchObject({ required: 167, met: true });
  });

  it('is never met with nobody summoned', () => {
    expect(quorumStatus(atLeast, 0, 0).met).toBe(false);
  });

  it('handles a simple majority rule', () => {
    const half = { numerator: 1, denominator: 2, comparison: 'moreThan' as const };
    expect(quorumStatus(half, 250, 125).met).toBe(false);
    expect(quorumStatus(half, 250, 126).met).toBe(true);
  });
});

describe('check-in and the quorum', () => {
  it('counts official delegates only: guests and alternates are noted, not counted', () => {
    const desk = deskWith(['elected', 'exOfficio', 'appointed', 'alternate', 'guest']);
    for (const code of ['DB001', 'DB002', 'DB004', 'DB005']) desk.run(checkIn, byCode(code));
    const summary = attendanceSummary(desk.state, 'am');
    expect(summary).toMatchObject({ summoned: 3, present: 2, absent: 1, othersPresent: 2 });
    // 3 × 2/3 = 2: met with 2 of 3.
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ required: 2, met: true });
  });

  it('flips the quorum exactly when the required delegate arrives, and back on undo', () => {
    const desk = deskWith(['elected', 'elected', 'elected', 'elected', 'elected', 'elected']);
    for (const code of ['DB001', 'DB002', 'DB003']) desk.run(checkIn, byCode(code));
    expect(sittingQuorum(desk.state, 'am').met).toBe(false);
    desk.run(checkIn, byCode('DB004'));
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ present: 4, required: 4, met: true });
    desk.run(undoCheckIn, { sittingId: 'am', delegateId: idOf(desk, 'DB004') });
    expect(sittingQuorum(desk.state, 'am')).toMatchObject({ present: 3, met: false, missing: 1 });
  });

  it('answers a second scan with the time of the first', () => {
    const desk = deskWith(['elected']);
    desk.at('2026-07-23T00:42:00.000Z');
    const first = desk.run(checkIn, byCode('DB001'));
    desk.advance(5);
    const second = desk.run(checkIn, byCode('db 001'));
    expect(first).toMatchObject({ kind: 'checkedIn', counted: true });
    expect(second).toEqual({ kind: 'alreadyCheckedIn', delegateId: idOf(desk, 'DB001'), since: '2026-07-23T00:42:00.000Z' });
    expect(desk.entries.filter((e) => e.type === 'attendance.checkedIn')).toHaveLength(1);
  });

  it('reports an unknown code without writing anything', () => {
    const desk = deskWith(['elected']);
    const before = desk.entries.length;
    expect(desk.run(checkIn, byCode('XYZ-999'))).toEqual({ kind: 'unknownCode', code: 'XYZ-999' });
    expect(desk.entries).toHaveLength(before);
  });

  it('keeps attendance per sitting', () => {
    const desk = deskWith(['elected', 'elected']);
    desk.run(checkIn, byCode('DB001'));
    expect(presenceOf(desk.state, 'am', idOf(desk, 'DB001')).kind).toBe('present');
    expect(presenceOf(desk.state, 'pm', idOf(desk, 'DB001')).kind).toBe('absent');
    expect(attendanceSummary(desk.state, 'pm').present).toBe(0);
  });

  it('refuses to undo or check out someone who is not present', () => {
    const desk = deskWith(['elected']);
    const target = { sittingId: 'am', delegateId: idOf(desk, 'DB001') };
    expect(() => desk.run(undoCheckIn, target)).toThrow(DeskError);
    expect(() => desk.run(checkOut, target)).toThrowError(/checkIn.notCheckedIn/);
  });

  it('records absence with and without reason, and a check-in clears the reason', () => {
    const desk = deskWith(['elected', 'elected', 'elected']);
    const target = { sittingId: 'am', delegateId: idOf(desk, 'DB001') };
    desk.run(recordAbsence, { ...target, reason: 'Ốm' });
    expect(attendanceSummary(desk.state, 'am')).toMatchObject({ absent: 3, absentWithReason: 1, absentWithoutReason: 2 });
    desk.run(checkIn, byCode('DB001'));
    expect(presenceOf(desk.state, 'am', target.delegateId)).toMatchObject({ kind: 'present' });
    expect(() => desk.run(recordAbsence, { ...target, reason: 'x' })).toThrowError(/absence.present/);
    desk.run(recordAbsence, { sittingId: 'am', delegateId: idOf(desk, 'DB002'), reason: 'Công tác' });
    desk.run(clearAbsence, { sittingId: 'am', delegateId: idOf(desk, 'DB002') });
    expect(attendanceSummary(desk.state, 'am').absentWithReason).toBe(0);
  });

  it('counts attendance per organisation', () => {
    const desk = deskWith(['elected', 'elected', 'elected', 'guest']);
    desk.run(checkIn, byCode('DB001'));
    expect(organisationAttendance(desk.state, 'am')).toEqual([
      { organisation: 'Chi bộ Ban Dân tộc', summoned: 1, present: 0 },
      { organisation: 'Đảng bộ Sở Y tế', summoned: 2, present: 1 },
    ]);
  });
});

describe('presence at a moment', () => {
  it('answers who was present at 14:05 from check-ins, check-outs and undone check-ins', () => {
    const desk = deskWith(['elected', 'elected', 'elected', 'elected']);
    const pm = (code: string) => ({ sittingId: 'pm', target: { kind: 'code' as const, code }, method: 'code' as const });
    desk.at('2026-07-23T06:50:00.000Z').run(checkIn, pm('DB001')); // 13:50 local (+07:00)
    desk.at('2026-07-23T06:55:00.000Z').run(checkIn, pm('DB002'));
    desk.at('2026-07-23T07:00:00.000Z').run(checkIn, pm('DB003'));
    desk.at('2026-07-23T07:02:00.000Z').run(undoCheckIn, { sittingId: 'pm', delegateId: idOf(desk, 'DB003') });
    desk.at('2026-07-23T07:03:00.000Z').run(checkOut, { sittingId: 'pm', delegateId: idOf(desk, 'DB002') });
    desk.at('2026-07-23T07:10:00.000Z').run(checkIn, pm('DB004'));

    const at1405 = presentAt(desk.state, 'pm', '2026-07-23T07:05:00.000Z');
    expect(at1405).toEqual([idOf(desk, 'DB001')]);
    expect(new Set(presentAt(desk.state, 'pm', '2026-07-23T07:01:00.000Z'))).toEqual(new Set([idOf(desk, 'DB001'), idOf(desk, 'DB002')]));
    expect(new Set(presentAt(desk.state, null, '2026-07-23T07:15:00.000Z'))).toEqual(new Set([idOf(desk, 'DB001'), idOf(desk, 'DB004')]));
    // The boundary: present from the check-in instant, gone at the check-out instant.
    expect(presentAt(desk.state, 'pm', '2026-07-23T07:03:00.000Z')).not.toContain(idOf(desk, 'DB002'));
    expect(presentAt(desk.state, 'pm', '2026-07-23T06:55:00.000Z')).toContain(idOf(desk, 'DB002'));
  });
});

describe('undoing a check-out', () => {
  const pm = (code: string) => ({ sittingId: 'pm', target: { kind: 'code' as const, code }, method: 'code' as const });

  it('leaves the delegate continuously present from the original check-in, at 14:05 and on the sheet', () => {
    const desk = deskWith(['elected', 'elected']);
    const id = idOf(desk, 'DB001');
    desk.at('2026-07-23T06:50:00.000Z').run(checkIn, pm('DB001')); // 13:50 local
    desk.at('2026-07-23T07:03:00.000Z').run(checkOut, { sittingId: 'pm', delegateId: id }); // 14:03, by mistake
    expect(presentAt(desk.state, 'pm', '2026-07-23T07:05:00.000Z')).toEqual([]);
    desk.at('2026-07-23T07:08:00.000Z').run(undoCheckOut, { sittingId: 'pm', delegateId: id }); // 14:08, undone

    expect(desk.entries.at(-1)).toMatchObject({ type: 'attendance.checkOutUndone', payload: { sittingId: 'pm', delegateId: id } });
    expect(presentAt(desk.state, 'pm', '2026-07-23T07:05:00.000Z')).toEqual([id]);
    expect(presentAt(desk.state, 'pm', '2026-07-23T07:03:00.000Z')).toEqual([id]);
    expect(presentAt(desk.state, 'pm', '2026-07-23T06:49:59.000Z')).toEqual([]);
    expect(presenceOf(desk.state, 'pm', id)).toEqual({ kind: 'present', since: '2026-07-23T06:50:00.000Z' });
    expect(desk.state.attendance.bySitting.get('pm')?.get(id)?.intervals).toEqual([
      { checkedInAt: '2026-07-23T06:50:00.000Z', checkedOutAt: null, method: 'code' },
    ]);
    const sheet = attendanceSheet(desk.state, { sitting: 'pm', order: 'name', signature: false });
    const row = sheet.summoned.flatMap((g) => g.rows).find((r) => r.delegate.id === id);
    expect(row?.presence).toEqual({ kind: 'present', arrivedAt: '2026-07-23T06:50:00.000Z' });
  });

  it('reopens only the last stretch of presence and clears a reason recorded after the check-out', () => {
    const desk = deskWith(['elected']);
    const id = idOf(desk, 'DB001');
    const target = { sittingId: 'pm', delegateId: id };
    desk.at('2026-07-23T06:00:00.000Z').run(checkIn, pm('DB001'));
    desk.at('2026-07-23T06:30:00.000Z').run(checkOut, target);
    desk.at('2026-07-23T07:00:00.000Z').run(checkIn, pm('DB001'));
    desk.at('2026-07-23T07:10:00.000Z').run(checkOut, target);
    desk.at('2026-07-23T07:11:00.000Z').run(recordAbsence, { ...target, reason: 'Đi công tác' });
    desk.at('2026-07-23T07:12:00.000Z').run(undoCheckOut, target);
    expect(desk.state.attendance.bySitting.get('pm')?.get(id)).toEqual({
      intervals: [
        { checkedInAt: '2026-07-23T06:00:00.000Z', checkedOutAt: '2026-07-23T06:30:00.000Z', method: 'code' },
        { checkedInAt: '2026-07-23T07:00:00.000Z', checkedOutAt: null, method: 'code' },
      ],
      absenceReason: null,
    });
    expect(presentAt(desk.state, 'pm', '2026-07-23T06:45:00.000Z')).toEqual([]);
  });

  it('refuses when the delegate is not checked out: present again, or never checked in', () => {
    const desk = deskWith(['elected', 'elected']);
    const target = { sittingId: 'pm', delegateId: idOf(desk, 'DB001') };
    expect(refusedWith(() => desk.run(undoCheckOut, target))).toBe('checkIn.notCheckedOut');
    desk.run(checkIn, pm('DB001'));
    expect(refusedWith(() => desk.run(undoCheckOut, target))).toBe('checkIn.notCheckedOut');
    desk.run(checkOut, target);
    desk.run(checkIn, pm('DB001'));
    const before = desk.state;
    expect(refusedWith(() => desk.run(undoCheckOut, target))).toBe('checkIn.notCheckedOut');
    expect(desk.state).toBe(before);
  });

  it('replays a journal written before undone check-outs existed exactly as before: the re-check-in leaves a gap', () => {
    // An earlier version undid a check-out by checking the delegate in again; those files keep their meaning.
    const lines: JournalEntry[] = [
      { seq: 1, at: '2026-07-23T06:00:00.000Z', actor: 'desk', type: 'attendance.checkedIn', payload: { sittingId: 'pm', delegateId: 'd1', method: 'code' } },
      { seq: 2, at: '2026-07-23T06:10:00.000Z', actor: 'desk', type: 'attendance.checkedOut', payload: { sittingId: 'pm', delegateId: 'd1' } },
      { seq: 3, at: '2026-07-23T06:11:00.000Z', actor: 'desk', type: 'attendance.checkedIn', payload: { sittingId: 'pm', delegateId: 'd1', method: 'roster' } },
    ];
    const state = lines.reduce(reduceSession, EMPTY_SESSION);
    expect(state.attendance.bySitting.get('pm')?.get('d1')?.intervals).toEqual([
      { checkedInAt: '2026-07-23T06:00:00.000Z', checkedOutAt: '2026-07-23T06:10:00.000Z', method: 'code' },
      { checkedInAt: '2026-07-23T06:11:00.000Z', checkedOutAt: null, method: 'roster' },
    ]);
    expect(presentAt(state, 'pm', '2026-07-23T06:10:30.000Z')).toEqual([]);
  });
});
