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
] as const;
