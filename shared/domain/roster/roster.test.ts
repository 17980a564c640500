import { describe, expect, it } from 'vitest';
import { TestDesk, congressInput, delegateFields } from '../../../tests/support/domain.js';
import { createCongress, updateCongress, activateSitting } from '../congress/commands.js';
import { importRoster, addDelegate, updateDelegate, removeDelegate } from './commands.js';
import { checkIn } from '../attendance/commands.js';
import { delegateFieldsSchema } from './model.js';

function desk(): TestDesk {
  const d = new TestDesk();
  d.run(createCongress, congressInput());
  return d;
}

describe('roster commands', () => {
  it('imports a whole file in one event, in listed order', () => {
    const d = desk();
    const result = d.run(importRoster, { fileName: 'a.csv', delegates: [delegateFields('A1'), delegateFields('A2'), delegateFields('A3')] });
    expect(result).toEqual({ added: 3 });
    const imported = d.entries.filter((e) => e.type === 'roster.imported');
    expect(imported).toHaveLength(1);
    expect([...d.state.roster.delegates.values()].map((x) => [x.code, x.listOrder])).toEqual([
      ['A1', 0],
      ['A2', 1],
      ['A3', 2],
    ]);
  });

  it('applies nothing when one code is taken, in the file or on the roster', () => {
    const d = desk();
    d.run(importRoster, { fileName: 'a.csv', delegates: [delegateFields('A1')] });
    const before = d.state;
    expect(() => d.run(importRoster, { fileName: 'b.csv', delegates: [delegateFields('B1'), delegateFields('a1')] })).toThrowError(/delegate.codeTaken/);
    expect(() => d.run(importRoster, { fileName: 'c.csv', delegates: [delegateFields('C1'), delegateFields('C1')] })).toThrowError(/delegate.codeTaken/);
    expect(d.state).toBe(before);
  });

  it('adds, edits (keeping identity and attendance) and removes a delegate', () => {
    const d = desk();
    const added = d.run(addDelegate, delegateFields('X1'));
    d.run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'X1' }, method: 'code' });
    const edited = d.run(updateDelegate, { delegateId: added.id, fields: delegateFields('X1-NEW', { fullName: 'Trần Thị Hoa' }) });
    expect(edited.id).toBe(added.id);
    expect(d.state.roster.byCode.get('x1')).toBeUndefined();
    expect(d.state.roster.byCode.get('x1-new')).toBe(added.id);
    expect(() => d.run(removeDelegate, { delegateId: added.id })).toThrowError(/delegate.hasAttendance/);
    const other = d.run(addDelegate, delegateFields('X2'));
    d.run(removeDelegate, { delegateId: other.id });
    expect(d.state.roster.delegates.has(other.id)).toBe(false);
    expect(d.state.roster.byCode.has('x2')).toBe(false);
  });

  it('refuses an edit that takes another delegate\'s code', () => {
    const d = desk();
    const a = d.run(addDelegate, delegateFields('A'));
    d.run(addDelegate, delegateFields('B'));
    expect(() => d.run(updateDelegate, { delegateId: a.id, fields: delegateFields('b') })).toThrowError(/delegate.codeTaken/);
  });

  it('stores names NFC, trimmed and single-spaced whatever the keyboard sent', () => {
    const parsed = delegateFieldsSchema.parse({ ...delegateFields('N1'), fullName: '  Nguye\u0302\u0303n   Thi\u0323 Ho\u0302\u0300ng\u200f Khanh ' });
    expect(parsed.fullName).toBe('Nguyễn Thị Hồng Khanh');
    expect(parsed.fullName).toBe(parsed.fullName.normalize('NFC'));
  });
});

describe('congress commands', () => {
  it('creates the congress once, activating its first sitting', () => {
    const d = new TestDesk();
    const congress = d.run(createCongress, congressInput());
    expect(d.state.congress?.id).toBe(congress.id);
    expect(d.state.attendance.activeSittingId).toBe('am');
    expect(() => d.run(createCongress, congressInput())).toThrowError(/congress.exists/);
  });

  it('gives new sittings ids and refuses impossible dates', () => {
    const d = new TestDesk();
    const input = congressInput({
      sittings: [{ kind: 'preparatory', title: 'Trù bị', date: '2026-07-23', start: '07:30', end: '08:00' }],
    });
    const congress = d.run(createCongress, input);
    expect(congress.sittings[0]?.id).toMatch(/^id\d+$/);
    expect(() => new TestDesk().run(createCongress, congressInput({ endDate: '2026-07-22' }))).toThrowError(/congress.dates/);
    expect(() =>
      new TestDesk().run(createCongress, congressInput({ sittings: [{ id: 'x', kind: 'official', title: 'x', date: '2026-07-23', start: '09:00', end: '08:00' }] })),
    ).toThrowError(/congress.dates/);
  });

  it('will not drop a sitting that has attendance, and moves the active sitting off a removed one', () => {
    const d = desk();
    d.run(addDelegate, delegateFields('A'));
    d.run(checkIn, { sittingId: 'am', target: { kind: 'code', code: 'A' }, method: 'code' });
    const congress = d.state.congress;
    if (!congress) throw new Error('no congress');
    const withoutAm = congressInput({ sittings: congress.sittings.filter((s) => s.id !== 'am') });
    expect(() => d.run(updateCongress, withoutAm)).toThrowError(/congress.sittingInUse/);
    d.run(activateSitting, { sittingId: 'pm' });
    const withoutPm = congressInput({ sittings: congress.sittings.filter((s) => s.id !== 'pm') });
    d.run(updateCongress, withoutPm);
    expect(d.state.attendance.activeSittingId).toBe('am');
    expect(() => d.run(activateSitting, { sittingId: 'pm' })).toThrowError(/sitting.unknown/);
  });
});
