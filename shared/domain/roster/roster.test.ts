import { describe, expect, it } from 'vitest';
import { TestDesk, congressInput, delegateFields, refusedWith } from '../../../tests/support/domain.js';
import { createCongress, updateCongress, activateSitting } from '../congress/commands.js';
import { importRoster, addDelegate, updateDelegate, removeDelegate, restoreDelegate } from './commands.js';
import { decideCredentials } from '../credentials/commands.js';
import { credentialOf } from '../credentials/standing.js';
import { nextAlternate } from '../credentials/alternates.js';
import { reduceSession } from '../reducer.js';
import { EMPTY_SESSION } from '../state.js';
import type { JournalEntry } from '../events.js';
import { DeskError } from '../errors.js';
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

describe('undoing a removal', () => {
  const org = 'Đảng bộ Sở Y tế';
  const roster = () => {
    const d = desk();
    d.run(importRoster, {
      fileName: 'a.csv',
      delegates: [
        delegateFields('C01', { organisation: org }),
        delegateFields('ALT1', { organisation: org, category: 'alternate', fullName: 'Lê Văn Một' }),
        delegateFields('ALT2', { organisation: org, category: 'alternate', fullName: 'Lê Văn Hai' }),
        delegateFields('C02', { organisation: org }),
      ],
    });
    return d;
  };
  const idOf = (d: TestDesk, code: string) => d.state.roster.byCode.get(code.toLowerCase()) ?? '';

  it('puts the delegate back in their place in the roster order, with the same id and their credentials record', () => {
    const d = roster();
    const alt1 = idOf(d, 'ALT1');
    d.run(decideCredentials, { delegateIds: [alt1], status: 'verified', reason: null, member: 'Nguyễn Văn Thẩm' });
    const before = d.state.roster.delegates.get(alt1);
    d.run(removeDelegate, { delegateId: alt1 });
    expect(nextAlternate(d.state, org)?.code).toBe('ALT2');
    d.run(addDelegate, delegateFields('C03', { organisation: org }));

    const restored = d.run(restoreDelegate, { delegateId: alt1 });
    expect(d.entries.at(-1)).toMatchObject({ type: 'delegate.restored', payload: { delegateId: alt1 } });
    expect(restored).toEqual(before);
    expect(d.state.roster.delegates.get(alt1)).toEqual(before);
    expect(d.state.roster.byCode.get('alt1')).toBe(alt1);
    expect(d.state.roster.removed.has(alt1)).toBe(false);
    // Alternates are seated in their listed order: the restored one is next again, ahead of ALT2.
    expect(nextAlternate(d.state, org)?.code).toBe('ALT1');
    const order = [...d.state.roster.delegates.values()].sort((a, b) => a.listOrder - b.listOrder).map((x) => x.code);
    expect(order).toEqual(['C01', 'ALT1', 'ALT2', 'C02', 'C03']);
    expect(credentialOf(d.state, alt1).status).toBe('verified');
    // A delegate added later still gets a fresh place at the end.
    expect(d.run(addDelegate, delegateFields('C04')).listOrder).toBe(5);
  });

  it('refuses to restore a delegate whose code was given to someone else, or one not removed', () => {
    const d = roster();
    const alt1 = idOf(d, 'ALT1');
    d.run(removeDelegate, { delegateId: alt1 });
    const taker = d.run(addDelegate, delegateFields('alt1'));
    const before = d.state;
    expect(refusedWith(() => d.run(restoreDelegate, { delegateId: alt1 }))).toBe('delegate.codeTaken');
    expect(d.state).toBe(before);
    expect(refusedWith(() => d.run(restoreDelegate, { delegateId: idOf(d, 'C01') }))).toBe('delegate.notRemoved');
    d.run(removeDelegate, { delegateId: taker.id });
    d.run(restoreDelegate, { delegateId: alt1 });
    expect(refusedWith(() => d.run(restoreDelegate, { delegateId: alt1 }))).toBe('delegate.notRemoved');
  });

  it('replays a journal written before restores existed as before, and can still restore a removal it holds', () => {
    const delegate = (id: string, code: string, listOrder: number) => ({ ...delegateFields(code), id, listOrder });
    // The earlier undo re-added the delegate under a new id at the end of the order.
    const lines: JournalEntry[] = [
      { seq: 1, at: '2026-07-23T01:00:00.000Z', actor: 'desk', type: 'roster.imported', payload: { fileName: 'a.csv', delegates: [delegate('a', 'A', 0), delegate('b', 'B', 1), delegate('c', 'C', 2)] } },
      { seq: 2, at: '2026-07-23T01:01:00.000Z', actor: 'desk', type: 'delegate.removed', payload: { delegateId: 'b' } },
      { seq: 3, at: '2026-07-23T01:02:00.000Z', actor: 'desk', type: 'delegate.added', payload: { delegate: delegate('b2', 'B', 3) } },
      { seq: 4, at: '2026-07-23T01:03:00.000Z', actor: 'desk', type: 'delegate.removed', payload: { delegateId: 'c' } },
    ];
    const d = new TestDesk();
    d.state = lines.reduce(reduceSession, EMPTY_SESSION);
    expect([...d.state.roster.delegates.values()].map((x) => [x.id, x.code, x.listOrder])).toEqual([
      ['a', 'A', 0],
      ['b2', 'B', 3],
    ]);
    expect(d.state.roster.byCode.get('b')).toBe('b2');
    expect(d.state.roster.nextListOrder).toBe(4);
    d.run(createCongress, congressInput());
    expect(refusedWith(() => d.run(restoreDelegate, { delegateId: 'b' }))).toBe('delegate.codeTaken');
    expect(d.run(restoreDelegate, { delegateId: 'c' })).toMatchObject({ id: 'c', code: 'C', listOrder: 2 });
  });
});
