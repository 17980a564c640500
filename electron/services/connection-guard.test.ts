import { describe, expect, it } from 'vitest';
import { connectionGuard, type GuardedSocket } from './connection-guard.js';

class FakeSocket implements GuardedSocket {
  destroyed = false;
  private onClose: (() => void) | null = null;
  constructor(readonly name: string) {}
  destroy(): void {
    this.destroyed = true;
    this.onClose?.();
  }
  once(_event: 'close', listener: () => void): this {
    this.onClose = listener;
    return this;
  }
}

const names = (sockets: FakeSocket[]) => sockets.filter((s) => s.destroyed).map((s) => s.name);

describe('connection guard', () => {
  it('admits up to the limit, then closes the oldest stranger to make room', () => {
    const guard = connectionGuard(3);
    const sockets = ['a', 'b', 'c', 'd', 'e'].map((n) => new FakeSocket(n));
    for (const s of sockets) guard.admit(s);
    expect(names(sockets)).toEqual(['a', 'b']);
    expect(guard.open).toBe(3);
    expect(guard.evicted).toBe(2);
  });

  it('never evicts a connection that has shown the token', () => {
    const guard = connectionGuard(2);
    const desk = new FakeSocket('desk');
    guard.admit(desk);
    guard.trust(desk);
    const flood = Array.from({ length: 50 }, (_, i) => new FakeSocket(`f${i}`));
    for (const s of flood) guard.admit(s);
    expect(desk.destroyed).toBe(false);
    expect(names(flood)).toEqual(flood.slice(0, 49).map((s) => s.name));
    // A new desk connection still gets in and, once trusted, stays.
    const second = new FakeSocket('desk2');
    guard.admit(second);
    guard.trust(second);
    guard.admit(new FakeSocket('late'));
    expect(second.destroyed).toBe(false);
    expect(desk.destroyed).toBe(false);
  });

  it('turns away a newcomer when every open connection is trusted', () => {
    const guard = connectionGuard(1);
    const desk = new FakeSocket('desk');
    guard.admit(desk);
    guard.trust(desk);
    const stranger = new FakeSocket('stranger');
    guard.admit(stranger);
    expect(stranger.destroyed).toBe(true);
    expect(desk.destroyed).toBe(false);
  });

  it('forgets closed connections', () => {
    const guard = connectionGuard(2);
    const a = new FakeSocket('a');
    guard.admit(a);
    a.destroy();
    expect(guard.open).toBe(0);
    const b = new FakeSocket('b');
    const c = new FakeSocket('c');
    guard.admit(b);
    guard.admit(c);
    expect(names([b, c])).toEqual([]);
  });
});
