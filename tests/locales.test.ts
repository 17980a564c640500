// Every feature's words exist in both languages under the same keys, nested, never dotted, and
// use the same placeholders: a missing or mistyped key would show the key itself to a user.
import { describe, expect, it } from 'vitest';
import { resources } from '../shared/i18n/resources.js';

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locale resources', () => {
  const vi = leaves(resources.vi.translation);
  const en = leaves(resources.en.translation);

  it('have the same keys in Vietnamese and English', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it('nest keys instead of putting dots in them', () => {
    expect(keysOf(resources.vi.translation).filter((k) => k.includes('.'))).toEqual([]);
    expect(keysOf(resources.en.translation).filter((k) => k.includes('.'))).toEqual([]);
  });

  it('use the same placeholders in both languages, and no empty text', () => {
    const mismatched = [...vi.keys()].filter((key) => JSON.stringify(placeholders(vi.get(key) ?? '')) !== JSON.stringify(placeholders(en.get(key) ?? '')));
    expect(mismatched).toEqual([]);
    expect([...vi.entries(), ...en.entries()].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
