// Session files damaged the ways disks, crashes, people and other versions damage them. Each is
// opened by a fresh desk service as the app would open it: what can be recovered opens, with the
// original copied aside first; what cannot is refused with a message in the user's language; and
// the file itself is never rewritten, at most cut back to its last good line.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeskError, type ErrorCode } from '../../shared/domain/errors.js';
import type { RecoveryReport } from '../../shared/domain/session.js';
import { JOURNAL_VERSION } from '../../electron/services/journal-format.js';
import { errorText } from '../support/messages.js';
import { deskFor } from './crash.js';

export type Expected =
  | { readonly outcome: 'refused'; readonly code: ErrorCode }
  | { readonly outcome: 'recovered'; readonly kind: RecoveryReport['kind'] | null };

export interface Corruption {
  readonly name: string;
  readonly damage: (original: Buffer) => Buffer;
  readonly expected: Expected;
}

function lines(bytes: Buffer): string[] {
  return bytes.toString('utf8').split('\n');
}

/** The line index (0 is the header) in the middle of the events. */
function middle(bytes: Buffer): number {
  return Math.max(1, Math.floor((lines(bytes).length - 1) / 2));
}

export const CORRUPTIONS: readonly Corruption[] = [
  { name: 'zero bytes', damage: () => Buffer.alloc(0), expected: { outcome: 'refused', code: 'session.empty' } },
  {
    name: 'truncated mid-line',
    damage: (b) => b.subarray(0, b.length - Math.floor((b.length - b.lastIndexOf(0x0a, b.length - 2)) / 2)),
    expected: { outcome: 'recovered', kind: 'tornTail' },
  },
  { name: 'NUL-filled tail', damage: (b) => Buffer.concat([b, Buffer.alloc(8192, 0)]), expected: { outcome: 'recovered', kind: 'tornTail' } },
  {
    name: 'garbage line in the middle',
    damage: (b) => {
      const all = lines(b);
      all.splice(middle(b), 0, '\u0000\u00ff garbage from a bad sector \u0007');
      return Buffer.from(all.join('\n'), 'utf8');
    },
    expected: { outcome: 'recovered', kind: 'damagedLine' },
  },
  {
    name: 'a line repeated (duplicate sequence number)',
    damage: (b) => {
      const all = lines(b);
      const at = middle(b);
      all.splice(at, 0, all[at] ?? '');
      return Buffer.from(all.join('\n'), 'utf8');
    },
    expected: { outcome: 'recovered', kind: 'damagedLine' },
  },
  {
    name: 'one flipped bit inside an event',
    damage: (b) => {
      const copy = Buffer.from(b);
      const start = Buffer.byteLength(lines(b).slice(0, middle(b)).join('\n'), 'utf8') + 1;
      copy[start + 3] = (copy[start + 3] ?? 0) ^ 0x40;
      return copy;
    },
    expected: { outcome: 'recovered', kind: 'damagedLine' },
  },
  {
    name: 'last newline lost',
    damage: (b) => b.subarray(0, b.length - 1),
    expected: { outcome: 'recovered', kind: null },
  },
  {
    name: 'a file from a newer format version',
    damage: (b) => {
      const all = lines(b);
      const header = JSON.parse(all[0] ?? '{}') as Record<string, unknown>;
      all[0] = JSON.stringify({ ...header, version: JOURNAL_VERSION + 1 });
      return Buffer.from(all.join('\n'), 'utf8');
    },
    expected: { outcome: 'refused', code: 'session.newerFormat' },
  },
  {
    name: 'a roster spreadsheet renamed .congress',
    damage: () => Buffer.from('Mã đại biểu;Họ và tên;Đơn vị\r\nDB001;Nguyễn Văn An;Văn phòng\r\n', 'utf8'),
    expected: { outcome: 'refused', code: 'session.notACongressFile' },
  },
];

export interface CorruptionResult {
  readonly name: string;
  /** What happened, for the soak's table: "refused: session.empty", "recovered: tornTail (kept 812)". */
  readonly summary: string;
  /** The user's message (refusals) in English and Vietnamese. */
  readonly messages: readonly string[];
  readonly failures: readonly string[];
}

function bakFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.bak'));
}

/**
 * Damages a copy of `originalPath` into `dir`, opens it with a fresh desk service, and checks what
 * the corruption's expectation says, plus the rules every case shares.
 */
export async function checkCorruption(corruption: Corruption, originalPath: string, dir: string): Promise<CorruptionResult> {
  const failures: string[] = [];
  const messages: string[] = [];
  const original = readFileSync(originalPath);
  const damaged = corruption.damage(original);
  const file = path.join(dir, `${corruption.name.replace(/[^a-z0-9]+/gi, '-')}.congress`);
  writeFileSync(file, damaged);
  const baks = bakFiles(dir).length;
  const desk = deskFor(path.join(dir, 'desk'));
  let summary: string;
  try {
    const info = await desk.openSession({ path: file });
    const kept = desk.state.seq;
    summary = `recovered: ${info.recovery?.kind ?? 'nothing to repair'} (kept ${kept} events)`;
    if (corruption.expected.outcome !== 'recovered') failures.push(`opened, but should have been refused with ${corruption.expected.code}`);
    else if ((info.recovery?.kind ?? null) !== corruption.expected.kind) failures.push(`recovery ${info.recovery?.kind ?? 'none'}, expected ${corruption.expected.kind ?? 'none'}`);
    const now = readFileSync(file);
    if (info.recovery) {
      // The complete damaged file is kept aside, byte for byte.
      if (!existsSync(info.recovery.copiedTo) || !readFileSync(info.recovery.copiedTo).equals(damaged)) failures.push('the original was not copied aside intact');
    } else if (bakFiles(dir).length !== baks) failures.push('a copy was made although nothing was dropped');
    // Never rewritten: what is left is the damaged file's beginning (plus a lost newline put back).
    const prefix = now.at(-1) === 0x0a && damaged.at(now.length - 1) !== 0x0a ? now.subarray(0, -1) : now;
    if (!damaged.subarray(0, prefix.length).equals(prefix)) failures.push('the file was rewritten, not only cut back');
    // And the desk goes on writing to it.
    const someone = desk.state.roster.delegates.first();
    const sittingId = desk.state.attendance.activeSittingId;
    if (someone && sittingId) {
      await desk.checkOut({ sittingId, delegateId: someone.id }).catch(() => desk.checkIn({ sittingId, target: { kind: 'delegate', delegateId: someone.id }, method: 'roster' }));
      if (desk.state.seq !== kept + 1) failures.push('no new event could be saved after recovery');
    }
  } catch (error) {
    const code = error instanceof DeskError ? error.code : String(error);
    summary = `refused: ${code}`;
    if (corruption.expected.outcome !== 'refused') failures.push(`refused with ${code}, should have opened`);
    else if (code !== corruption.expected.code) failures.push(`refused with ${code}, expected ${corruption.expected.code}`);
    if (error instanceof DeskError) {
      for (const language of ['en', 'vi'] as const) messages.push(errorText(error, language));
      if (!messages.every((m) => m.includes(file))) failures.push('the message does not name the file');
    }
    if (!readFileSync(file).equals(damaged)) failures.push('a refused file was changed');
    if (bakFiles(dir).length !== baks) failures.push('a refused file was copied aside');
  } finally {
    await desk.close();
  }
  return { name: corruption.name, summary, messages, failures };
}
