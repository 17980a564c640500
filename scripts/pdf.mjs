// `npm run pdf -- <session file | demo> <document> <out.pdf> [--lang vi|en] [--sitting <id>] [...]`:
// renders a printable document to PDF without the desk's interface. It runs the built app, so
// it builds first when there is no build yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = 'build/node/electron/pdf-cli.js';
if (!existsSync(cli) || !existsSync('build/renderer/index.html')) {
  console.log('Congress Desk has not been built yet: building it first (npm run build)…');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
