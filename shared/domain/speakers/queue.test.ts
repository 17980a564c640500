import { describe, expect, it } from 'vitest';
import type { Speech, SpeechKind, SpeechStatus } from './model.js';
import { applyPlacement, arrangeQueue, placeAt, speakerKey } from './queue.js';

function speech(id: string, who: string, kind: SpeechKind = 'floorRequest', status: SpeechStatus = 'waiting'): Speech {
  return {
    id,
    discussionId: 'd',
    speaker: { kind: 'delegate', delegateId: who },
    kind,
    title: '',
    document: '',
    limitSeconds: null,
    registeredAt: '2026-07-23T02:00:00.000Z',
    status,
    timing: null,
  };
}

const ids = (queue: ReturnType<typeof arrangeQueue>) => queue.map((q) => q.speech.id);

describe('queue rules', () => {
  it('keeps the arrangement when no rule applies, and lists only waiting speeches', () => {
    const arranged = [speech('a', 'A'), speech('b', 'B', 'floorRequest', 'withdrawn'), speech('c', 'C'), speech('d', 'D', 'floorRequest', 'ended')];
    expect(ids(arrangeQueue(arranged, false))).toEqual(['a', 'c']);
  });

  it('puts points of order ahead of the waiting list, in their own order', () => {
    const arranged = [speech('a', 'A', 'preparedContribution'), speech('p1', 'P', 'pointOfOrder'), speech('b', 'B'), speech('p2', 'Q', 'pointOfOrder')];
    const queue = arrangeQueue(arranged, false);
    expect(ids(queue)).toEqual(['p1', 'p2', 'a', 'b']);
    expect(queue.map((q) => q.group)).toEqual(['pointOfOrder', 'pointOfOrder', 'firstTime', 'firstTime']);
  });

  it('with the option on, puts speakers who have not yet spoken ahead of those who have', () => {
    // A has spoken (ended), B is speaking now; both asked again. C and D have not spoken.
    const arranged = [
      speech('a1', 'A', 'floorRequest', 'ended'),
      speech('b1', 'B', 'preparedContribution', 'speaking'),
      speech('a2', 'A'),
      speech('c', 'C'),
      speech('b2', 'B'),
      speech('p', 'A', 'pointOfOrder'),
      speech('d', 'D'),
    ];
    const on = arrangeQueue(arranged, true);
    expect(ids(on)).toEqual(['p', 'c', 'd', 'a2', 'b2']);
    expect(on.map((q) => q.group)).toEqual(['pointOfOrder', 'firstTime', 'firstTime', 'again', 'again']);
    expect(on.filter((q) => q.spokenBefore).map((q) => q.speech.id)).toEqual(['p', 'a2', 'b2']);
    // Off: the arrangement stands (points of order still first), but who spoke is still known.
    const off = arrangeQueue(arranged, false);
    expect(ids(off)).toEqual(['p', 'a2', 'c', 'b2', 'd']);
    expect(off.find((q) => q.speech.id === 'a2')?.spokenBefore).toBe(true);
  });

  it('does not count a withdrawn or waiting speech as having spoken', () => {
    const arranged = [speech('a1', 'A', 'floorRequest', 'withdrawn'), speech('b', 'B'), speech('a2', 'A')];
    expect(ids(arrangeQueue(arranged, true))).toEqual(['b', 'a2']);
  });

  it('recognises a guest by name whatever the diacritics and case', () => {
    const guest = (name: string) => ({ kind: 'guest' as const, name, title: '' });
    expect(speakerKey(guest('Nguyễn Văn Đức'))).toBe(speakerKey(guest('nguyen van duc')));
    expect(speakerKey(guest('Nguyễn Văn Đức'))).not.toBe(speakerKey({ kind: 'delegate', delegateId: 'Nguyễn Văn Đức' }));
  });
});

describe('placing a speech at a position of the waiting list', () => {
  const queue = arrangeQueue([speech('a', 'A'), speech('b', 'B'), speech('c', 'C'), speech('d', 'D')], false);

  it('puts it before the speech it will precede, or after the last', () => {
    expect(placeAt(queue, 'd', 0)).toEqual({ anchorSpeechId: 'a', side: 'before' });
    expect(placeAt(queue, 'a', 2)).toEqual({ anchorSpeechId: 'd', side: 'before' });
    expect(placeAt(queue, 'a', 3)).toEqual({ anchorSpeechId: 'd', side: 'after' });
    expect(placeAt(queue, 'b', 99)).toEqual({ anchorSpeechId: 'd', side: 'after' });
    expect(placeAt(queue, 'c', -4)).toEqual({ anchorSpeechId: 'a', side: 'before' });
    expect(applyPlacement(['a', 'b', 'c', 'd'], 'a', { anchorSpeechId: 'd', side: 'after' })).toEqual(['b', 'c', 'd', 'a']);
    expect(applyPlacement(['a', 'b', 'c', 'd'], 'd', { anchorSpeechId: 'b', side: 'before' })).toEqual(['a', 'd', 'b', 'c']);
  });

  it('keeps it within its group, next to a speech of the same group wherever that is arranged', () => {
    // Arranged: x (spoke), a2 (A again), b, p (point of order), c. A has spoken: a2 is in "again".
    const arranged = [speech('a1', 'A', 'floorRequest', 'ended'), speech('a2', 'A'), speech('b', 'B'), speech('p', 'P', 'pointOfOrder'), speech('c', 'C')];
    const q = arrangeQueue(arranged, true);
    expect(ids(q)).toEqual(['p', 'b', 'c', 'a2']);
    // c dragged to the very top stops below the point of order: before b.
    expect(placeAt(q, 'c', 0)).toEqual({ anchorSpeechId: 'b', side: 'before' });
    // b dragged to the bottom stops above the "again" group: after c, not before a2 (arranged first).
    expect(placeAt(q, 'b', 3)).toEqual({ anchorSpeechId: 'c', side: 'after' });
    const moved = applyPlacement(arranged.map((x) => x.id), 'b', { anchorSpeechId: 'c', side: 'after' });
    expect(ids(arrangeQueue(moved.flatMap((id) => arranged.filter((x) => x.id === id)), true))).toEqual(['p', 'c', 'b', 'a2']);
    // Alone in its group: nowhere to go.
    expect(placeAt(q, 'p', 3)).toBe('stays');
    expect(placeAt(q, 'a2', 0)).toBe('stays');
  });

  it('refuses a speech that is not waiting', () => {
    expect(placeAt(queue, 'zz', 0)).toBeNull();
  });
});
