import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { sessionEventSchema, type JournalEntry, type SessionEvent } from '../../shared/domain/events.js';
import { DeskError } from '../../shared/domain/errors.js';
import type { RecoveryReport } from '../../shared/domain/session.js';
import { JOURNAL_FORMAT, JOURNAL_VERSION, entryLines, headerLine, journalHeaderSchema, type JournalHeader } from './journal-format.js';
import { nodeFileOps, syncDirectory, type AppendFile, type FileOps } from './file-ops.js';
import { z } from 'zod';

/**
 * A session journal: one header line, then one event per line, appended and made durable
 * (fdatasync) before anyone is told it is saved. The file is never rewritten; the only shortening
 * is dropping an unreadable tail after opening, and only once the original is copied aside.
 */

interface Envelope {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly type: string;
  readonly payload: unknown;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * The line's envelope (sequence number, time, author, type), or null. Checked by hand rather than
 * with a schema: it runs once per line when a session opens, and at 100,000 lines that is a
 * tenth of a second saved; the event itself is still parsed with its schema.
 */
function envelopeOf(raw: unknown): Envelope | null {
  if (typeof raw !== 'object' || raw === null || !('seq' in raw) || !('at' in raw) || !('actor' in raw) || !('type' in raw)) return null;
  const { seq, at, actor, type } = raw;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return null;
  if (typeof at !== 'string' || !INSTANT.test(at)) return null;
  if (typeof actor !== 'string' || actor.length < 1 || actor.length > 64) return null;
  if (typeof type !== 'string') return null;
  return { seq, at, actor, type, payload: 'payload' in raw ? raw.payload : undefined };
}

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ScanResult {
  readonly header: JournalHeader;
  readonly entries: JournalEntry[];
  /** Bytes of the file that hold the header and every readable entry, newline included. */
  readonly goodLength: number;
  /** 1-based line number of the first unreadable line, or null. */
  readonly badLine: number | null;
  /** True when no readable entry follows the bad line: a write cut short by a crash. */
  readonly badIsTail: boolean;
  readonly droppedLines: number;
  /** The last entry is complete but its newline is missing (cut between the two). */
  readonly missingFinalNewline: boolean;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(sessionEventSchema.options.map((o) => o.shape.type.value));

/**
 * One line of the journal, or null when it is damaged, or the type of an event this version does
 * not know: a well-formed line of a newer version, which must never be mistaken for damage (that
 * would cut the file short) but refused, leaving the file as it is.
 */
function parseEntry(bytes: Uint8Array, expectedSeq: number): JournalEntry | { readonly unknownType: string } | null {
  try {
    const raw: unknown = JSON.parse(utf8.decode(bytes));
    const envelope = envelopeOf(raw);
    if (envelope === null || envelope.seq !== expectedSeq) return null;
    if (!KNOWN_TYPES.has(envelope.type)) return { unknownType: envelope.type };
    const event = sessionEventSchema.safeParse({ type: envelope.type, payload: envelope.payload });
    if (!event.success) return null;
    return { seq: envelope.seq, at: envelope.at, actor: envelope.actor, ...event.data };
  } catch {
    return null;
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0 && b !== 0x20 && b !== 0x0d && b !== 0x09) return false;
  return true;
}

/** Reads a whole journal; pure apart from its input, so recovery rules are unit-testable. */
export function scanJournal(bytes: Uint8Array, filePath: string): ScanResult {
  if (bytes.length === 0) throw new DeskError('session.empty', { path: filePath });
  const lines: { start: number; end: number; hasNewline: boolean }[] = [];
  let start = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, start)) {
    lines.push({ start, end: i, hasNewline: true });
    start = i + 1;
  }
  if (start < bytes.length) lines.push({ start, end: bytes.length, hasNewline: false });

