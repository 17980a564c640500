import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(root, 'build', 'node', 'electron', 'pdf-cli.js');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd = root): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, CONGRESS_DESK_PDF_ENGINE: 'chromium' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The built `npm run pdf` module, as the script runs it (Chromium: no Electron binary here). */
export function pdfCli(args: readonly string[]): Promise<RunResult> {
  return run(process.execPath, [CLI, ...args]);
}

/** `npm run pdf -- …` itself, through npm and the script that checks the build. */
export function npmRunPdf(args: readonly string[]): Promise<RunResult> {
  return run('npm', ['run', '--silent', 'pdf', '--', ...args]);
}

/** The text of each page (pdftotext, reading order, UTF-8): split on its form feeds. */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/**
 * The text in the order it was drawn (pdftotext -raw): for Chromium's PDFs, the order of the
 * document, so a table row reads as one line of cells even where the reading order would mix columns.
 */
export function pdfRawText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** pdfinfo's page count and page size in points. */
export function pdfInfo(file: string): { readonly pages: number; readonly width: number; readonly height: number; readonly sizeName: string } {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(text);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), sizeName: size?.[3] ?? '' };
}

/** pdffonts' rows: the font name and whether it is embedded. */
export function pdfFonts(file: string): { readonly name: string; readonly embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [type…] encoding emb sub uni object ID: "emb" is the fifth column from the end.
    return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
  });
}

/** A page as a PNG at 60 dpi (pdftoppm), for a person to look at. */
export function pdfPageImage(file: string, page: number, outStem: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', file, outStem]);
}

/**
 * `pdfRawText` page by page: the lines of one table cell stay together, where reading order may
 * interleave a wrapped title with the next column.
 */
export function pdfRawPages(file: string): string[] {
  const pages = pdfRawText(file).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** The text of a PDF with the rows of its tables kept on lines (pdftotext -layout). */
export function pdfLayoutText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
