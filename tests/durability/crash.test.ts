import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crashCycle, prepareSession } from '../../scripts/soak/crash.js';

// A few crash cycles on every unit run; `npm run soak` runs forty and more. The writer runs the
// compiled services in its own process, so that SIGKILL ends it as a crash ends the app.

let dataDir: string;
let sessionPath: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'crash-'));
  sessionPath = await prepareSession(dataDir, 120);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a writer killed with SIGKILL', () => {
  it('loses no acknowledged event, duplicates no sequence number, and leaves a file that opens', async () => {
    const writer = path.join(inject('compiledNode'), 'scripts', 'soak', 'writer.js');
    const cycles = [];
    for (const [seed, killAfterMs] of [[1, 60], [2, 250], [3, 5]] as const) {
      cycles.push(await crashCycle({ writer, dataDir, sessionPath, seed, killAfterMs }));
    }
    expect(cycles.map((c) => c.failures)).toEqual([[], [], []]);
    expect(cycles.map((c) => c.found)).toEqual(cycles.map((c) => c.acknowledged));
    expect(cycles.map((c) => c.duplicateSeqs)).toEqual([0, 0, 0]);
    // The writer got going before it was killed: this is not a test of an idle process.
    expect(cycles[1]?.acknowledged).toBeGreaterThan(10);
  });

  it('keeps the speaker queue and the agenda run it acknowledged, as it keeps check-ins', async () => {
    const writer = path.join(inject('compiledNode'), 'scripts', 'soak', 'writer.js');
    // A congress of its own, and killed as its 400th call is acknowledged (the time is only a
    // safety net): the same calls on every run, enough that every kind of operation has happened.
    const ownDir = path.join(dataDir, 'queue-and-agenda');
    const ownSession = await prepareSession(ownDir, 120);
    const cycle = await crashCycle({ writer, dataDir: ownDir, sessionPath: ownSession, seed: 4, killAfterMs: 120_000, killAfterAcks: 400 });
    expect(cycle.failures).toEqual([]);
    expect(cycle.found).toBe(cycle.acknowledged);
    const moved = (type: string) => cycle.acknowledgedTypes[type] ?? 0;
    for (const type of ['speech.registered', 'speech.started', 'speech.paused', 'speech.resumed', 'speech.timeAdded', 'speech.ended']) {
      expect(moved(type), type).toBeGreaterThan(0);
    }
    for (const type of ['agenda.itemStarted', 'agenda.itemFinished', 'agenda.movedBack', 'attendance.checkedIn']) {
      expect(moved(type), type).toBeGreaterThan(0);
    }
  });
});
