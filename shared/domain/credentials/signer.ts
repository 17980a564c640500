import type { Language } from '../congress/model.js';
import type { SessionState } from '../state.js';
import printVi from '../../i18n/print/vi.json' with { type: 'json' };
import printEn from '../../i18n/print/en.json' with { type: 'json' };
import type { SignatureBlock } from '../signers/model.js';
import { signatureOf } from '../signers/signer.js';
import type { ReportSnapshot } from './state.js';

/** The standard capacity lines of the report's signer in a language: on behalf of the committee, its chair. */
export function defaultSignerCapacity(language: Language): string[] {
  const words = (language === 'en' ? printEn : printVi).credentialsReport;
  return [words.onBehalf, words.role];
}

/** The signature block of the live report in a language: the committee's lines (or the standard ones) and the signer's name. */
export function reportSignature(state: SessionState, language: Language): SignatureBlock {
  return signatureOf(state.credentials.signer, language, defaultSignerCapacity);
}

/** A frozen report's signature block; a snapshot frozen before the signer could be set printed the standard lines and no name. */
export function snapshotSignature(snapshot: ReportSnapshot): SignatureBlock {
  return snapshot.signature ?? { capacity: defaultSignerCapacity(snapshot.language), name: '' };
}
