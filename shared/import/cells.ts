// A cell as the text it holds, whatever the reader gave: CSV gives text with whatever an old
// system left in it; a workbook also gives numbers, booleans and dates.

import { cleanText } from '../text/fold.js';
import type { Cell } from './table.js';

/** Control characters other than line breaks and tabs are invisible junk from old systems. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** A cell as stored text: NFC, invisible marks and control characters removed, single spaces. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell.replace(CONTROLS, ''));
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : displayDate(isoFromUtc(cell));
}

/** The calendar date of a date held at midnight UTC, as a workbook's date cells and Excel's serials are. */
export function isoFromUtc(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** dd/mm/yyyy, the form the user typed and reads in messages. */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}
