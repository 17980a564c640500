// Where code may run is checked, not hoped for: shared/ imports nothing platform-specific, the
// renderer never reaches for Node or Electron, and the services (which the web host runs under
// plain Node) never import 'electron': only the thin Electron layer in electron/*.ts does.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|cts)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
}


describe('the rooms of the code', () => {
  it('keeps shared/ free of Node, Electron, the DOM and React', () => {
    const offending = sources('shared').flatMap((file) =>
      imports(file)
        .filter((m) => m.startsWith('node:') || m === 'electron' || m.startsWith('react') || m.includes('/electron/') || m.includes('/renderer/'))
        .map((m) => `${file}: ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the renderer away from Node and Electron', () => {
    const offending = sources('renderer/src').flatMap((file) =>
      imports(file)
        .filter((m) => m.startsWith('node:') || m === 'electron' || /(^|\/)electron\//.test(m))
        .map((m) => `${file}: ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps electron out of the services and the web host', () => {
    const importing = sources('electron').filter((file) => imports(file).includes('electron'));
    expect(importing.filter((f) => f.startsWith('electron/services/') || f.startsWith('electron/web-host'))).toEqual([]);
    // The check sees the Electron layer itself, so it would see a service that slipped.
    expect(importing).toEqual(expect.arrayContaining(['electron/main.ts', 'electron/preload.cts', 'electron/hall-window.ts']));
  });
});
