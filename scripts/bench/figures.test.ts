import { describe, expect, it } from 'vitest';
import { distribution, quantile } from './figures.js';
import { pdfPageCount } from './pdf-case.js';

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

describe('pages of a printed PDF', () => {
  it('counts the page objects, not the page tree', () => {
    const pdf = (pages: number) =>
      new TextEncoder().encode(
        ['%PDF-1.4', '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', `2 0 obj << /Type /Pages /Count ${pages} >> endobj`]
          .concat(Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj`))
          .join('\n'),
      );
    expect(pdfPageCount(pdf(3))).toBe(3);
    expect(pdfPageCount(pdf(1))).toBe(1);
    expect(pdfPageCount(pdf(0))).toBe(0);
  });
});
