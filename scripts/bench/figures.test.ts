import { describe, expect, it } from 'vitest';
import { distribution, quantile } from './figures.js';

describe('benchmark statistics', () => {
  it('takes quantiles by nearest rank, always an observed sample', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(samples, 0.5)).toBe(5);
    expect(quantile(samples, 0.95)).toBe(10);
    expect(quantile(samples, 0.9)).toBe(9);
    expect(quantile([42], 0.95)).toBe(42);
    expect(quantile([], 0.5)).toBeNaN();
    expect(distribution(Array.from({ length: 100 }, (_, i) => i + 1))).toEqual({ median: 50, p95: 95, samples: 100 });
  });
});
