import { foldKey } from '../../text/fold.js';

// Rosters write education and political theory as free text ("Thạc sĩ", "thac si", "Cao cấp lý
// luận chính trị"). The report groups the usual levels under one key, highest first, so they can be
// named in either language; anything else is kept as written.

export const EDUCATION_LEVELS = ['doctorate', 'master', 'university', 'college', 'vocational', 'secondary'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const THEORY_LEVELS = ['advanced', 'intermediate', 'elementary'] as const;
export type TheoryLevel = (typeof THEORY_LEVELS)[number];

const EDUCATION_WORDS: readonly (readonly [RegExp, EducationLevel])[] = [
  [/\b(tien si|tskh|ts|doctor|doctorate|phd)\b/, 'doctorate'],
  [/\b(thac si|ths|master)\b/, 'master'],
  [/\b(dai hoc|cu nhan|ky su|bac si|duoc si|university|bachelor)\b/, 'university'],
  [/\b(cao dang|college)\b/, 'college'],
  [/\b(trung cap|trung hoc chuyen nghiep|vocational)\b/, 'vocational'],
  [/\b(thpt|trung hoc|pho thong|12\/12|secondary)\b/, 'secondary'],
];

const THEORY_WORDS: readonly (readonly [RegExp, TheoryLevel])[] = [
  [/\b(cao cap|cu nhan|advanced)\b/, 'advanced'],
  [/\b(trung cap|intermediate)\b/, 'intermediate'],
  [/\b(so cap|elementary|basic)\b/, 'elementary'],
];

function levelOf<L extends string>(words: readonly (readonly [RegExp, L])[], value: string): L | null {
  const folded = foldKey(value);
  for (const [pattern, level] of words) if (pattern.test(folded)) return level;
  return null;
}

/** The share key of a free-text value: a known level, `other:<text>`, or `unknown` when empty. */
export function educationKey(value: string): string {
  if (value.trim() === '') return 'unknown';
  return levelOf(EDUCATION_WORDS, value) ?? `other:${value.trim()}`;
}

export function theoryKey(value: string): string {
  if (value.trim() === '') return 'unknown';
  return levelOf(THEORY_WORDS, value) ?? `other:${value.trim()}`;
}

/** Known levels first in their order, then other values alphabetically, then `unknown`. */
export function compareLevelKeys(levels: readonly string[]): (a: string, b: string) => number {
  const rank = (key: string) => {
    const known = levels.indexOf(key);
    if (known >= 0) return known;
    return key === 'unknown' ? levels.length + 1 : levels.length;
  };
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi');
}
