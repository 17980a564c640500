// Vietnamese text for storing, searching and sorting.
//
// Keyboards and old files produce both precomposed (NFC) and decomposed (NFD) Vietnamese, so text is
// normalised to NFC when stored. Search folds case and diacritics on both sides; `đ` has no
// decomposition and is mapped by hand.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACES = /\s+/g;

/** Stored form of any text a person typed or a file carried: NFC, invisible marks removed, single spaces, trimmed. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Lower case, NFC, single spaces: the key for an exact (diacritic-sensitive) match. */
export function exactKey(input: string): string {
  return cleanText(input).toLocaleLowerCase('vi');
}

/** Lower case without diacritics, `đ` as `d`: the key for a diacritic-insensitive match. */
export function foldKey(input: string): string {
  return exactKey(input)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Lower case, no diacritics and no spaces or punctuation: for matching column headers. */
export function headerKey(input: string): string {
  return foldKey(input).replace(/[^a-z0-9]/g, '');
}

const HORIZONTAL_SPACES = /[^\S\n]+/g;

/**
 * Stored form of text that may run over several lines (a description, notes for the presidium):
 * like `cleanText` within each line, line breaks kept, at most one empty line in a row.
 */
export function cleanMultilineText(input: string): string {
  return input
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACES, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
