import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SESSION_EXTENSION } from './journal-format.js';

export const BACKUPS_KEPT = 10;
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** The backups of one session file live in a folder named after it. */
export function backupFolder(backupsDir: string, sessionPath: string): string {
  return path.join(backupsDir, path.basename(sessionPath, SESSION_EXTENSION));
}

/** Copies the session file into its backups folder and keeps the newest BACKUPS_KEPT copies. */
export async function backupSession(backupsDir: string, sessionPath: string, now: Date): Promise<string> {
  const folder = backupFolder(backupsDir, sessionPath);
  await fs.mkdir(folder, { recursive: true });
  const target = path.join(folder, `${stamp(now)}${SESSION_EXTENSION}`);
  await fs.copyFile(sessionPath, target);
  const copies = (await fs.readdir(folder)).filter((f) => f.endsWith(SESSION_EXTENSION)).sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT))) {
    await fs.rm(path.join(folder, old), { force: true });
  }
  return target;
}
