import { z } from 'zod';
import { agendaItemFieldsSchema, agendaItemSchema, AGENDA_LIMITS } from './model.js';
import { id, text } from '../schema-helpers.js';

/** Where a batch of items came from: the usual agenda of a new congress, a CSV file, the demo. */
export const AGENDA_SOURCES = ['template', 'import', 'demo'] as const;
export type AgendaSource = (typeof AGENDA_SOURCES)[number];

const position = { sittingId: id, parentId: id.nullable(), index: z.number().int().min(0) };

export const agendaEventSchemas = [
  /** One item placed at `index` among the items of its sitting, or of its parent item. */
  z.object({ type: z.literal('agenda.itemAdded'), payload: z.object({ item: agendaItemSchema, index: z.number().int().min(0) }) }),
  /** Items appended to a sitting in order, each sub-item after the item it belongs to. */
  z.object({
    type: z.literal('agenda.itemsAdded'),
    payload: z.object({
      sittingId: id,
      source: z.enum(AGENDA_SOURCES),
      fileName: text(260),
      items: z.array(agendaItemSchema).min(1).max(AGENDA_LIMITS.items),
    }),
  }),
  z.object({ type: z.literal('agenda.itemUpdated'), payload: z.object({ itemId: id, fields: agendaItemFieldsSchema }) }),
  /** To another place; `index` counts the siblings at the new place without the item itself. */
  z.object({ type: z.literal('agenda.itemMoved'), payload: z.object({ itemId: id, ...position }) }),
  /** A copy, with copies of its sub-items, placed right after the original. */
  z.object({
    type: z.literal('agenda.itemDuplicated'),
    payload: z.object({ sourceItemId: id, item: agendaItemSchema, subItems: z.array(agendaItemSchema).max(AGENDA_LIMITS.items) }),
  }),
  /** Removes the item and its sub-items; they are kept aside so that `agenda.itemRestored` can put them back. */
  z.object({ type: z.literal('agenda.itemDeleted'), payload: z.object({ itemId: id }) }),
  z.object({ type: z.literal('agenda.itemRestored'), payload: z.object({ itemId: id }) }),
  /** Live: the entry's time is the item's actual start. */
  z.object({ type: z.literal('agenda.itemStarted'), payload: z.object({ itemId: id }) }),
  /** Live: the entry's time is the item's actual end. */
  z.object({ type: z.literal('agenda.itemFinished'), payload: z.object({ itemId: id }) }),
  /**
   * Live: one step back. The running item (if any) returns to not started, as if it had never
   * begun; the item before it (if any) is running again, its end cleared.
   */
  z.object({ type: z.literal('agenda.movedBack'), payload: z.object({ cancelledItemId: id.nullable(), reopenedItemId: id.nullable() }) }),
] as const;
