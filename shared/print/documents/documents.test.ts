import { describe, expect, it } from 'vitest';
import { TestDesk, congressInput, delegateFields } from '../../../tests/support/domain.js';
import { createCongress, activateSitting } from '../../domain/congress/commands.js';
import { importRoster } from '../../domain/roster/commands.js';
import { checkIn, checkOut, recordAbsence } from '../../domain/attendance/commands.js';
import { attendanceSummary } from '../../domain/attendance/select.js';
import type { DelegateCategory } from '../../domain/roster/model.js';
import { rosterDocument } from './roster.js';
import { attendanceSheet, resolveSitting } from './attendance.js';
import { limitRows } from './lists.js';
import { printRequestProblem } from '../check.js';
import { defaultPrintRequest } from '../registry.js';
import { printRequest } from '../../../tests/support/print.js';
import { handDesk, idOf as idOfCode, MEMBER } from '../../../tests/support/credentials.js';
import { seatAlternate } from '../../domain/credentials/commands.js';

const PEOPLE: ReadonlyArray<readonly [string, string, string, DelegateCategory]> = [
  ['D1', 'Trần Văn Đức', 'Đảng bộ Sở Y tế', 'elected'],
  ['D2', 'Nguyễn Thị An', 'Chi bộ Ban Dân tộc', 'elected'],
  ['D3', 'Lê Văn Ánh', 'Đảng bộ Sở Y tế', 'exOfficio'],
  ['D4', 'Phạm Thị Dung', 'Chi bộ Ban Dân tộc', 'appointed'],
  ['D5', 'Hoàng Văn Bình', 'Đảng bộ Sở Y tế', 'alternate'],
  ['D6', 'Võ Thị Ân', 'Tỉnh ủy', 'guest'],
];

function desk(): TestDesk {
  const d = new TestDesk();
  d.run(createCongress, congressInput());
  d.run(importRoster, {
    fileName: 'roster.csv',
    delegates: PEOPLE.map(([code, fullName, organisation, category]) => delegateFields(code, { fullName, organisation, category })),
  });
  return d;
}

const names = (groups: readonly { rows: readonly { delegate: { fullName: string } }[] }[]) => groups.flatMap((g) => g.rows.map((r) => r.delegate.fullName));
const idOf = (d: TestDesk, code: string) => d.state.roster.byCode.get(code.toLowerCase()) ?? '';

describe('the roster document', () => {
  it('lists everyone by given name in the Vietnamese alphabet (a, á, ă, â … d, đ)', () => {
    const doc = rosterDocument(desk().state, { order: 'name' });
    expect(names(doc.groups)).toEqual(['Nguyễn Thị An', 'Lê Văn Ánh', 'Võ Thị Ân', 'Hoàng Văn Bình', 'Phạm Thị Dung', 'Trần Văn Đức']);
    expect(doc.groups).toHaveLength(1);
    expect(doc.groups[0]?.organisation).toBeNull();
    expect(doc.groups[0]?.rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.total).toBe(6);
    expect(doc.byCategory).toEqual({ elected: 2, exOfficio: 1, appointed: 1, alternate: 1, guest: 1 });
    expect(doc.date).toBe('2026-07-23');
  });

  it('groups under each organisation, in order, numbering on through the groups', () => {
    const doc = rosterDocument(desk().state, { order: 'organisation' });
    expect(doc.groups.map((g) => g.organisation)).toEqual(['Chi bộ Ban Dân tộc', 'Đảng bộ Sở Y tế', 'Tỉnh ủy']);
    expect(doc.groups.map((g) => g.rows.map((r) => `${r.no} ${r.delegate.fullName}`))).toEqual([
      ['1 Nguyễn Thị An', '2 Phạm Thị Dung'],
      ['3 Lê Văn Ánh', '4 Hoàng Văn Bình', '5 Trần Văn Đức'],
      ['6 Võ Thị Ân'],
    ]);
  });
});

