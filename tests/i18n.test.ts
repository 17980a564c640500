// Every locale folder: the same keys in Vietnamese and English, no dots inside a key, the same
// placeholders in both; and a message in both languages for every error code.

import { describe, expect, it } from 'vitest';
import { resources } from '../shared/i18n/resources.js';
import { ERROR_CODES } from '../shared/domain/errors.js';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

function keys(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]) : [];
}

function leaf(locale: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined), locale);
}

const vi = resources.vi.translation;
const en = resources.en.translation;

describe('locale resources', () => {
  it.each(Object.keys(vi))('%s has the same keys in both languages, none with a dot', (folder) => {
    const a = leaf(vi, folder);
    const b = leaf(en, folder);
    expect(keyPaths(b).sort()).toEqual(keyPaths(a).sort());
    expect(keys(a).filter((k) => k.includes('.'))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    for (const path of keyPaths(vi)) expect(placeholders(leaf(en, path)), path).toEqual(placeholders(leaf(vi, path)));
  });

  it('has a message for every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(leaf(vi, `errors.${code}`), code).toEqual(expect.any(String));
      expect(leaf(en, `errors.${code}`), code).toEqual(expect.any(String));
    }
  });
});
