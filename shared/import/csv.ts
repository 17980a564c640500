// CSV as Excel and personnel systems write it: comma or semicolon (Excel uses the list separator
// of the Windows region, which is a semicolon where the decimal mark is a comma), sometimes tab;
// CRLF or LF; quoted fields holding separators, quotes and line breaks.

import Papa from 'papaparse';
import type { Table } from './table.js';

const CANDIDATES = [',', ';', '\t'] as const;
type Delimiter = (typeof CANDIDATES)[number];

/** Excel writes and honours a first line "sep=;" naming the delimiter, and does not show it as a row. */
const SEP_LINE = /^sep=(.)\r?\n/i;

export function readCsv(text: string): Table {
  const sep = SEP_LINE.exec(text);
  const declared = sep?.[1];
  const body = sep ? text.slice(sep[0].length) : text;
  const delimiter = declared !== undefined && isDelimiter(declared) ? declared : detectDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, header: false, dynamicTyping: false, skipEmptyLines: false });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  return {
    rows: result.data,
    unclosedQuoteRow: unclosed?.row === undefined ? null : unclosed.row + 1,
    sheet: null,
  };
}

function isDelimiter(char: string): char is Delimiter {
  return (CANDIDATES as readonly string[]).includes(char);
}

/**
 * The candidate seen most often outside quotes in the first 64 KB. Counting over many lines
 * rather than the header alone keeps a title row ("DANH SÁCH ĐẠI BIỂU;;;;") or a comma inside an
 * organisation's name from deciding.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const char = text.charAt(i);
    if (char === '"') quoted = !quoted;
    else if (!quoted && isDelimiter(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}