describe('the attendance sheet', () => {
  function sittingWithMovement(): TestDesk {
    const d = desk();
    d.at('2026-07-23T00:42:00.000Z').run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'D1' }, method: 'code' });
    d.at('2026-07-23T00:50:00.000Z').run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'D3' }, method: 'code' });
    d.at('2026-07-23T00:51:00.000Z').run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'D6' }, method: 'code' });
    d.at('2026-07-23T02:15:00.000Z').run(checkOut, { sittingId: 'am', delegateId: idOf(d, 'D3') });
    d.run(recordAbsence, { sittingId: 'am', delegateId: idOf(d, 'D2'), reason: 'Ốm' });
    return d;
  }

  it('separates the summoned delegates from alternates and guests', () => {
    const sheet = attendanceSheet(sittingWithMovement().state, { sitting: 'am', order: 'name', signature: false });
    expect(names(sheet.summoned)).toEqual(['Nguyễn Thị An', 'Lê Văn Ánh', 'Phạm Thị Dung', 'Trần Văn Đức']);
    expect(names(sheet.others)).toEqual(['Võ Thị Ân', 'Hoàng Văn Bình']);
  });

  it('gives each row its presence: arrival time, departure, reason for absence', () => {
    const sheet = attendanceSheet(sittingWithMovement().state, { sitting: 'am', order: 'name', signature: false });
    const rows = new Map([...sheet.summoned, ...sheet.others].flatMap((g) => g.rows).map((r) => [r.delegate.code, r.presence]));
    expect(rows.get('D1')).toEqual({ kind: 'present', arrivedAt: '2026-07-23T00:42:00.000Z' });
    expect(rows.get('D3')).toEqual({ kind: 'left', arrivedAt: '2026-07-23T00:50:00.000Z', leftAt: '2026-07-23T02:15:00.000Z' });
    expect(rows.get('D2')).toEqual({ kind: 'absent', reason: 'Ốm' });
    expect(rows.get('D4')).toEqual({ kind: 'absent', reason: null });
    expect(rows.get('D6')).toEqual({ kind: 'present', arrivedAt: '2026-07-23T00:51:00.000Z' });
  });

  it('reports the same totals and quorum as the check-in desk', () => {
    const d = sittingWithMovement();
    const sheet = attendanceSheet(d.state, { sitting: 'am', order: 'organisation', signature: true });
    expect(sheet.summary).toEqual(attendanceSummary(d.state, 'am'));
    expect(sheet.summary).toEqual({ summoned: 4, present: 1, absent: 3, absentWithReason: 1, absentWithoutReason: 2, othersPresent: 1 });
    expect(sheet.quorum).toMatchObject({ summoned: 4, present: 1, required: 3, met: false, missing: 2 });
    expect(sheet.summoned.map((g) => g.organisation)).toEqual(['Chi bộ Ban Dân tộc', 'Đảng bộ Sở Y tế']);
  });

  it('prints the sitting the desk works in unless another is asked for', () => {
    const d = desk();
    expect(resolveSitting(d.state, null).id).toBe('am');
    d.run(activateSitting, { sittingId: 'pm' });
    expect(resolveSitting(d.state, null).id).toBe('pm');
    expect(resolveSitting(d.state, 'am').id).toBe('am');
    expect(() => resolveSitting(d.state, 'nope')).toThrowError(/sitting.unknown/);
  });

  it('refuses a sheet without a congress', () => {
    expect(() => resolveSitting(new TestDesk().state, null)).toThrowError(/congress.none/);
  });
});

