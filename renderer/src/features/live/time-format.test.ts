import { describe, expect, it } from 'vitest';
import { formatSpan } from './time-format';

describe('timer text', () => {
  it('shows minutes and seconds, hours only when needed, never negative', () => {
    expect(formatSpan(0)).toBe('0:00');
    expect(formatSpan(245.9)).toBe('4:05');
    expect(formatSpan(3750)).toBe('1:02:30');
    expect(formatSpan(-5)).toBe('0:00');
  });
});
