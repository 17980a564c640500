import type { Language } from '../congress/model.js';
import type { SessionState } from '../state.js';
import printVi from '../../i18n/print/vi.json' with { type: 'json' };
import printEn from '../../i18n/print/en.json' with { type: 'json' };
import type { SecretariatDocument, SignatureBlock } from './model.js';
import { signatureOf } from './signer.js';
import { assertNever } from '../errors.js';

/** The standard capacity lines of a secretariat document in a language, as it printed before a signer could be set. */
export function standardSecretariatCapacity(document: SecretariatDocument, language: Language): string[] {
  const words = language === 'en' ? printEn : printVi;
  switch (document) {
    case 'speech-log':
      return [words.speechLog.signer];
    case 'attendance':
      return [words.attendance.preparedBy];
    default:
      return assertNever(document);
  }
}

/** The signature block of a secretariat document in a language. */
export function documentSignature(state: SessionState, document: SecretariatDocument, language: Language): SignatureBlock {
  return signatureOf(state.signers.byDocument[document], language, (lang) => standardSecretariatCapacity(document, lang));
}
