import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, appendFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Journal } from './journal.js';
import { JOURNAL_FORMAT, JOURNAL_VERSION, type JournalHeader } from './journal-format.js';
import type { SessionEvent } from '../../shared/domain/events.js';
import { DeskError } from '../../shared/domain/errors.js';
import type { FileOps } from './file-ops.js';
import { nodeFileOps } from './file-ops.js';
import { acquireLock } from './lock.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const header: JournalHeader = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, congressId: 'c1', createdAt: '2026-07-23T00:00:00.000Z', app: 'test' };
const activate = (sittingId: string): SessionEvent => ({ type: 'sitting.activated', payload: { sittingId } });
const AT = '2026-07-23T01:00:00.000Z';

async function journalWith(count: number, name = 'c.congress'): Promise<string> {
  const file = path.join(dir, name);
  const journal = await Journal.create(file, header);
  for (let i = 0; i < count; i++) await journal.append([activate(`s${i}`)], AT, 'test');
  await journal.close();
  return file;
}

function codeOf(error: unknown): string {
  return error instanceof DeskError ? error.code : String(error);
}

describe('journal', () => {
  it('appends one line per event and replays them in order', async () => {
    const file = await journalWith(3);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ format: JOURNAL_FORMAT, version: 1 });
    const opened = await Journal.open(file);
    expect(opened.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(opened.recovery).toBeNull();
    const more = await opened.journal.append([activate('x'), activate('y')], AT, 'test');
    expect(more.map((e) => e.seq)).toEqual([4, 5]);
    await opened.journal.close();
  });

  it('drops a torn last line, keeps everything before, copies the original aside and says so', async () => {
    const file = await journalWith(3);
    const torn = '{"seq":4,"at":"2026-07-23T01:00:00.000Z","actor":"te';
    appendFileSync(file, torn);
    const original = readFileSync(file);
    const opened = await Journal.open(file);
    expect(opened.entries).toHaveLength(3);
    expect(opened.recovery).toMatchObject({ kind: 'tornTail', keptEvents: 3, droppedBytes: Buffer.byteLength(torn) });
    const copy = opened.recovery?.copiedTo ?? '';
    expect(readFileSync(copy)).toEqual(original);
    // The journal continues cleanly after the good part.
    await opened.journal.append([activate('after')], AT, 'test');
    await opened.journal.close();
    const reopened = await Journal.open(file);
    expect(reopened.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(reopened.recovery).toBeNull();
    await reopened.journal.close();
  });

  it('treats a NUL-filled tail (power loss) as a torn write', async () => {
    const file = await journalWith(2);
    appendFileSync(file, Buffer.alloc(4096, 0));
    const opened = await Journal.open(file);
    expect(opened.entries).toHaveLength(2);
    expect(opened.recovery?.kind).toBe('tornTail');
    await opened.journal.close();
  });

  it('keeps a complete last entry whose newline was lost', async () => {
    const file = await journalWith(2);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, ''));
    const opened = await Journal.open(file);
    expect(opened.entries).toHaveLength(2);
    expect(opened.recovery).toBeNull();
    await opened.journal.append([activate('z')], AT, 'test');
    await opened.journal.close();
    const reopened = await Journal.open(file);
    expect(reopened.entries).toHaveLength(3);
    await reopened.journal.close();
  });

  it('stops at a damaged line in the middle: opens what precedes it, copies the whole file aside', async () => {
    const file = await journalWith(5);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[3] = '{"seq":3,"garbage';
    writeFileSync(file, lines.join('\n'));
    const original = readFileSync(file);
    const opened = await Journal.open(file);
    expect(opened.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(opened.recovery).toMatchObject({ kind: 'damagedLine', line: 4, keptEvents: 2, droppedLines: 3 });
    expect(readFileSync(opened.recovery?.copiedTo ?? '')).toEqual(original);
    await opened.journal.close();
  });

  it('treats a bad payload or a gap in sequence numbers as damage', async () => {
    const file = await journalWith(3);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = JSON.stringify({ seq: 2, at: AT, actor: 't', type: 'sitting.activated', payload: { sittingId: 42 } });
    writeFileSync(file, lines.join('\n'));
    const damaged = await Journal.open(file);
    expect(damaged.recovery).toMatchObject({ kind: 'damagedLine', line: 3 });
    await damaged.journal.close();

    const gap = await journalWith(2, 'gap.congress');
    appendFileSync(gap, JSON.stringify({ seq: 4, at: AT, actor: 't', type: 'sitting.activated', payload: { sittingId: 'a' } }) + '\n');
    const opened = await Journal.open(gap);
    expect(opened.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(opened.recovery).toMatchObject({ kind: 'tornTail', keptEvents: 2 });
    await opened.journal.close();
  });

  it('refuses a file with an event type it does not know (a newer version wrote it) and leaves it untouched', async () => {
    const file = await journalWith(3);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = JSON.stringify({ seq: 2, at: AT, actor: 't', type: 'vote.cast', payload: { ballot: 1 } });
    writeFileSync(file, lines.join('\n'));
    const before = readFileSync(file);
    const refusal = await Journal.open(file).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DeskError);
    expect(refusal).toMatchObject({ code: 'session.unknownEvent', params: { line: 3, type: 'vote.cast' } });
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses files it must not touch, and leaves them exactly as they were', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['empty.congress', '', 'session.empty'],
      ['other.congress', 'hello world\n', 'session.notACongressFile'],
      ['binary.congress', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x10]), 'session.notACongressFile'],
      ['newer.congress', JSON.stringify({ ...header, version: 99 }) + '\n', 'session.newerFormat'],
    ];
    for (const [name, content, code] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const before = readFileSync(file);
      await expect(Journal.open(file).catch(codeOf)).resolves.toBe(code);
      expect(readFileSync(file)).toEqual(before);
    }
    await expect(Journal.open(path.join(dir, 'missing.congress')).catch(codeOf)).resolves.toBe('session.notFound');
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('rolls a failed write back so no half line is left, and says the disk is full', async () => {
    const file = await journalWith(2);
    let failNext: 'write' | 'sync' | null = null;
    const faulty: FileOps = {
      async openForAppend(p) {
        const real = await nodeFileOps.openForAppend(p);
        return {
          ...real,
          async write(data, position) {
            if (failNext === 'write') {
              // Half the bytes reach the disk, then it is full.
              await real.write(data.subarray(0, Math.floor(data.length / 2)), position);
              throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
            }
            return real.write(data, position);
          },
          async datasync() {
            if (failNext === 'sync') {
              // One failed sync: the rollback's own sync succeeds.
              failNext = null;
              throw Object.assign(new Error('io'), { code: 'EIO' });
            }
            return real.datasync();
          },
        };
      },
    };
    const opened = await Journal.open(file, { ops: faulty });
    const sizeBefore = statSync(file).size;
    failNext = 'write';
    await expect(opened.journal.append([activate('lost')], AT, 't').catch(codeOf)).resolves.toBe('session.diskFull');
    expect(statSync(file).size).toBe(sizeBefore);
    failNext = 'sync';
    await expect(opened.journal.append([activate('lost')], AT, 't').catch(codeOf)).resolves.toBe('session.writeFailed');
    expect(statSync(file).size).toBe(sizeBefore);
    failNext = null;
    const saved = await opened.journal.append([activate('kept')], AT, 't');
    expect(saved[0]?.seq).toBe(3);
    await opened.journal.close();
    const reopened = await Journal.open(file);
    expect(reopened.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(reopened.recovery).toBeNull();
    await reopened.journal.close();
  });

  it('blocks further writes when a failed write cannot be rolled back', async () => {
    const file = await journalWith(1);
    const stuck: FileOps = {
      async openForAppend(p) {
        const real = await nodeFileOps.openForAppend(p);
        return {
          ...real,
          write: () => Promise.reject(Object.assign(new Error('ro'), { code: 'EROFS' })),
          truncate: () => Promise.reject(Object.assign(new Error('ro'), { code: 'EROFS' })),
        };
      },
    };
    const opened = await Journal.open(file, { ops: stuck });
    await expect(opened.journal.append([activate('a')], AT, 't').catch(codeOf)).resolves.toBe('session.readOnlyDisk');
    expect(opened.journal.writeBlocked).toBe(true);
    await expect(opened.journal.append([activate('b')], AT, 't').catch(codeOf)).resolves.toBe('session.readOnly');
    await opened.journal.close();
  });
});

