import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Tests that run the services in a child process (a writer killed with SIGKILL, a second process
 * opening the same file, a web host under a flood) need them as JavaScript. This compiles the Node
 * side once per test run, without type checking (`npm run typecheck` does that), into a folder of
 * its own, so that a unit run never depends on `npm run build` having been run, or being fresh.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the compiled `electron/`, `shared/` and `scripts/` trees. */
    compiledNode: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => void {
  const outDir = path.join(root, '.tmp', `vitest-node-${process.pid}`);
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.node.json', '--outDir', outDir, '--noCheck', '--sourceMap', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`compiling the services for child-process tests failed:\n${result.stdout}${result.stderr}`);
  project.provide('compiledNode', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
