import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_NAMES, IPC_PREFIX } from '../shared/api.js';
import { CONTENT_SECURITY_POLICY } from '../electron/services/csp.js';

const root = path.resolve(import.meta.dirname, '..');

describe('the contract over both transports', () => {
  it('has exactly one preload function per call, each on its own channel', () => {
    const preload = readFileSync(path.join(root, 'electron', 'preload.cts'), 'utf8');
    const bound = [...preload.matchAll(/^\s+(\w+): \(input\) => ipcRenderer\.invoke\('([^']+)', input\),$/gm)].map((m) => [m[1], m[2]]);
    expect(bound.map(([name]) => name).sort()).toEqual([...API_NAMES].sort());
    for (const [name, channel] of bound) expect(channel).toBe(IPC_PREFIX + String(name));
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('gives the renderer the same Content Security Policy in the page as in the headers', () => {
    const html = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});
