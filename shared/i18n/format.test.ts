import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatNumber, formatPercent } from './format.js';

describe('formatting', () => {
  it('writes numbers, dates and times as each language does, with reused formatters giving the same text', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatNumber(5112, 'vi')).toBe('5.112');
      expect(formatNumber(5112, 'en')).toBe('5,112');
      expect(formatPercent(0.6667, 'en')).toBe('66.7%');
      expect(formatDate('2020-07-23', 'vi')).toBe('23/07/2020');
      expect(formatDate('2020-07-23', 'en')).toBe('23/07/2020');
      const at = '2026-07-23T00:42:05.000Z';
      expect(formatClock(at, 'vi')).toBe(new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(at)));
      expect(formatClock(at, 'en', true)).toMatch(/^\d{2}:42:05$/);
      expect(formatClock(at, 'en')).toMatch(/^\d{2}:42$/);
    }
  });
});
