import type { Language } from '../domain/congress/model.js';
import type { BandShare } from '../domain/credentials/figures.js';
import { resources } from '../i18n/resources.js';

// Names of the report's parts in either language, from the locale files: the screen, the filled
// wording and printed documents all name a share the same way.

function lookup(language: Language, path: readonly string[]): string | undefined {
  let node: unknown = resources[language].translation;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.entries(node).find(([k]) => k === key)?.[1];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` placeholders, as i18next writes them, filled with the given values. */
export function interpolate(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}

export function word(language: Language, path: string, values: Readonly<Record<string, string | number>> = {}): string {
  const text = lookup(language, path.split('.'));
  return text === undefined ? path : interpolate(text, values);
}

export const SHARE_DIMENSIONS = ['attendance', 'verification', 'category', 'gender', 'ethnicity', 'education', 'politicalTheory'] as const;
export type ShareDimension = (typeof SHARE_DIMENSIONS)[number];

const DIMENSION_PATH: Readonly<Record<ShareDimension, string>> = {
  attendance: 'credentials.labels.attendance',
  verification: 'credentials.status',
  category: 'roster.category',
  gender: 'credentials.labels.gender',
  ethnicity: 'credentials.labels.ethnicity',
  education: 'credentials.labels.education',
  politicalTheory: 'credentials.labels.theory',
};

/** The name of one share: a known key in the language, or a value as the roster wrote it. */
export function shareLabel(dimension: ShareDimension, key: string, language: Language): string {
  if (key.startsWith('other:')) return key.slice('other:'.length);
  return word(language, `${DIMENSION_PATH[dimension]}.${key}`);
}

/** "under 35", "35 to 50", "61 and over" (ages) or the same in years of membership. */
export function bandLabel(kind: 'age' | 'membership', band: Pick<BandShare, 'kind' | 'from' | 'to'>, language: Language): string {
  const base = `credentials.labels.${kind}`;
  if (band.kind === 'unknown') return word(language, `${base}.unknown`);
  if (band.from === null && band.to === null) return word(language, `${base}.all`);
  if (band.from === null) return word(language, `${base}.under`, { to: (band.to ?? 0) + 1 });
  if (band.to === null) return word(language, `${base}.over`, { from: band.from });
  return word(language, `${base}.range`, { from: band.from, to: band.to });
}
