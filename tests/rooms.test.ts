// Where code may run is a rule of the code, checked here: shared/ is platform-free, the renderer
// never reaches Node or Electron, and only the top-level Electron files import 'electron'.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sources(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, folder))) {
    const relative = path.join(folder, name);
    if (statSync(path.join(root, relative)).isDirectory()) out.push(...sources(relative));
    else if (/\.(ts|tsx|cts|mts)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative);
  }
  return out;
}

/** Every module a file imports (static and dynamic imports, require). */
function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return found.filter((m) => m !== '');
}

const ELECTRON_FILES = ['electron/main.ts', 'electron/preload.cts', 'electron/ipc.ts', 'electron/security.ts', 'electron/menu.ts', 'electron/print.ts'];

describe('the rooms of the code', () => {
  it('keeps shared/ free of Node, Electron, the DOM and React', () => {
    const offending = sources('shared').flatMap((file) =>
      imports(file)
        .filter((m) => m.startsWith('node:') || m === 'electron' || m.startsWith('react') || m.includes('/electron/') || m.includes('/renderer/'))
        .map((m) => `${file} → ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the renderer away from Node and Electron', () => {
    const offending = sources('renderer/src').flatMap((file) =>
      imports(file)
        .filter((m) => m.startsWith('node:') || m === 'electron' || /(^|\/)electron\//.test(m))
        .map((m) => `${file} → ${m}`),
    );
    expect(offending).toEqual([]);
  });

  it("lets only the top-level Electron files import 'electron'", () => {
    const importers = [...sources('electron'), ...sources('shared'), ...sources('renderer/src')].filter((file) => imports(file).includes('electron'));
    expect(importers.sort()).toEqual([...ELECTRON_FILES].sort());
  });
});
