// `npm start`: builds, then opens the desktop app. Where no Electron binary can be had (an offline
// machine), says so in one line and serves the same app to a browser through the web host.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function electronBinary() {
  // Requiring the electron package returns the binary's path, downloading it on first use.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  if (probe.status === 0 && probe.stdout) return probe.stdout.trim();
  return null;
}

const require = createRequire(import.meta.url);
let binary = null;
try {
  require.resolve('electron');
  console.log('Starting Congress Desk (the first start downloads Electron)…');
  binary = electronBinary();
} catch {
  binary = null;
}

if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not available on this machine (its binary could not be downloaded), so Congress Desk runs in your browser instead:');
  const args = ['build/node/electron/web-host-cli.js', '--port', process.env.CONGRESS_DESK_PORT ?? '4780', ...process.argv.slice(2).filter((a) => a !== '--no-build')];
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
