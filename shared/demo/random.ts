// A small seeded generator (mulberry32) so that the demo congress is the same on every machine and
// every start: the same options always give the same delegates.

export type Weighted<T> = readonly (readonly [T, number])[];

export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** An integer in [min, max] leaning towards the middle (the mean of two draws). */
  middling(min: number, max: number): number {
    return Math.round((this.int(min, max) + this.int(min, max)) / 2);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Removes and returns a random item, or undefined when none is left. */
  take<T>(items: T[]): T | undefined {
    if (items.length === 0) return undefined;
    return items.splice(Math.floor(this.next() * items.length), 1)[0];
  }

  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let r = this.next() * total;
    for (const [item, weight] of items) {
      r -= weight;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new RangeError('pick from an empty list');
    return last[0];
  }
}