describe('journal on a read-only disk or folder', () => {
  const readOnly = (code: string): FileOps => ({
    openForAppend: () => Promise.reject(Object.assign(new Error('read-only'), { code })),
  });

  it('opens a sound file for reading only and refuses every write with a clear code', async () => {
    const file = await journalWith(3);
    const before = readFileSync(file);
    for (const code of ['EROFS', 'EACCES', 'EPERM']) {
      const opened = await Journal.open(file, { ops: readOnly(code) });
      expect(opened.journal.readOnly).toBe(true);
      expect(opened.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
      await expect(opened.journal.append([activate('x')], AT, 't').catch(codeOf)).resolves.toBe('session.readOnlyDisk');
      await opened.journal.close();
    }
    expect(readFileSync(file)).toEqual(before);
  });

  it('refuses a damaged file it could not repair without writing, and leaves it as it was', async () => {
    const file = await journalWith(3);
    appendFileSync(file, '{"seq":4,"at":"2026');
    const before = readFileSync(file);
    const error = await Journal.open(file, { ops: readOnly('EROFS') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskError);
    expect(error).toMatchObject({ code: 'session.readOnlyDamaged', params: { path: file, line: 5 } });
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('never overwrites an earlier copy of a damaged file made in the same second', async () => {
    const file = await journalWith(2);
    appendFileSync(file, '{"seq":3,"at":"20');
    const now = () => new Date('2026-07-23T01:02:03.000Z');
    const earlier = `${file}.damaged-20260723T010203.bak`;
    writeFileSync(earlier, 'an earlier copy');
    const opened = await Journal.open(file, { now });
    expect(opened.recovery?.copiedTo).toBe(`${file}.damaged-20260723T010203-2.bak`);
    expect(readFileSync(earlier, 'utf8')).toBe('an earlier copy');
    await opened.journal.close();
  });
});

describe('session lock', () => {
  it('refuses a second writer while the first holds the lock, and frees it on release', async () => {
    const file = path.join(dir, 'x.congress');
    const first = await acquireLock(file);
    await expect(acquireLock(file).catch(codeOf)).resolves.toBe('session.locked');
    await first.release();
    const second = await acquireLock(file);
    await second.release();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const file = path.join(dir, 'y.congress');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: AT }));
    const lock = await acquireLock(file);
    await lock.release();
  });
});
