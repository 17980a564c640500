import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SessionFileInfo } from '../../shared/domain/session.js';
import { JOURNAL_FORMAT, SESSION_EXTENSION } from './journal-format.js';
import { foldKey } from '../../shared/text/fold.js';

const PEEK_BYTES = 64 * 1024;

/** Reads the header and the congress name from the start of a session file, without replaying it. */
export async function describeSessionFile(filePath: string): Promise<SessionFileInfo | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const stat = await handle.stat();
    const buffer = Buffer.alloc(Math.min(PEEK_BYTES, stat.size));
    await handle.read(buffer, 0, buffer.length, 0);
    const [headerLine, firstEvent] = buffer.toString('utf8').split('\n');
    const header: unknown = JSON.parse(headerLine ?? '');
    if (typeof header !== 'object' || header === null || !('format' in header) || header.format !== JOURNAL_FORMAT) return null;
    let congressName: string | null = null;
    try {
      const event: unknown = JSON.parse(firstEvent ?? '');
      if (
        typeof event === 'object' && event !== null && 'payload' in event &&
        typeof event.payload === 'object' && event.payload !== null && 'congress' in event.payload &&
        typeof event.payload.congress === 'object' && event.payload.congress !== null &&
        'name' in event.payload.congress && typeof event.payload.congress.name === 'string'
      ) {
        congressName = event.payload.congress.name;
      }
    } catch {
      // A file whose first event is longer than the peek, or not yet written: no name to show.
    }
    return {
      path: filePath,
      fileName: path.basename(filePath),
      congressName,
      modifiedAt: stat.mtime.toISOString(),
      sizeBytes: stat.size,
    };
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

export async function listSessionFiles(folder: string, extra: readonly string[]): Promise<SessionFileInfo[]> {
  let names: string[] = [];
  try {
    names = (await fs.readdir(folder)).filter((n) => n.endsWith(SESSION_EXTENSION));
  } catch {
    names = [];
  }
  const paths = new Set([...extra, ...names.map((n) => path.join(folder, n))]);
  const infos = await Promise.all([...paths].map(describeSessionFile));
  return infos.filter((i): i is SessionFileInfo => i !== null).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** A readable, unique file name for a new congress: "dai-hoi-dai-bieu-...-2026-11-26.congress". */
export async function newSessionPath(folder: string, title: string, date: string): Promise<string> {
  const slug = foldKey(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'congress';
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${slug}-${date}${n > 1 ? `-${n}` : ''}${SESSION_EXTENSION}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}
