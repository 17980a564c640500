import { z } from 'zod';
import type { JournalEntry } from '../../shared/domain/events.js';

/** The first line of every session file. */
export const JOURNAL_FORMAT = 'congress-desk/session';
export const JOURNAL_VERSION = 1;
export const SESSION_EXTENSION = '.congress';

export const journalHeaderSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.number().int().min(1),
  congressId: z.string().min(1).max(64),
  createdAt: z.string(),
  app: z.string().max(40),
});
export type JournalHeader = z.infer<typeof journalHeaderSchema>;

/** The header as it is written: one JSON line. */
export function headerLine(header: JournalHeader): string {
  return JSON.stringify(header) + '\n';
}

/** Entries as they are written: one JSON line each, fields in a fixed order. */
export function entryLines(entries: readonly JournalEntry[]): string {
  let text = '';
  for (const e of entries) text += JSON.stringify({ seq: e.seq, at: e.at, actor: e.actor, type: e.type, payload: e.payload }) + '\n';
  return text;
}
