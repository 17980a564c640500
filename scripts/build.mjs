// Builds what the app runs: the Node side (main process, preload, services, web host, scripts)
// with tsc into build/node, and the renderer with Vite into build/renderer.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

rmSync('build/node', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.node.json']);
run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
