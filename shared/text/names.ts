import { cleanText } from './fold.js';

/** A Vietnamese full name split into family, middle and given name ("Nguyễn Thị Hồng Khanh"). */
export interface NameParts {
  readonly family: string;
  readonly middle: string;
  readonly given: string;
}

export function nameParts(fullName: string): NameParts {
  const words = cleanText(fullName).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}
