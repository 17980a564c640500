import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import Conf from 'conf';
import { DeskService, headlessPlatform } from './services/desk.js';
import { preferencesStore } from './services/preferences.js';
import { defaultDataDir, packageVersion, rendererDir } from './services/paths.js';
import { startWebHost } from './web-host.js';

/**
 * `node build/node/electron/web-host-cli.js [--data-dir DIR] [--port N]`: runs Congress Desk's
 * services and serves the app to a browser on 127.0.0.1. Prints one line with the address and its
 * access token. Used by `npm start` where no Electron binary exists, and by the end-to-end tests.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'renderer-dir': { type: 'string' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
mkdirSync(dataDir, { recursive: true });
const preferences = preferencesStore(new Conf({ cwd: dataDir, configName: 'config', projectName: 'congress-desk' }));
const desk = new DeskService({
  dataDir,
  preferences,
  platform: headlessPlatform('web'),
  appVersion: packageVersion(),
  actor: 'web-desk',
});
const serve = (port: number) => startWebHost({ desk, rendererDir: values['renderer-dir'] ?? rendererDir(), port });
// A busy preferred port (another instance, another program) falls back to any free port.
const host = await serve(Number(values.port)).catch((error: unknown) => {
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE') return serve(0);
  throw error;
});
console.log(`Congress Desk is serving at ${host.url}`);
console.log(`Data folder: ${dataDir}`);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await host.close();
  await desk.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
