import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `lines` to `folder/name` as Excel saves "CSV UTF-8" (a byte order mark, CRLF line ends); returns its path. */
export function writeExcelCsv(folder: string, name: string, lines: readonly string[]): string {
  const file = path.join(folder, name);
  writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return file;
}
