// One crash cycle: a writer process appends through the real desk service and is killed with
// SIGKILL at a random moment; then the file is reopened as the desk would after a restart, and
// every event the writer had acknowledged must be in it, unchanged, in order, once.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { DeskService, headlessPlatform } from '../../electron/services/desk.js';
import { memoryStore, preferencesStore } from '../../electron/services/preferences.js';
import type { JournalEntry } from '../../shared/domain/events.js';
import { congressInput } from '../../tests/support/domain.js';
import type { AckLine } from './writer.js';
import { syntheticRoster } from '../support/synthetic-roster.js';

export interface CrashCycle {
  /** Events acknowledged to the parent before the kill. */
  readonly acknowledged: number;
  /** Of them, how many of each event type (`speech.started`: 12): what the writer moved. */
  readonly acknowledgedTypes: Readonly<Record<string, number>>;
  /** Acknowledged events found in the reopened file, identical (must equal `acknowledged`). */
  readonly found: number;
  /** Events on disk past the last acknowledgement: written, but killed before it could say so. */
  readonly unacknowledgedKept: number;
  /** Sequence numbers that occur more than once among the file's lines (must be 0). */
  readonly duplicateSeqs: number;
  /** Lines that were cut by the kill and dropped on reopening (a torn tail), in bytes. */
  readonly tornBytes: number;
  readonly killedAfterMs: number;
  /** What is wrong, in words; empty when the cycle passed. */
  readonly failures: readonly string[];
}

export function deskFor(dataDir: string, actor = 'soak'): DeskService {
  return new DeskService({ dataDir, preferences: preferencesStore(memoryStore()), platform: headlessPlatform('web'), appVersion: 'soak', actor, backupIntervalMs: 0 });
}

/** A congress with a synthetic roster, in its own session file, closed again. */
export async function prepareSession(dataDir: string, delegates = 250): Promise<string> {
  const desk = deskFor(dataDir);
  const info = await desk.createCongress(congressInput({ name: `Đại hội kiểm tra độ bền ${delegates}` }));
  await desk.importRoster({ fileName: 'soak.csv', delegates: syntheticRoster(delegates) });
  await desk.close();
  return info.path;
}

/** Sequence numbers that occur on more than one line of the raw file, whatever else is wrong with it. */
export function duplicateSeqs(bytes: Buffer): number {
  const seen = new Set<number>();
  let duplicates = 0;
  for (const line of bytes.toString('utf8').split('\n').slice(1)) {
    const match = /^\{"seq":(\d+),/.exec(line);
    if (!match) continue;
    const seq = Number(match[1]);
    if (seen.has(seq)) duplicates++;
    seen.add(seq);
  }
  return duplicates;
}

export interface CrashCycleOptions {
  /** The compiled writer script. */
  readonly writer: string;
  readonly dataDir: string;
  readonly sessionPath: string;
  readonly seed: number;
  /** The kill comes this long after the writer is ready… */
  readonly killAfterMs: number;
  /** …or as this many acknowledgements arrive, if sooner (tests that need the writer to have done enough). */
  readonly killAfterAcks?: number;
}

export async function crashCycle(options: CrashCycleOptions): Promise<CrashCycle> {
  const failures: string[] = [];
  const acknowledged = new Map<number, AckLine['entries'][number]>();
  const child = spawn(process.execPath, [options.writer, '--data-dir', options.dataDir, '--session', options.sessionPath, '--seed', String(options.seed)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  let errors = '';
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  let seqAtStart = 0;
  let acks = 0;
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (line.startsWith('READY ') && killTimer === undefined) {
        seqAtStart = Number(line.slice(6));
        killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
      } else if (line.startsWith('ACK ')) {
        const ack = JSON.parse(line.slice(4)) as AckLine;
        for (const entry of ack.entries) acknowledged.set(entry.seq, entry);
        if (++acks === options.killAfterAcks) child.kill('SIGKILL');
      } else if (line.startsWith('REFUSED')) {
        failures.push(`the writer was refused: ${line}`);
      }
      end = pending.indexOf('\n');
    }
  });
  const exit = await new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  clearTimeout(killTimer);
  if (exit !== 'SIGKILL') failures.push(`the writer ended by itself (${String(exit)}): ${errors.trim()}`);

  const bytes = readFileSync(options.sessionPath);
  const duplicates = duplicateSeqs(bytes);
  if (duplicates > 0) failures.push(`${duplicates} duplicate sequence numbers in the file`);

  const desk = deskFor(options.dataDir, 'soak-check');
  let entries: readonly JournalEntry[] = [];
  let tornBytes = 0;
  try {
    const info = await desk.openSession({ path: options.sessionPath });
    if (info.recovery?.kind === 'damagedLine') failures.push(`damage inside the file at line ${info.recovery.line}`);
    if (info.recovery?.kind === 'tornTail') tornBytes = info.recovery.droppedBytes;
    entries = (await desk.getJournal({})).entries;
  } catch (error) {
    failures.push(`the file does not open: ${String(error)}`);
  } finally {
    await desk.close();
  }

  let found = 0;
  let lastAcknowledged = seqAtStart;
  for (const [seq, expected] of acknowledged) {
    lastAcknowledged = Math.max(lastAcknowledged, seq);
    const actual = entries[seq - 1];
    if (actual && actual.seq === seq && actual.type === expected.type && isDeepStrictEqual(actual.payload, expected.payload)) found++;
    else failures.push(`acknowledged event ${seq} (${expected.type}) is ${actual ? 'different' : 'missing'} after reopening`);
  }
  entries.forEach((e, i) => {
    if (e.seq !== i + 1) failures.push(`entry ${i + 1} carries sequence number ${e.seq}`);
  });
  const acknowledgedTypes: Record<string, number> = {};
  for (const { type } of acknowledged.values()) acknowledgedTypes[type] = (acknowledgedTypes[type] ?? 0) + 1;
  return {
    acknowledged: acknowledged.size,
    acknowledgedTypes,
    found,
    unacknowledgedKept: Math.max(0, entries.length - lastAcknowledged),
    duplicateSeqs: duplicates,
    tornBytes,
    killedAfterMs: options.killAfterMs,
    failures,
  };
}
