import { describe, expect, it } from 'vitest';
import { MEMBER, delegateOf, handDesk, idOf, rosterDesk } from '../../../tests/support/credentials.js';
import { refusal, type TestDesk } from '../../../tests/support/domain.js';
import { updateDelegate } from '../roster/commands.js';
import type { DelegateFields } from '../roster/model.js';
import { seatAlternate, unseatAlternate } from './commands.js';
import { nextAlternate, seatingInvolving } from './alternates.js';

const edit = (desk: TestDesk, code: string, change: Partial<DelegateFields>) => {
  const { id: _id, listOrder: _order, ...fields } = delegateOf(desk, code);
  return desk.run(updateDelegate, { delegateId: idOf(desk, code), fields: { ...fields, ...change } });
};

// In handDesk, C02 (Chi bộ C) is replaced by the alternate ALT1 (Chi bộ C); ALT2 is the next alternate.
const LOCKED = { code: 'delegate.lockedInSeating', params: { replaced: 'Nguyễn Văn C02', alternate: 'Nguyễn Văn ALT1' } };

describe('the category and organisation of both delegates of a seating', () => {
  it('refuses a new category for the replaced delegate and for the seated alternate, naming both', () => {
    const desk = handDesk();
    const count = desk.entries.length;
    expect(refusal(() => edit(desk, 'C02', { category: 'appointed' }))).toEqual(LOCKED);
    expect(refusal(() => edit(desk, 'ALT1', { category: 'elected' }))).toEqual(LOCKED);
    expect(desk.entries.length).toBe(count);
    expect(delegateOf(desk, 'ALT1').category).toBe('alternate');
  });

  it('refuses another organisation for the replaced delegate and for the seated alternate, naming both', () => {
    const desk = handDesk();
    const count = desk.entries.length;
    expect(refusal(() => edit(desk, 'C02', { organisation: 'Chi bộ A' }))).toEqual(LOCKED);
    expect(refusal(() => edit(desk, 'ALT1', { organisation: 'Chi bộ B' }))).toEqual(LOCKED);
    // Together with another change, the whole edit is refused.
    expect(refusal(() => edit(desk, 'ALT1', { organisation: 'Chi bộ B', position: 'Bí thư' }))).toEqual(LOCKED);
    expect(desk.entries.length).toBe(count);
    expect(delegateOf(desk, 'C02').organisation).toBe('Chi bộ C');
    expect(delegateOf(desk, 'ALT1').organisation).toBe('Chi bộ C');
    expect(delegateOf(desk, 'ALT1').position).not.toBe('Bí thư');
    expect(seatingInvolving(desk.state, idOf(desk, 'ALT1'))?.replacedId).toBe(idOf(desk, 'C02'));
  });

  it('still edits the name, the position and the rest of either delegate', () => {
    const desk = handDesk();
    expect(edit(desk, 'C02', { fullName: 'Phan Trọng Hải', position: 'Bí thư chi bộ' })).toMatchObject({
      fullName: 'Phan Trọng Hải',
      category: 'elected',
      organisation: 'Chi bộ C',
    });
    expect(edit(desk, 'ALT1', { fullName: 'Trương Trung Anh', gender: 'female' })).toMatchObject({ fullName: 'Trương Trung Anh', category: 'alternate' });
    // The message names them as they are now.
    expect(refusal(() => edit(desk, 'C02', { category: 'exOfficio' })).params).toEqual({ replaced: 'Phan Trọng Hải', alternate: 'Trương Trung Anh' });
    expect(refusal(() => edit(desk, 'ALT1', { organisation: 'Tỉnh ủy' })).params).toEqual({ replaced: 'Phan Trọng Hải', alternate: 'Trương Trung Anh' });
  });

  it('lets the category and organisation change once the seating is undone, and leaves delegates outside seatings alone', () => {
    const desk = handDesk();
    expect(edit(desk, 'A01', { category: 'appointed', organisation: 'Chi bộ B' })).toMatchObject({ category: 'appointed', organisation: 'Chi bộ B' });
    expect(edit(desk, 'ALT2', { organisation: 'Chi bộ A' }).organisation).toBe('Chi bộ A');
    desk.run(unseatAlternate, { alternateId: idOf(desk, 'ALT1'), note: '', member: MEMBER });
    expect(seatingInvolving(desk.state, idOf(desk, 'C02'))).toBeUndefined();
    expect(edit(desk, 'C02', { organisation: 'Chi bộ A' }).organisation).toBe('Chi bộ A');
    expect(edit(desk, 'ALT1', { organisation: 'Chi bộ B', category: 'elected' })).toMatchObject({ organisation: 'Chi bộ B', category: 'elected' });
    // The alternate who moved is no longer Chi bộ C's to seat.
    expect(nextAlternate(desk.state, 'Chi bộ C')).toBeUndefined();
  });

  it('finds the seating from either side', () => {
    const desk = rosterDesk();
    desk.run(seatAlternate, { replacedId: idOf(desk, 'C02'), alternateId: idOf(desk, 'ALT1'), reason: 'absent', note: '', member: MEMBER });
    expect(seatingInvolving(desk.state, idOf(desk, 'C02'))?.alternateId).toBe(idOf(desk, 'ALT1'));
    expect(seatingInvolving(desk.state, idOf(desk, 'ALT1'))?.replacedId).toBe(idOf(desk, 'C02'));
    expect(seatingInvolving(desk.state, idOf(desk, 'ALT2'))).toBeUndefined();
  });
});
