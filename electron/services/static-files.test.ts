import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveInside } from './static-files.js';

describe('resolveInside', () => {
  const root = path.resolve('/srv/app');
  it('resolves ordinary asset paths inside the folder', () => {
    expect(resolveInside(root, '/assets/index.js')).toBe(path.join(root, 'assets', 'index.js'));
    expect(resolveInside(root, '/')).toBe(root);
  });

  it.each([
    '/../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret',
    '/assets/..\\..\\secret',
    '/..%5c..%5csecret',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never leaves the folder for %s', (deceptive) => {
    const resolved = resolveInside(root, deceptive);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep) || resolved === root).toBe(true);
    if (deceptive.includes('%00') || deceptive.includes('%E0%A4%A')) expect(resolved).toBeNull();
  });
});
