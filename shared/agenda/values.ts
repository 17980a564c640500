// Reading one cell of an agenda file as what its column holds. Offices write times as 07:30, 7h30,
// 7 giờ 30 or 7.30, often as a range ("7h30 - 8h00"); durations as 15, 15 phút or 15'; kinds in
// Vietnamese or English. All of these are read; anything else is reported, never guessed.

import type { AgendaKind } from '../domain/agenda/model.js';
import { AGENDA_KINDS } from '../domain/agenda/model.js';
import { headerKey } from '../text/fold.js';
import { cellText } from '../import/cells.js';
import type { Cell } from '../import/table.js';

const KIND_WORDS: ReadonlyMap<string, AgendaKind> = new Map(
  (
    [
      ['ceremony', ['Nghi lễ', 'Nghi thức', 'Lễ', 'Chào cờ', 'Ceremony']],
      ['speech', ['Phát biểu', 'Diễn văn', 'Bài phát biểu', 'Speech', 'Address']],
      ['report', ['Báo cáo', 'Trình bày báo cáo', 'Report']],
      ['discussion', ['Thảo luận', 'Tham luận', 'Discussion', 'Debate']],
      ['election', ['Bầu cử', 'Bầu', 'Election']],
      ['vote', ['Biểu quyết', 'Thông qua', 'Vote', 'Adoption']],
      ['procedure', ['Thủ tục', 'Tổ chức', 'Procedure', 'Procedural']],
      ['break', ['Giải lao', 'Nghỉ giải lao', 'Nghỉ', 'Nghỉ trưa', 'Break', 'Pause', 'Recess']],
    ] as const
  ).flatMap(([kind, words]) => words.map((word) => [headerKey(word), kind] as const)),
);

/** An agenda kind written in words (also the English names used in code); null when unknown. */
export function readKind(text: string): AgendaKind | null {
  const key = headerKey(text);
  return KIND_WORDS.get(key) ?? AGENDA_KINDS.find((k) => k.toLowerCase() === key) ?? null;
}

/** The kind an item's title suggests, for files without a kind column: "Giải lao" is a break. */
export function kindFromTitle(title: string): AgendaKind {
  const key = headerKey(title);
  const starts: readonly [string, AgendaKind][] = [
    ['giailao', 'break'],
    ['nghi', 'break'],
    ['break', 'break'],
    ['chaoco', 'ceremony'],
    ['baocao', 'report'],
    ['report', 'report'],
    ['thaoluan', 'discussion'],
    ['thamluan', 'discussion'],
    ['discussion', 'discussion'],
    ['bieuquyet', 'vote'],
    ['thongqua', 'vote'],
    ['adoption', 'vote'],
    ['vote', 'vote'],
    ['bau', 'election'],
    ['election', 'election'],
    ['phatbieu', 'speech'],
    ['dienvan', 'speech'],
    ['speech', 'speech'],
  ];
  return starts.find(([prefix]) => key.startsWith(prefix))?.[1] ?? 'procedure';
}

export type TimeReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'time'; readonly start: string; readonly minutes: number | null }
  | { readonly kind: 'format' };

const pad = (n: number) => String(n).padStart(2, '0');

/** 07:30, 7h30, 7h, 7 giờ 30, 7g30, 7.30: one time of day, as HH:MM. */
function readClock(text: string): string | null {
  const match = /^(\d{1,2})\s*(?::|h|g|giờ|gio|\.)\s*(\d{2})?\s*(?:phút|phut|p|')?$/i.exec(text.trim()) ?? /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A start time, or a range "7h30 - 8h00" giving the start and the length; Excel times too. */
export function readTime(cell: Cell): TimeReading {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'format' };
    return { kind: 'time', start: `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`, minutes: null };
  }
  if (typeof cell === 'number') {
    // Excel keeps a time of day as a fraction of a day.
    if (cell < 0 || cell >= 1) return { kind: 'format' };
    const total = Math.round(cell * 1440);
    return { kind: 'time', start: `${pad(Math.floor(total / 60))}:${pad(total % 60)}`, minutes: null };
  }
  const text = cellText(cell);
  if (text === '') return { kind: 'none' };
  const parts = text.split(/\s*(?:-|–|—|→|đến|den|to)\s*/i).filter((p) => p !== '');
  if (parts.length === 1) {
    const start = readClock(parts[0] ?? '');
    return start === null ? { kind: 'format' } : { kind: 'time', start, minutes: null };
  }
  if (parts.length === 2) {
    const start = readClock(parts[0] ?? '');
    const end = readClock(parts[1] ?? '');
    if (start === null || end === null) return { kind: 'format' };
    const minutes = toMinutes(end) - toMinutes(start);
    return minutes >= 0 ? { kind: 'time', start, minutes } : { kind: 'format' };
  }
  return { kind: 'format' };
}

function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Minutes as 15, 15 phút, 15', 15 min, 1h30 or 1:30; null when unreadable. */
export function readDuration(cell: Cell): number | null | 'none' {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : null;
  const text = cellText(cell);
  if (text === '') return 'none';
  const minutes = /^(\d{1,3})\s*(?:phút|phut|p|'|’|min|mins|minutes|minute|m)?\.?$/i.exec(text);
  if (minutes) return Number(minutes[1]);
  const hours = /^(\d{1,2})\s*(?:h|giờ|gio|:)\s*(\d{1,2})?\s*(?:phút|phut|p|')?$/i.exec(text);
  const extra = Number(hours?.[2] ?? '0');
  // "1h70" is no length: past 59 the minutes are a typing mistake, not an hour more.
  if (hours && extra < 60) return Number(hours[1]) * 60 + extra;
  return null;
}
