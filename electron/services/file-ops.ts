import { promises as fs } from 'node:fs';

/**
 * The few file operations the journal performs, behind an interface so that tests can inject
 * the failures a real disk produces (ENOSPC, EROFS, EIO) at exactly the step they want.
 */
export interface AppendFile {
  write(data: Uint8Array, position: number): Promise<number>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface FileOps {
  openForAppend(path: string): Promise<AppendFile>;
}

export const nodeFileOps: FileOps = {
  async openForAppend(path) {
    const handle = await fs.open(path, 'r+');
    return {
      async write(data, position) {
        let written = 0;
        while (written < data.length) {
          const { bytesWritten } = await handle.write(data, written, data.length - written, position + written);
          if (bytesWritten === 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' });
          written += bytesWritten;
        }
        return written;
      },
      datasync: () => handle.datasync(),
      truncate: (length) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
};

/** Make a new directory entry durable: a file is not safely created until its folder is synced. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open a directory; their file systems order metadata themselves.
  } finally {
    await handle?.close();
  }
}
