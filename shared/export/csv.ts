// Writing CSV files that Excel opens as the office expects: UTF-8 with a byte order mark (without
// it Excel reads Vietnamese as Windows-1252 and garbles the diacritics), CRLF line ends, quotes
// only where needed. Every cell is defused first: names and titles are typed by people and may
// begin like a spreadsheet formula ("=HYPERLINK(…)", "+84…", "-", "@"), which Excel would run.

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvOptions {
  /** Excel splits on the list separator of the Windows region: a semicolon where the decimal mark is a comma. */
  readonly separator?: CsvSeparator;
  /** Prefix the byte order mark (default true). */
  readonly bom?: boolean;
}

export const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first: the four
 * formula signs, tab and carriage return (OWASP's list), and the full-width signs that East Asian
 * editions of Excel also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe, which shows it as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: defused, then quoted (quotes doubled) when it holds the separator, a quote or a line break. */
export function csvCell(value: string, separator: CsvSeparator = ','): string {
  const safe = neutraliseFormula(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file as text; encode it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const body = rows.map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}
