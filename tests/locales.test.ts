import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { resources } from '../shared/i18n/resources.js';
import { ERROR_CODES } from '../shared/domain/errors.js';

const root = path.resolve(import.meta.dirname, '..', 'shared', 'i18n');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const folders = readdirSync(root).filter((name) => statSync(path.join(root, name)).isDirectory());

describe('locale files', () => {
  it.each(folders)('%s: vi and en have exactly the same keys', (folder) => {
    const vi = JSON.parse(readFileSync(path.join(root, folder, 'vi.json'), 'utf8')) as unknown;
    const en = JSON.parse(readFileSync(path.join(root, folder, 'en.json'), 'utf8')) as unknown;
    const viKeys = keys(vi).sort();
    const enKeys = keys(en).sort();
    expect(viKeys.filter((k) => !enKeys.includes(k)), 'only in vi').toEqual([]);
    expect(enKeys.filter((k) => !viKeys.includes(k)), 'only in en').toEqual([]);
    expect(viKeys.filter((k) => k.split('.').some((part) => part.length === 0))).toEqual([]);
  });

  it('registers every locale folder in the resources', () => {
    expect(Object.keys(resources.vi.translation).sort()).toEqual([...folders].sort());
    expect(Object.keys(resources.en.translation).sort()).toEqual([...folders].sort());
  });

  it('has a message for every error code in both languages', async () => {
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
    for (const language of ['vi', 'en'] as const) {
      await t.changeLanguage(language);
      for (const code of ERROR_CODES) {
        const key = `errors.${code}`;
        expect(t.exists(key), `${language}: ${key}`).toBe(true);
        expect(typeof t.t(key), `${language}: ${key}`).toBe('string');
      }
    }
  });

  it('writes Vietnamese in NFC', () => {
    for (const folder of folders) {
      const text = readFileSync(path.join(root, folder, 'vi.json'), 'utf8');
      expect(text, folder).toBe(text.normalize('NFC'));
    }
  });

  it('uses the same placeholders in both languages', () => {
    const leaves = (value: unknown, prefix = ''): [string, string][] =>
      typeof value === 'string'
        ? [[prefix, value]]
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
          : [];
    const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort().join(',');
    const en = new Map(leaves(resources.en.translation));
    const mismatched = leaves(resources.vi.translation).filter(([key, text]) => placeholders(text) !== placeholders(en.get(key))).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
