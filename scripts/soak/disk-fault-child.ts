// Runs inside a tmpfs sandbox (see scripts/support/tmpfs-sandbox.ts) with the tmpfs at --mount:
// fills the disk while a congress is being checked in, then makes it read-only, and reports as one
// JSON line what the desk service did. The parent judges the report.

import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../shared/domain/errors.js';
import type { DeskNotice } from '../../shared/domain/session.js';
import { scanJournal } from '../../electron/services/journal.js';
import { syntheticRoster } from '../support/synthetic-roster.js';
import { congressInput } from '../../tests/support/domain.js';
import { deskFor } from './crash.js';

export interface DiskFaultReport {
  /** Check-ins acknowledged up to the refusal on the full disk. */
  readonly acknowledged: number;
  /** Check-ins that still fitted in the last page of the file after the disk was filled. */
  readonly acceptedWhenFull: number;
  readonly fullRefusal: string | null;
  readonly fullNotices: readonly string[];
  readonly stateUnchangedByRefusal: boolean;
  /** Acknowledged events found in the file as it is on disk after the refusal. */
  readonly foundAfterFull: number;
  readonly fileSizeMatchesSaved: boolean;
  readonly savedAfterSpaceFreed: boolean;
  readonly openedReadOnly: boolean;
  readonly readOnlyRefusal: string | null;
  readonly readOnlyNotices: readonly string[];
  readonly foundWhenReadOnly: number;
  readonly unchangedWhenReadOnly: boolean;
}

const { values } = parseArgs({ options: { mount: { type: 'string' } } });
const mount = values.mount;
if (!mount) throw new Error('usage: disk-fault-child --mount DIR');

const codeOf = (error: unknown) => (error instanceof DeskError ? error.code : String(error));
const noticesOf = (list: DeskNotice[]) => list.map((n) => (n.kind === 'writeFailed' ? `writeFailed:${n.error.code}` : n.kind));

const desk = deskFor(path.join(mount, 'data'));
const info = await desk.createCongress(congressInput());
await desk.importRoster({ fileName: 'r.csv', delegates: syntheticRoster(250) });
const sittingId = 'am';
const codes = [...desk.state.roster.delegates.values()].map((d) => d.code);
const acknowledged = new Set<number>();
let next = 0;
const checkInNext = async () => {
  const code = codes[next++] ?? '';
  await desk.checkIn({ sittingId, target: { kind: 'code', code }, method: 'code' });
  acknowledged.add(desk.state.seq);
};
for (let i = 0; i < 10; i++) await checkInNext();

// Fill the disk: the filler takes every free block.
const filler = await fs.open(path.join(mount, 'filler'), 'w');
const block = Buffer.alloc(64 * 1024, 0x2e);
for (let size = block.length; size >= 1; size = Math.floor(size / 4)) {
  for (;;) {
    try {
      await filler.write(block.subarray(0, size));
    } catch {
      break;
    }
  }
}
await filler.close();

const notices: DeskNotice[] = [];
const off = desk.subscribe((n) => notices.push(n));
let acceptedWhenFull = 0;
let fullRefusal: string | null = null;
let stateUnchangedByRefusal = false;
for (let tries = 0; tries < 200 && fullRefusal === null; tries++) {
  const before = desk.state;
  try {
    await checkInNext();
    acceptedWhenFull++;
  } catch (error) {
    fullRefusal = codeOf(error);
    stateUnchangedByRefusal = desk.state === before;
  }
}
off();
const fullNotices = noticesOf(notices.filter((n) => n.kind === 'writeFailed'));
const onDisk = await fs.readFile(info.path);
const scanned = scanJournal(onDisk, info.path);
const foundAfterFull = scanned.entries.filter((e) => acknowledged.has(e.seq)).length;
const acknowledgedWhenFull = acknowledged.size;
const fileSizeMatchesSaved = scanned.badLine === null && scanned.entries.length === desk.state.seq && scanned.goodLength === onDisk.length;

await fs.rm(path.join(mount, 'filler'));
let savedAfterSpaceFreed = false;
try {
  next--;
  await checkInNext();
  savedAfterSpaceFreed = true;
} catch {
  savedAfterSpaceFreed = false;
}
await desk.close();

// Now the whole disk becomes read-only (no file on it is open for writing any more).
const remount = spawnSync('mount', ['-o', 'remount,ro', mount], { encoding: 'utf8' });
if (remount.status !== 0) throw new Error(`remount failed: ${remount.stderr}`);
const frozen = await fs.readFile(info.path);
const reader = deskFor(path.join(mount, 'data'), 'reader');
const opened = await reader.openSession({ path: info.path });
const readOnlyList: DeskNotice[] = [];
reader.subscribe((n) => readOnlyList.push(n));
let readOnlyRefusal: string | null = null;
try {
  await reader.checkIn({ sittingId, target: { kind: 'code', code: codes[next] ?? '' }, method: 'code' });
} catch (error) {
  readOnlyRefusal = codeOf(error);
}
const foundWhenReadOnly = (await reader.getJournal({})).entries.filter((e) => acknowledged.has(e.seq)).length - (savedAfterSpaceFreed ? 1 : 0);
await reader.close();

const report: DiskFaultReport = {
  acknowledged: acknowledgedWhenFull,
  acceptedWhenFull,
  fullRefusal,
  fullNotices,
  stateUnchangedByRefusal,
  foundAfterFull,
  fileSizeMatchesSaved,
  savedAfterSpaceFreed,
  openedReadOnly: opened.readOnly,
  readOnlyRefusal,
  readOnlyNotices: noticesOf(readOnlyList.filter((n) => n.kind === 'writeFailed')),
  foundWhenReadOnly,
  unchangedWhenReadOnly: (await fs.readFile(info.path)).equals(frozen),
};
process.stdout.write(JSON.stringify(report) + '\n');
