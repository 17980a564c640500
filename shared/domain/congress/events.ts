import { z } from 'zod';
import { congressSchema } from './model.js';
import { id } from '../schema-helpers.js';

export const congressEventSchemas = [
  z.object({ type: z.literal('congress.created'), payload: z.object({ congress: congressSchema }) }),
  z.object({ type: z.literal('congress.updated'), payload: z.object({ congress: congressSchema }) }),
  /** The sitting the desk checks delegates in for and the hall follows. */
  z.object({ type: z.literal('sitting.activated'), payload: z.object({ sittingId: id }) }),
] as const;
