// Where code may run is checked, not hoped for: shared/ imports nothing platform-specific, the
// renderer never reaches for Node or Electron, and only a few files of electron/ import 'electron'.

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

const ELECTRON_FILES = new Set(['electron/main.ts', 'electron/preload.cts', 'electron/ipc.ts', 'electron/security.ts', 'electron/menu.ts', 'electron/hall-window.ts']);

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

  it('imports electron only in the files that own windows, IPC and menus', () => {
    const importing = sources('electron').filter((file) => imports(file).includes('electron'));
    expect(importing.filter((f) => !ELECTRON_FILES.has(f))).toEqual([]);
    expect(importing.length).toBeGreaterThanOrEqual(5);
  });
});
