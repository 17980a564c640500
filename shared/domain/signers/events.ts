import { z } from 'zod';
import { SECRETARIAT_DOCUMENTS, documentSignerSchema } from './model.js';

export const signersEventSchemas = [
  /** Who signs one of the secretariat's documents: the signer's name and the capacity lines per language. */
  z.object({
    type: z.literal('documents.signerSet'),
    payload: z.object({ document: z.enum(SECRETARIAT_DOCUMENTS), signer: documentSignerSchema }),
  }),
] as const;
