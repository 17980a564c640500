import { z } from 'zod';
import { cleanMultilineText, cleanText } from '../text/fold.js';

/** Text a person typed: stored NFC, trimmed, single-spaced; bounded so no file can blow up the UI. */
export const text = (max: number) => z.string().max(max * 4).transform(cleanText).pipe(z.string().max(max));
export const requiredText = (max: number) =>
  z.string().max(max * 4).transform(cleanText).pipe(z.string().min(1).max(max));

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine(isRealDate, 'not a real date');
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Text over several lines (descriptions, notes): stored like `text`, with its line breaks kept. */
export const multilineText = (max: number) => z.string().max(max * 4).transform(cleanMultilineText).pipe(z.string().max(max));
