// A full disk and a read-only disk, for real: the desk service runs on a small tmpfs in a private
// namespace (scripts/support/tmpfs-sandbox.ts), and disk-fault-child.ts reports what happened.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnInSandbox, tmpfsSandbox } from '../support/tmpfs-sandbox.js';
import type { DiskFaultReport } from './disk-fault-child.js';

export type DiskFaultResult =
  | { readonly skipped: string }
  | { readonly report: DiskFaultReport; readonly failures: readonly string[] };

export function judgeDiskFaults(r: DiskFaultReport): string[] {
  const failures: string[] = [];
  if (r.fullRefusal !== 'session.diskFull') failures.push(`a write to the full disk gave ${r.fullRefusal ?? 'no refusal'}, expected session.diskFull`);
  if (!r.fullNotices.includes('writeFailed:session.diskFull')) failures.push('no writeFailed notice told the windows that the disk is full');
  if (!r.stateUnchangedByRefusal) failures.push('the refused check-in changed the state anyway');
  if (r.foundAfterFull !== r.acknowledged) failures.push(`${r.acknowledged - r.foundAfterFull} acknowledged events missing from the file after the disk filled`);
  if (!r.fileSizeMatchesSaved) failures.push('the refused write left bytes in the file');
  if (!r.savedAfterSpaceFreed) failures.push('nothing could be saved once space was freed');
  if (!r.openedReadOnly) failures.push('a file on a read-only disk did not open for reading');
  if (r.readOnlyRefusal !== 'session.readOnlyDisk') failures.push(`a write to the read-only disk gave ${r.readOnlyRefusal ?? 'no refusal'}, expected session.readOnlyDisk`);
  if (!r.readOnlyNotices.includes('writeFailed:session.readOnlyDisk')) failures.push('no writeFailed notice told the windows that the disk is read-only');
  if (r.foundWhenReadOnly !== r.acknowledged) failures.push('acknowledged events missing when the file was opened read-only');
  if (!r.unchangedWhenReadOnly) failures.push('the read-only file changed');
  return failures;
}

export async function runDiskFaults(child: string): Promise<DiskFaultResult> {
  const support = tmpfsSandbox();
  if (!support.available) return { skipped: support.reason };
  const mountPoint = mkdtempSync(path.join(os.tmpdir(), 'disk-faults-'));
  try {
    const process_ = spawnInSandbox({ mountPoint, sizeBytes: 4 * 1024 * 1024 }, process.execPath, [child, '--mount', mountPoint], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    process_.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    process_.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => process_.once('exit', (c) => resolve(c)));
    const line = out.trim().split('\n').at(-1) ?? '';
    if (code !== 0 || !line.startsWith('{')) throw new Error(`the disk fault run failed (${code}):\n${out}${err}`);
    const report = JSON.parse(line) as DiskFaultReport;
    return { report, failures: judgeDiskFaults(report) };
  } finally {
    rmSync(mountPoint, { recursive: true, force: true });
  }
}