  const first = lines[0];
  let header: JournalHeader;
  try {
    const raw: unknown = first ? JSON.parse(utf8.decode(bytes.subarray(first.start, first.end))) : null;
    const loose = z.object({ format: z.literal(JOURNAL_FORMAT), version: z.number() }).safeParse(raw);
    if (!loose.success) throw new DeskError('session.notACongressFile', { path: filePath });
    if (loose.data.version > JOURNAL_VERSION) {
      throw new DeskError('session.newerFormat', { path: filePath, version: loose.data.version });
    }
    header = journalHeaderSchema.parse(raw);
  } catch (error) {
    if (error instanceof DeskError) throw error;
    throw new DeskError('session.notACongressFile', { path: filePath });
  }
  if (!first?.hasNewline) throw new DeskError('session.notACongressFile', { path: filePath });

  const entries: JournalEntry[] = [];
  let goodLength = first.end + 1;
  let badLine: number | null = null;
  let missingFinalNewline = false;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (!line) break;
    const content = bytes.subarray(line.start, line.end);
    if (line.hasNewline && content.length === 0) {
      // An empty line carries nothing; tolerate it so a hand-edited file still opens.
      goodLength = line.end + 1;
      continue;
    }
    const entry = parseEntry(content, entries.length + 1);
    if (!entry) {
      badLine = n + 1;
      break;
    }
    if ('unknownType' in entry) {
      throw new DeskError('session.unknownEvent', { path: filePath, line: n + 1, type: entry.unknownType.slice(0, 60) });
    }
    entries.push(entry);
    goodLength = line.hasNewline ? line.end + 1 : line.end;
    missingFinalNewline = !line.hasNewline;
  }

  let badIsTail = true;
  let droppedLines = 0;
  if (badLine !== null) {
    for (let n = badLine - 1; n < lines.length; n++) {
      const line = lines[n];
      if (!line) continue;
      const content = bytes.subarray(line.start, line.end);
      if (isBlank(content)) continue;
      droppedLines++;
      if (n > badLine - 1) {
        try {
          if (envelopeOf(JSON.parse(utf8.decode(content))) !== null) badIsTail = false;
        } catch {
          // Still unreadable: part of the same damage.
        }
      }
    }
  }
  return { header, entries, goodLength, badLine, badIsTail, droppedLines, missingFinalNewline };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/**
 * Copies the original aside before anything is dropped: `<file>.damaged-<time>.bak`, or
 * `<file>.damaged-<time>-2.bak` and on when an earlier copy of the same second exists; an existing
 * copy is never overwritten.
 */
