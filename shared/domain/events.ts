import { z } from 'zod';
import { congressEventSchemas } from './congress/events.js';
import { rosterEventSchemas } from './roster/events.js';
import { attendanceEventSchemas } from './attendance/events.js';
import { speakersEventSchemas } from './speakers/events.js';
import { agendaEventSchemas } from './agenda/events.js';
import { credentialsEventSchemas } from './credentials/events.js';
import { signersEventSchemas } from './signers/events.js';
import { isoInstant } from './schema-helpers.js';

/**
 * Every event a session journal can hold. Event types are stable names: a journal written today
 * must replay in every later version. Add new types; never change the meaning of an old one.
 */
export const sessionEventSchema = z.discriminatedUnion('type', [
  ...congressEventSchemas,
  ...rosterEventSchemas,
  ...attendanceEventSchemas,
  ...speakersEventSchemas,
  ...agendaEventSchemas,
  ...credentialsEventSchemas,
  ...signersEventSchemas,
]);
export type SessionEvent = z.infer<typeof sessionEventSchema>;
export type EventType = SessionEvent['type'];
export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;

export const ACTOR_MAX = 64;

/** One line of the journal: the event with its sequence number, time and author. */
export const journalEntrySchema = z.intersection(
  z.object({
    seq: z.number().int().min(1),
    at: isoInstant,
    actor: z.string().min(1).max(ACTOR_MAX),
  }),
  sessionEventSchema,
);
export type JournalEntry = Readonly<{ seq: number; at: string; actor: string }> & SessionEvent;
export type EntryOf<T extends EventType> = Readonly<{ seq: number; at: string; actor: string }> & EventOf<T>;
