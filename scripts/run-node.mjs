// `npm run bench` and `npm run soak`: builds the app (the benchmark's browser part serves the built
// renderer), then runs build/node/scripts/<name>/main.js with the remaining arguments.
//   npm run bench -- --quick        npm run soak -- --cycles 100        add --no-build to skip the build
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error('usage: node scripts/run-node.mjs <bench|soak> [--no-build] [arguments]');
  process.exit(2);
}
const args = rest.filter((a) => a !== '--no-build');
if (!rest.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const main = `build/node/scripts/${name}/main.js`;
if (!existsSync(main)) {
  console.error(`${main} does not exist: run "npm run build" first.`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [main, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