describe('the attendance sheet once the credentials committee has decided', () => {
  it('counts a seated alternate among the summoned, naming whom they replace, and lists the rest with why', () => {
    const d = handDesk();
    const sheet = attendanceSheet(d.state, { sitting: 'am', order: 'name', signature: false });
    const rows = new Map([...sheet.summoned, ...sheet.others].flatMap((g) => g.rows).map((r) => [r.delegate.code, r]));
    expect(sheet.summoned.flatMap((g) => g.rows.map((r) => r.delegate.code)).sort()).toEqual(['A01', 'A02', 'A03', 'ALT1', 'B01', 'B02', 'B03', 'C01']);
    expect(rows.get('ALT1')?.standing).toEqual({ kind: 'seatedAlternate', replacedName: 'Nguyễn Văn C02' });
    expect(rows.get('A01')?.standing).toEqual({ kind: 'official' });
    // Found not eligible, replaced, and present: recorded, not counted.
    expect(rows.get('C02')).toMatchObject({
      presence: { kind: 'present' },
      standing: { kind: 'notEligible', reason: 'Đang bị đình chỉ sinh hoạt đảng', alternateName: 'Nguyễn Văn ALT1' },
    });
    expect(rows.get('ALT2')?.standing).toEqual({ kind: 'alternate' });
    expect(rows.get('G01')?.standing).toEqual({ kind: 'guest' });
    expect(sheet.others.flatMap((g) => g.rows.map((r) => r.delegate.code)).sort()).toEqual(['ALT2', 'C02', 'G01']);
  });

  it('gives the totals and the quorum of the check-in desk, and who is present without counting', () => {
    const d = handDesk();
    const sheet = attendanceSheet(d.state, { sitting: 'am', order: 'organisation', signature: true });
    expect(sheet.summary).toEqual(attendanceSummary(d.state, 'am'));
    expect(sheet.summary).toEqual({ summoned: 8, present: 5, absent: 3, absentWithReason: 1, absentWithoutReason: 2, othersPresent: 1 });
    expect(sheet.quorum).toMatchObject({ summoned: 8, present: 5, required: 6, met: false, missing: 1 });
    expect(sheet.seatedAlternates).toBe(1);
    expect(sheet.othersPresent).toEqual({ notEligible: 1, replaced: 0, alternate: 0, guest: 0 });
  });

  it('lists an official delegate replaced for absence under those who do not count', () => {
    const d = handDesk();
    d.run(seatAlternate, { replacedId: idOfCode(d, 'C01'), alternateId: idOfCode(d, 'ALT2'), reason: 'absent', note: '', member: MEMBER });
    d.run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'G01' }, method: 'code' });
    const sheet = attendanceSheet(d.state, { sitting: 'am', order: 'name', signature: false });
    const rows = new Map([...sheet.summoned, ...sheet.others].flatMap((g) => g.rows).map((r) => [r.delegate.code, r]));
    expect(rows.get('C01')?.standing).toEqual({ kind: 'replaced', alternateName: 'Nguyễn Văn ALT2' });
    expect(rows.get('ALT2')?.standing).toEqual({ kind: 'seatedAlternate', replacedName: 'Nguyễn Văn C01' });
    expect(sheet.seatedAlternates).toBe(2);
    expect(sheet.summary).toMatchObject({ summoned: 8, present: 5, othersPresent: 2 });
    expect(sheet.othersPresent).toEqual({ notEligible: 1, replaced: 0, alternate: 0, guest: 1 });
  });
});

describe('a preview of a long list', () => {
  const groups = [
    { organisation: 'A', rows: [1, 2, 3] },
    { organisation: 'B', rows: [4, 5] },
    { organisation: 'C', rows: [6] },
  ];

  it('keeps the first rows and their groups', () => {
    expect(limitRows(groups, 4)).toEqual({ groups: [groups[0], { organisation: 'B', rows: [4] }], shown: 4, total: 6 });
  });

  it('keeps everything under the limit, the same groups', () => {
    const all = limitRows(groups, 100);
    expect(all).toMatchObject({ shown: 6, total: 6 });
    expect(all.groups[2]).toBe(groups[2]);
    expect(limitRows(groups, 0)).toEqual({ groups: [], shown: 0, total: 6 });
  });
});

describe('a request checked against the session', () => {
  it('needs a congress and a sitting it has', () => {
    const attendance = defaultPrintRequest('attendance', 'vi');
    expect(printRequestProblem(new TestDesk().state, attendance)?.code).toBe('congress.none');
    const d = desk();
    expect(printRequestProblem(d.state, attendance)).toBeNull();
    const inSitting = (sitting: string) => printRequest('attendance', { sitting });
    expect(printRequestProblem(d.state, inSitting('pm'))).toBeNull();
    expect(printRequestProblem(d.state, inSitting('evening'))?.code).toBe('sitting.unknown');
    expect(printRequestProblem(d.state, defaultPrintRequest('roster', 'en'))).toBeNull();
  });
});
