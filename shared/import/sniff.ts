// Decides what a chosen file is before any parser sees it. Offices send rosters and agendas as
// xlsx, as CSV from Excel or from an older personnel system, and sometimes as something else
// renamed: an Excel 97 workbook, a web page saved as ".xls", a PDF. Each gets a message that says
// what to do, rather than a parser error or a screen of garbled names.

import type { ReaderProblem } from './problems.js';

type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly singleByte?: true }
  | { readonly kind: 'problem'; readonly problem: ReaderProblem };

export interface SniffOptions {
  /**
   * Text that is not UTF-8 is refused unless this accepts it read as Windows-1252: files typed in
   * the legacy Vietnamese encodings (TCVN3, VNI) are single bytes that only mean something there.
   */
  readonly acceptSingleByte?: (text: string) => boolean;
}

export type Sniffed = { readonly kind: 'xlsx' } | Decoded;

const SPREADSHEET_EXTENSIONS = new Set(['xlsx', 'xlsm']);
/** Files read as text whatever their name says; old systems export tab-separated text as ".xls". */
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', 'xls', '']);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 || dot < fileName.lastIndexOf('/') ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: Excel 97-2003 workbooks, and xlsx files protected with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const problem = (code: ReaderProblem['code'], params: ReaderProblem['params'] = {}): Decoded => ({
  kind: 'problem',
  problem: { code, params },
});

export function sniff(bytes: Uint8Array, fileName: string, options: SniffOptions = {}): Sniffed {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    // The content decides: an xlsx renamed to ".csv" is still read as a workbook.
    return SPREADSHEET_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension)
      ? { kind: 'xlsx' }
      : problem('unsupportedType', { extension });
  }
  if (startsWith(bytes, OLE)) {
    return SPREADSHEET_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension)
      ? problem('legacyXls')
      : problem('unsupportedType', { extension });
  }
  if (startsWith(bytes, PDF)) return problem('unsupportedType', { extension: extension || 'pdf' });

  const decoded = singleByteFallback(decodeText(bytes), bytes, options);
  if (decoded.kind === 'problem') {
    // A file named .xlsx that is neither a zip nor text is a broken or mislabelled download.
    return SPREADSHEET_EXTENSIONS.has(extension) && decoded.problem.code === 'binary' ? problem('notZip') : decoded;
  }
  if (looksLikeHtml(decoded.text)) return problem('htmlFile');
  if (SPREADSHEET_EXTENSIONS.has(extension)) return problem('notZip');
  if (!TEXT_EXTENSIONS.has(extension)) return problem('unsupportedType', { extension });
  return decoded;
}

/** Text in UTF-8 (with or without BOM) or UTF-16 (with BOM, or recognisable by its zero bytes). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeWith('utf-8', bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeWith('utf-16le', bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeWith('utf-16be', bytes);
  const sample = bytes.subarray(0, 4096);
  const utf16 = utf16WithoutBom(sample);
  if (utf16 !== null) return decodeWith(utf16, bytes);
  if (looksBinary(sample)) return problem('binary');
  return decodeWith('utf-8', bytes);
}

/**
 * Text that is not UTF-8, read as Windows-1252 when the caller recognises it (TCVN3, VNI bytes);
 * anything else, Windows-1258 included, stays refused as before.
 */
function singleByteFallback(decoded: Decoded, bytes: Uint8Array, options: SniffOptions): Decoded {
  if (decoded.kind !== 'problem' || decoded.problem.code !== 'notUtf8' || options.acceptSingleByte === undefined) return decoded;
  const text = new TextDecoder('windows-1252').decode(bytes);
  if (looksBinaryText(text) || !options.acceptSingleByte(text)) return decoded;
  return { kind: 'text', text, singleByte: true };
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Windows-1258 and Windows-1252 exports land here: guessing their code page would put wrong
    // letters into names without anyone noticing, so the user is asked to save as CSV UTF-8.
    return encoding === 'utf-8' ? problem('notUtf8') : problem('binary');
  }
  return looksBinaryText(text) ? problem('binary') : { kind: 'text', text };
}

/** ASCII-range text in UTF-16 has a zero in every other byte; which half says the byte order. */
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.5 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.5 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

/**
 * Random bytes are about one in nine control characters; text has next to none. A stray one in
 * an old export is tolerated (and removed from the cell later); a file full of them is not text.
 */
const BINARY_SHARE = 0.02;
const TOLERATED_CONTROLS = 4;

function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls++;
  return controls > Math.max(TOLERATED_CONTROLS, sample.length * BINARY_SHARE);
}

function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  return controls > Math.max(TOLERATED_CONTROLS, sample.length * BINARY_SHARE);
}

/** Some systems save an HTML table with an ".xls" name; Excel opens it, a parser should not. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table') || head.startsWith('<?xml');
}
