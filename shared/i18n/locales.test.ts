// Every locale folder: Vietnamese and English have the same keys (no dots inside a key) and each
// message uses the same placeholders in both, so no screen shows a raw key or a "{{name}}".

import { describe, expect, test } from 'vitest';
import { resources } from './resources.js';
import { ERROR_CODES } from '../domain/errors.js';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

function leaf(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined), root);
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
const folders = Object.keys(resources.vi.translation);

describe('locale folders', () => {
  test.each(folders)('%s: the same keys and placeholders in vi and en', (folder) => {
    const vi = leaf(resources.vi.translation, folder);
    const en = leaf(resources.en.translation, folder);
    expect(keyPaths(en).sort()).toEqual(keyPaths(vi).sort());
    const rawKeys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...rawKeys(v)]) : [];
    expect([...rawKeys(vi), ...rawKeys(en)].filter((k) => k.includes('.') || k === '')).toEqual([]);
    for (const path of keyPaths(vi)) expect(placeholders(leaf(en, path)), `${folder}.${path}`).toEqual(placeholders(leaf(vi, path)));
  });

  test('every error code has a message in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(typeof leaf(resources.vi.translation, `errors.${code}`), code).toBe('string');
      expect(typeof leaf(resources.en.translation, `errors.${code}`), code).toBe('string');
    }
  });
});
