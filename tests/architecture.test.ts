import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The rules of the rooms, enforced: shared/ is platform-free, the renderer never reaches into
// Node or Electron, and only four main-process files may import 'electron'.

const root = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx|cts|mts)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (spec) found.push(spec);
  }
  return found;
}

const NODE_BUILTIN = /^(node:|fs$|path$|os$|child_process$|crypto$|http$|https$|net$|url$|util$|stream$|worker_threads$)/;

describe('where code may run', () => {
  it('keeps shared/ free of DOM, Node and Electron', () => {
    const offenders = sources('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => NODE_BUILTIN.test(spec) || spec === 'electron' || spec.startsWith('electron/') || spec.includes('/electron/') || spec.includes('/renderer/') || spec === 'react' || spec === 'react-dom')
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
    // A use of a DOM or Node global is the global read as an object (`document.title`), not the
    // word: a printed "document" is part of the congress's vocabulary (`request.document`).
    const domUse = sources('shared').filter((file) => /(?<![.\w$])(document|window|localStorage|sessionStorage|process)\s*\./.test(readFileSync(path.join(root, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')));
    expect(domUse).toEqual([]);
  });

  it('keeps the renderer away from Node, Electron and the main process', () => {
    const offenders = sources('renderer/src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => NODE_BUILTIN.test(spec) || spec === 'electron' || spec.includes('/electron/') || spec.startsWith('electron/'))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets only the thin Electron layer import electron; services, the web host and the CLIs never do', () => {
    const allowed = new Set(['main.ts', 'preload.cts', 'ipc.ts', 'security.ts', 'menu.ts', 'print.ts', 'hall-window.ts'].map((f) => path.join('electron', f)));
    const importers = sources('electron').filter((file) => importsOf(file).some((spec) => spec === 'electron'));
    expect(importers.filter((file) => !allowed.has(file))).toEqual([]);
    // And something does import it: the check above is not vacuous.
    expect(importers).toContain(path.join('electron', 'main.ts'));
  });
});
