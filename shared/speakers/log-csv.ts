// The speech log as a CSV file for Excel, with headings in the reader's language. Times are
// written as Excel reads them in any region (2026-07-23 09:40:05, local time) and durations as
// h:mm:ss, which Excel takes as a duration it can add up.

import type { SpeechLogEntry } from '../domain/speakers/log.js';
import { toCsv, type CsvSeparator } from '../export/csv.js';
import type { Translate } from '../roster/messages.js';
import { localIsoDate } from '../local-date.js';

export const LOG_COLUMNS = [
  'number',
  'discussion',
  'speaker',
  'code',
  'detail',
  'kind',
  'title',
  'start',
  'end',
  'duration',
  'allowed',
  'overrun',
  'note',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date and time, as "2026-07-23 09:40:05". */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  return `${localIsoDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A duration as h:mm:ss (0:07:30), rounded down to the second. */
export function hms(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 3600)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

export function speechLogRows(entries: readonly SpeechLogEntry[], t: Translate): string[][] {
  const header = LOG_COLUMNS.map((column) => t(`speakers.log.columns.${column}`, {}));
  const rows = entries.map((e) => [
    String(e.number),
    e.discussionTitle,
    e.speaker.name,
    e.speaker.code ?? '',
    e.speaker.detail,
    t(`speakers.kind.${e.kind}`, {}),
    e.title,
    localDateTime(e.startedAt),
    e.endedAt === null ? '' : localDateTime(e.endedAt),
    hms(e.durationMs),
    e.allowedMs === null ? '' : hms(e.allowedMs),
    e.overrunMs > 0 ? hms(e.overrunMs) : '',
    e.endedAt === null ? t('speakers.log.inProgress', {}) : e.recorded ? t('speakers.log.recorded', {}) : '',
  ]);
  return [header, ...rows];
}

export function speechLogCsv(entries: readonly SpeechLogEntry[], t: Translate, separator: CsvSeparator = ','): string {
  return toCsv(speechLogRows(entries, t), { separator });
}
