import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary, NO_ELECTRON } from '../support/electron-binary.js';

// The desktop app itself: where an Electron binary exists these run the same checks as the web
// host specs, plus what only Electron has (window preferences, the preload bridge).
const binary = electronBinary();
test.skip(binary === null, NO_ELECTRON);

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'congress-electron-'));
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.', `--congress-data-dir=${dataDir}`],
    cwd: path.resolve(import.meta.dirname, '..', '..'),
  });
});

test.afterEach(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('every window is isolated, sandboxed and without Node', async () => {
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  const urls = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith('app://desk/')).toBe(true);
  // What the preferences produce, observed from inside the page: no Node, no require, a frozen
  // bridge with only the contract's functions, no file access, no new windows.
  const effective = await window.evaluate(async () => {
    const page = globalThis as unknown as Window;
    const g = globalThis as { require?: unknown; process?: unknown; module?: unknown; congress?: object };
    const bridge = g.congress ?? {};
    let fileRead = 'refused';
    try {
      await fetch('file:///etc/hostname');
      fileRead = 'allowed';
    } catch {
      fileRead = 'refused';
    }
    const opened = page.open('https://example.org/');
    return {
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      bridgeFrozen: Object.isFrozen(bridge),
      bridgeHasIpc: 'ipcRenderer' in bridge || 'invoke' in bridge,
      bridgeCalls: Object.keys(bridge).length,
      fileRead,
      opened: opened === null ? 'denied' : 'opened',
    };
  });
  expect(effective).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    bridgeFrozen: true,
    bridgeHasIpc: false,
    bridgeCalls: expect.any(Number),
    fileRead: 'refused',
    opened: 'denied',
  });
  expect(effective.bridgeCalls).toBeGreaterThan(10);
  expect(app.windows()).toHaveLength(1);
});

test('checks a delegate in through the preload bridge', async () => {
  const window = await app.firstWindow();
  await window.getByRole('button', { name: /đại hội mẫu|demo congress/i }).first().click();
  const input = window.getByTestId('checkin-input');
  await input.fill('DB001');
  await input.press('Enter');
  await expect(window.getByTestId('checkin-feedback')).toHaveAttribute('data-kind', 'checkedIn');
  await expect(window.getByTestId('count-present')).toHaveText('1');
});
