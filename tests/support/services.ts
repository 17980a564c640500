// Desk services for the services' own tests, made as the web host makes them (no Electron, no
// backup timer, preferences in memory). `serviceDesks` gives every test a data folder of its own
// and, after it, closes every desk the test opened and removes the folder.

import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeskService, headlessPlatform, type DeskOptions } from '../../electron/services/desk.js';
import { memoryStore, preferencesStore } from '../../electron/services/preferences.js';

/** A desk in `dataDir`; any other option replaces the web host's. */
export function headlessDesk(options: Partial<DeskOptions> & Pick<DeskOptions, 'dataDir'>): DeskService {
  return new DeskService({
    preferences: preferencesStore(memoryStore()),
    platform: headlessPlatform('web'),
    appVersion: 'test',
    actor: 'test-desk',
    backupIntervalMs: 0,
    ...options,
  });
}

export interface ServiceDesks {
  /** The running test's data folder. */
  readonly dataDir: string;
  /** A desk in the running test's data folder (unless `options` name another), closed after the test. */
  open(options?: Partial<DeskOptions>): DeskService;
  /** Closes a desk made some other way after the test, with the others. */
  closeAfter(desk: DeskService): DeskService;
}

/** Call once at the top of a test file: `folderPrefix` names the data folders in the temp folder. */
export function serviceDesks(folderPrefix: string): ServiceDesks {
  let dataDir = '';
  const desks: DeskService[] = [];
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  });
  afterEach(async () => {
    for (const desk of desks.splice(0)) await desk.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const closeAfter = (desk: DeskService): DeskService => {
    desks.push(desk);
    return desk;
  };
  return {
    get dataDir() {
      return dataDir;
    },
    open: (options = {}) => closeAfter(headlessDesk({ dataDir, ...options })),
    closeAfter,
  };
}
