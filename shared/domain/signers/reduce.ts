import type { EntryOf } from '../events.js';
import type { SignersState } from './state.js';

export function reduceSigners(state: SignersState, entry: EntryOf<'documents.signerSet'>): SignersState {
  return { byDocument: { ...state.byDocument, [entry.payload.document]: entry.payload.signer } };
}
