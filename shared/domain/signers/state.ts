import { UNSET_SIGNER, type DocumentSigner, type SecretariatDocument } from './model.js';

/** The signer of each secretariat document; unset (no name, standard lines) until the secretariat sets one. */
export interface SignersState {
  readonly byDocument: Readonly<Record<SecretariatDocument, DocumentSigner>>;
}

export const EMPTY_SIGNERS: SignersState = { byDocument: { 'speech-log': UNSET_SIGNER, attendance: UNSET_SIGNER } };
