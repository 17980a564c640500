import { z } from 'zod';
import { clockTime, id, multilineText, requiredText, text } from '../schema-helpers.js';

/** What an agenda item is, in the congress's own terms; the run sheet and the hall show it. */
export const AGENDA_KINDS = ['ceremony', 'speech', 'report', 'discussion', 'election', 'vote', 'procedure', 'break'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_LIMITS = {
  title: 300,
  description: 2000,
  notes: 2000,
  presenterName: 200,
  presenterTitle: 300,
  /** A whole working day: no single item is planned longer. */
  durationMinutes: 600,
  /** Items (with sub-items) alive in one congress: far beyond any real agenda, small enough to render unvirtualised. */
  items: 1000,
} as const;

/**
 * Who presents an item: a person on the roster (delegates and the guests listed there), or a guest
 * who is not on it, given by name and title as the agenda prints them.
 */
export const presenterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delegate'), delegateId: id }),
  z.object({
    kind: z.literal('guest'),
    name: requiredText(AGENDA_LIMITS.presenterName),
    title: text(AGENDA_LIMITS.presenterTitle),
  }),
]);
export type Presenter = Readonly<z.infer<typeof presenterSchema>>;

/** What a person edits about an item; where it sits in the agenda is separate. */
export const agendaItemFieldsSchema = z.object({
  title: requiredText(AGENDA_LIMITS.title),
  kind: z.enum(AGENDA_KINDS),
  presenter: presenterSchema.nullable(),
  /** A time the item must not start before (HH:MM); null: it follows the item before it. */
  fixedStart: clockTime.nullable(),
  /** Planned length; an item with sub-items lasts as long as its sub-items together. */
  durationMinutes: z.number().int().min(0).max(AGENDA_LIMITS.durationMinutes),
  /** Printed on the public agenda and shown to the hall. */
  description: multilineText(AGENDA_LIMITS.description),
  /** For the presidium only: on the chair's run sheet and the desk, never on the hall display. */
  notes: multilineText(AGENDA_LIMITS.notes),
});
export type AgendaItemFields = Readonly<z.infer<typeof agendaItemFieldsSchema>>;

export const agendaItemSchema = agendaItemFieldsSchema.extend({
  id,
  sittingId: id,
  /** The item this one is a sub-item of; agendas have one level of sub-items. */
  parentId: id.nullable(),
});
export type AgendaItem = Readonly<z.infer<typeof agendaItemSchema>>;

export type AgendaItemId = string;

export const EMPTY_AGENDA_FIELDS: AgendaItemFields = {
  title: '',
  kind: 'procedure',
  presenter: null,
  fixedStart: null,
  durationMinutes: 5,
  description: '',
  notes: '',
};

export function fieldsOf(item: AgendaItem): AgendaItemFields {
  const { id: _id, sittingId: _sitting, parentId: _parent, ...fields } = item;
  return fields;
}
