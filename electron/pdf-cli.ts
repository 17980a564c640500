import { spawn } from 'node:child_process';
import { existsSync, readFileSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import i18next from 'i18next';
import { resources } from '../shared/i18n/resources.js';
import { DeskError } from '../shared/domain/errors.js';
import { printParams } from '../shared/print/registry.js';
import { USAGE, encodeJob, messageLanguage, parsePdfArgs, type PdfJob } from './services/print-batch.js';
import { chromiumPdfOfJob } from './services/pdf-job.js';
import { projectRoot } from './services/paths.js';

/**
 * `node build/node/electron/pdf-cli.js <session file | demo> <document> <out.pdf> [options]`
 * (through `npm run pdf --`): renders one printable document to PDF without the desk's interface.
 * In Electron where its binary is installed (and a display exists), else in Chromium.
 * Exit codes: 0 written, 1 the document could not be made, 2 a wrong command line.
 */
const argv = process.argv.slice(2);
const language = messageLanguage(argv);
const t = i18next.createInstance();
await t.init({ resources, lng: language, initAsync: false, interpolation: { escapeValue: false } });

function explain(error: unknown): string {
  if (error instanceof DeskError) return t.t(`errors.${error.code}`, { ...error.params });
  return t.t('errors.internal', { detail: error instanceof Error ? error.message : String(error) });
}

function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const folder = path.dirname(require.resolve('electron/package.json'));
    // The electron package writes path.txt once its binary is downloaded; it is not fetched here.
    const relative = existsSync(path.join(folder, 'path.txt')) ? readFileSync(path.join(folder, 'path.txt'), 'utf8').trim() : '';
    const binary = relative ? path.join(folder, 'dist', relative) : '';
    return binary && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Electron where it is installed and can open a (hidden) window; CONGRESS_DESK_PDF_ENGINE decides otherwise. */
function chooseEngine(): { readonly kind: 'electron'; readonly binary: string } | { readonly kind: 'chromium' } {
  const wanted = process.env.CONGRESS_DESK_PDF_ENGINE;
  if (wanted === 'chromium') return { kind: 'chromium' };
  const binary = electronBinary();
  const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
  if (binary && (display || wanted === 'electron')) return { kind: 'electron', binary };
  return { kind: 'chromium' };
}

function runInElectron(binary: string, job: PdfJob): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary, [projectRoot(), encodeJob(job, printParams(job.request))], { stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
    child.once('error', () => resolve(1));
  });
}

async function runInChromium(job: PdfJob): Promise<void> {
  const bytes = await chromiumPdfOfJob(job);
  await fs.mkdir(path.dirname(job.out), { recursive: true });
  await fs.writeFile(job.out, bytes);
  console.log(`${job.out} (${bytes.length} bytes)`);
}

const parsed = parsePdfArgs(argv, process.env.INIT_CWD ?? process.cwd());
if (!parsed.ok) {
  if (parsed.error !== 'usage') console.error(explain(parsed.error));
  console.error(USAGE);
  process.exit(2);
}
const engine = chooseEngine();
try {
  if (engine.kind === 'electron') process.exitCode = await runInElectron(engine.binary, parsed.job);
  else await runInChromium(parsed.job);
} catch (error) {
  console.error(explain(error));
  process.exitCode = 1;
}