async function copyAside(filePath: string, now: Date): Promise<string> {
  for (let n = 1; ; n++) {
    const target = `${filePath}.damaged-${stamp(now)}${n > 1 ? `-${n}` : ''}.bak`;
    try {
      await fs.copyFile(filePath, target, fsConstants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || n >= 100) throw error;
    }
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The disk or folder refuses writes by its nature (read-only medium, no permission), not by accident. */
function isReadOnlyError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

function writeError(error: unknown): DeskError {
  const code = errorCode(error) || 'EIO';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new DeskError('session.diskFull');
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new DeskError('session.readOnlyDisk');
    default:
      return new DeskError('session.writeFailed', { detail: code });
  }
}

export interface OpenedJournal {
  readonly journal: Journal;
  readonly entries: JournalEntry[];
  readonly recovery: RecoveryReport | null;
}

export class Journal {
  readonly path: string;
  readonly header: JournalHeader;
  private file: AppendFile | null;
  /** Opened from a read-only disk or folder: readable, never written. */
  readonly readOnly: boolean;
  private size: number;
  private lastSeq: number;
  private queue: Promise<unknown> = Promise.resolve();
  private blocked = false;

  private constructor(filePath: string, header: JournalHeader, file: AppendFile | null, size: number, lastSeq: number) {
    this.path = filePath;
    this.header = header;
    this.file = file;
    this.readOnly = file === null;
    this.size = size;
    this.lastSeq = lastSeq;
  }

  get seq(): number {
    return this.lastSeq;
  }

  /** True once a failed write could not be rolled back: the file accepts nothing more. */
  get writeBlocked(): boolean {
    return this.blocked;
  }

  static async create(filePath: string, header: JournalHeader, ops: FileOps = nodeFileOps): Promise<Journal> {
    const line = headerLine(header);
    try {
      await fs.writeFile(filePath, line, { flag: 'wx' });
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') {
        throw new DeskError('session.exists', { path: filePath });
      }
      throw writeError(error);
    }
    const file = await ops.openForAppend(filePath);
    await file.datasync();
    await syncDirectory(path.dirname(filePath));
    return new Journal(filePath, header, file, Buffer.byteLength(line), 0);
  }

  static async open(filePath: string, options: { ops?: FileOps; now?: () => Date } = {}): Promise<OpenedJournal> {
    const ops = options.ops ?? nodeFileOps;
    const now = options.now ?? (() => new Date());
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(filePath);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code === 'ENOENT') throw new DeskError('session.notFound', { path: filePath });
      throw new DeskError('session.unreadable', { path: filePath, detail: code || String(error) });
    }
    const scan = scanJournal(bytes, filePath);
    let file: AppendFile;
    try {
      file = await ops.openForAppend(filePath);
    } catch (error) {
      // A file on a write-protected stick or in a folder without write permission: it can still be
      // read and shown, as long as nothing in it needs repairing (which would mean writing).
      if (isReadOnlyError(error) && scan.badLine === null) {
        return { journal: new Journal(filePath, scan.header, null, scan.goodLength, scan.entries.length), entries: scan.entries, recovery: null };
      }
      if (isReadOnlyError(error)) throw new DeskError('session.readOnlyDamaged', { path: filePath, line: scan.badLine ?? 0 });
      throw new DeskError('session.unreadable', { path: filePath, detail: errorCode(error) || String(error) });
    }
    let recovery: RecoveryReport | null = null;
    if (scan.badLine !== null) {
      let copiedTo: string;
      try {
        copiedTo = await copyAside(filePath, now());
      } catch (error) {
        // Without a copy of the original nothing may be dropped: refuse, and leave the file as it is.
        await file.close();
        throw isReadOnlyError(error) ? new DeskError('session.readOnlyDamaged', { path: filePath, line: scan.badLine }) : writeError(error);
      }
      recovery = scan.badIsTail
        ? { kind: 'tornTail', keptEvents: scan.entries.length, droppedBytes: bytes.length - scan.goodLength, copiedTo }
        : { kind: 'damagedLine', line: scan.badLine, keptEvents: scan.entries.length, droppedLines: scan.droppedLines, copiedTo };
    }
    let size = scan.goodLength;
    try {
      if (scan.badLine !== null) {
        await file.truncate(scan.goodLength);
      }
      if (scan.missingFinalNewline) {
        size += await file.write(Uint8Array.of(NEWLINE), size);
      }
      if (scan.badLine !== null || scan.missingFinalNewline) await file.datasync();
    } catch (error) {
      await file.close();
      throw writeError(error);
    }
    const journal = new Journal(filePath, scan.header, file, size, scan.entries.length);
    return { journal, entries: scan.entries, recovery };
  }

  /**
   * Appends events in order and resolves once they are on disk. On failure the file is cut back to
   * what it held before, so that a half-written line can never sit in the middle of the journal.
   */
  append(events: readonly SessionEvent[], at: string, actor: string): Promise<JournalEntry[]> {
    const run = this.queue.then(() => this.appendNow(events, at, actor));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(events: readonly SessionEvent[], at: string, actor: string): Promise<JournalEntry[]> {
    if (events.length === 0) return [];
    const file = this.file;
    if (this.readOnly) throw new DeskError('session.readOnlyDisk');
    if (!file) throw new DeskError('session.none');
    if (this.blocked) throw new DeskError('session.readOnly');
    const entries: JournalEntry[] = events.map((event, i) => ({ seq: this.lastSeq + i + 1, at, actor, ...event }));
    const data = Buffer.from(entryLines(entries), 'utf8');
    const before = this.size;
    try {
      await file.write(data, before);
      await file.datasync();
    } catch (error) {
      try {
        await file.truncate(before);
        await file.datasync();
      } catch {
        this.blocked = true;
      }
      throw writeError(error);
    }
    this.size = before + data.length;
    this.lastSeq += entries.length;
    return entries;
  }

  async close(): Promise<void> {
    await this.queue;
    const file = this.file;
    this.file = null;
    await file?.close();
  }
}
