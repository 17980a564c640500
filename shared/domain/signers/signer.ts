import type { Language } from '../congress/model.js';
import { SIGNER_LIMITS, type DocumentSigner, type SignatureBlock } from './model.js';

/** The standard capacity lines of one document in a language. */
export type StandardCapacity = (language: Language) => string[];

export const sameLines = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((line, i) => line === b[i]));

export const sameSigner = (a: DocumentSigner, b: DocumentSigner): boolean =>
  a.name === b.name && sameLines(a.capacity.vi, b.capacity.vi) && sameLines(a.capacity.en, b.capacity.en);

/**
 * A signer as it is kept: capacity lines equal to a language's standard lines are kept as
 * "standard" (null), so that they follow the standard wording.
 */
export function keptSigner(input: DocumentSigner, standard: StandardCapacity): DocumentSigner {
  const capacity = (language: Language) => {
    const lines = input.capacity[language];
    return lines !== null && sameLines(lines, standard(language)) ? null : lines;
  };
  return { name: input.name, capacity: { vi: capacity('vi'), en: capacity('en') } };
}

/** The signature block a signer prints in a language: their lines (or the standard ones) and their name. */
export function signatureOf(signer: DocumentSigner, language: Language, standard: StandardCapacity): SignatureBlock {
  return { capacity: signer.capacity[language] ?? standard(language), name: signer.name };
}

/** Capacity lines as typed, one a line: null unless one to four lines of at most 120 characters. */
export function parseCapacity(typed: string): string[] | null {
  const lines = typed.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0 || lines.length > SIGNER_LIMITS.capacityLines || lines.some((l) => l.length > SIGNER_LIMITS.capacityLine)) return null;
  return lines;
}
