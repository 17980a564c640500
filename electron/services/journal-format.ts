import { z } from 'zod';

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
