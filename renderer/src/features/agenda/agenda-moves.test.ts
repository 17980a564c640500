import { describe, expect, it } from 'vitest';
import { add, desk, plan } from '../../../../tests/support/agenda';
import { dropMove, keyboardMove, moveKeyOf } from './agenda-moves';

/** A 1, B 2 with B1 2.1 and B2 2.2, C 3, in the morning sitting. */
function agenda() {
  const d = desk();
  const a = add(d, 'A', 5);
  const b = add(d, 'B', 0);
  const b1 = add(d, 'B1', 5, { parentId: b.id });
  const b2 = add(d, 'B2', 5, { parentId: b.id });
  const c = add(d, 'C', 5);
  return { p: plan(d), a, b, b1, b2, c };
}

describe('moving agenda items with the keyboard', () => {
  it('reads only Alt with an arrow as a move', () => {
    const key = (k: string, alt = true, ctrl = false) => moveKeyOf({ key: k, altKey: alt, ctrlKey: ctrl, metaKey: false });
    expect([key('ArrowUp'), key('ArrowDown'), key('ArrowRight'), key('ArrowLeft')]).toEqual(['up', 'down', 'indent', 'outdent']);
    expect([key('ArrowUp', false), key('ArrowUp', true, true), key('Enter')]).toEqual([null, null, null]);
  });

  it('moves up and down within its list, and not past its ends', () => {
    const { p, a, b1, b2, c } = agenda();
    expect(keyboardMove(p, c.id, 'up')).toEqual({ itemId: c.id, sittingId: 'am', parentId: null, index: 1 });
    expect(keyboardMove(p, a.id, 'up')).toBeNull();
    expect(keyboardMove(p, c.id, 'down')).toBeNull();
    expect(keyboardMove(p, b1.id, 'down')).toEqual({ itemId: b1.id, sittingId: 'am', parentId: p.rows[1]?.item.id, index: 1 });
    expect(keyboardMove(p, b2.id, 'down')).toBeNull();
  });

  it('goes into the item above as its last sub-item, and out again right after its item', () => {
    const { p, a, b, b2, c } = agenda();
    expect(keyboardMove(p, c.id, 'indent')).toEqual({ itemId: c.id, sittingId: 'am', parentId: b.id, index: 2 });
    expect(keyboardMove(p, b2.id, 'outdent')).toEqual({ itemId: b2.id, sittingId: 'am', parentId: null, index: 2 });
    // The first item has nothing above; an item with sub-items cannot become one; a sub-item is already in.
    expect(keyboardMove(p, a.id, 'indent')).toBeNull();
    expect(keyboardMove(p, b.id, 'indent')).toBeNull();
    expect(keyboardMove(p, b2.id, 'indent')).toBeNull();
    expect(keyboardMove(p, a.id, 'outdent')).toBeNull();
  });
});

describe('moving agenda items by dragging', () => {
  it('takes the place of the item dropped on, in the same list or among another item\'s sub-items', () => {
    const { p, a, b, b1, c } = agenda();
    expect(dropMove(p, c.id, a.id)).toEqual({ itemId: c.id, sittingId: 'am', parentId: null, index: 0 });
    expect(dropMove(p, a.id, c.id)).toEqual({ itemId: a.id, sittingId: 'am', parentId: null, index: 2 });
    // Dropped on a sub-item, a top-level item takes its item's place.
    expect(dropMove(p, c.id, b1.id)).toEqual({ itemId: c.id, sittingId: 'am', parentId: null, index: 1 });
    expect(dropMove(p, b.id, b1.id)).toBeNull();
    // A sub-item dropped on a top-level item stays put.
    expect(dropMove(p, b1.id, a.id)).toBeNull();
    expect(dropMove(p, a.id, a.id)).toBeNull();
  });
});
