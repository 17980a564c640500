import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireCongress } from '../decision.js';
import { SECRETARIAT_DOCUMENTS, documentSignerSchema, type DocumentSigner } from './model.js';
import { keptSigner, sameSigner } from './signer.js';
import { standardSecretariatCapacity } from './select.js';

export const documentSignerInput = documentSignerSchema.extend({ document: z.enum(SECRETARIAT_DOCUMENTS) });

/** Who signs one secretariat document; setting what is already set writes nothing. */
export const setDocumentSigner: Decide<z.infer<typeof documentSignerInput>, DocumentSigner> = (state, input) => {
  requireCongress(state);
  const { document, ...given } = input;
  const signer = keptSigner(given, (language) => standardSecretariatCapacity(document, language));
  const current = state.signers.byDocument[document];
  if (sameSigner(current, signer)) return { events: [], result: current };
  return { events: [{ type: 'documents.signerSet', payload: { document, signer } }], result: signer };
};
