import { promises as fs } from 'node:fs';
import os from 'node:os';
import { DeskError } from '../../shared/domain/errors.js';

/**
 * One writer per session file: a lock file beside it, created exclusively (O_EXCL). A lock left by
 * a process that died (a crash) is taken over; a lock held by a live process refuses the open.
 */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export function lockPathOf(sessionPath: string): string {
  return `${sessionPath}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const raw: unknown = JSON.parse(await fs.readFile(lockPath, 'utf8'));
    if (typeof raw === 'object' && raw !== null && 'pid' in raw && 'host' in raw && typeof raw.pid === 'number' && typeof raw.host === 'string') {
      return { pid: raw.pid, host: raw.host, since: 'since' in raw && typeof raw.since === 'string' ? raw.since : '' };
    }
    return null;
  } catch {
    return null;
  }
}

export interface SessionLock {
  release(): Promise<void>;
}

export async function acquireLock(sessionPath: string): Promise<SessionLock> {
  const lockPath = lockPathOf(sessionPath);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockPath, JSON.stringify(me), { flag: 'wx' });
      return {
        async release() {
          const owner = await readOwner(lockPath);
          if (owner && owner.pid === me.pid && owner.host === me.host) await fs.rm(lockPath, { force: true });
        },
      };
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) {
        // A folder we cannot write to: the journal itself will report that precisely.
        return { release: async () => undefined };
      }
      const owner = await readOwner(lockPath);
      const stale = owner === null ? attempt > 0 : owner.host === me.host && !isAlive(owner.pid);
      if (owner && owner.pid === me.pid && owner.host === me.host) {
        throw new DeskError('session.locked', { path: sessionPath, pid: owner.pid, host: owner.host });
      }
      if (!stale) {
        if (owner === null) continue;
        throw new DeskError('session.locked', { path: sessionPath, pid: owner.pid, host: owner.host });
      }
      await fs.rm(lockPath, { force: true });
    }
  }
  throw new DeskError('session.locked', { path: sessionPath, pid: 0, host: os.hostname() });
}
