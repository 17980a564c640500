import { nameParts } from './names.js';

// Vietnamese lists are ordered by given name, then middle name, then family name, in the
// Vietnamese alphabet (a ă â b c d đ e ê ...), which Intl.Collator('vi') knows.
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** A precomputed sort key; comparing keys is much cheaper than re-splitting names in a sort. */
export interface NameSortKey {
  readonly given: string;
  readonly middle: string;
  readonly family: string;
}

export function nameSortKey(fullName: string): NameSortKey {
  const parts = nameParts(fullName);
  return { given: parts.given, middle: parts.middle, family: parts.family };
}

export function compareNameKeys(a: NameSortKey, b: NameSortKey): number {
  return compareText(a.given, b.given) || compareText(a.middle, b.middle) || compareText(a.family, b.family);
}

export function compareVietnameseNames(a: string, b: string): number {
  return compareNameKeys(nameSortKey(a), nameSortKey(b));
}
