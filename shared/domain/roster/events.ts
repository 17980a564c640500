import { z } from 'zod';
import { delegateSchema } from './model.js';
import { id, text } from '../schema-helpers.js';

export const rosterEventSchemas = [
  z.object({
    type: z.literal('roster.imported'),
    payload: z.object({ fileName: text(260), delegates: z.array(delegateSchema).min(1).max(20_000) }),
  }),
  z.object({ type: z.literal('delegate.added'), payload: z.object({ delegate: delegateSchema }) }),
  z.object({ type: z.literal('delegate.updated'), payload: z.object({ delegate: delegateSchema }) }),
  z.object({ type: z.literal('delegate.removed'), payload: z.object({ delegateId: id }) }),
  /**
   * A removal undone: the removed delegate comes back as they were, with the same id (so their
   * credentials record, checklist and any agenda item naming them still apply) and the same place
   * in the roster's order (`listOrder`: alternates are seated in that order).
   */
  z.object({ type: z.literal('delegate.restored'), payload: z.object({ delegateId: id }) }),
] as const;
