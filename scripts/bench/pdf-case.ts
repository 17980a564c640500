// The attendance sheet to PDF, through the very function `npm run pdf` runs where there is no
// Electron (electron/services/pdf-job.ts): the session file copied and opened by a desk service in
// this process, its print route in a headless Chromium of its own, Chromium's print to PDF.

import { parsePrintParams } from '../../shared/print/registry.js';
import { chromiumPdfOfJob, type PdfJobStep } from '../../electron/services/pdf-job.js';
import { megabytes, single, timed, type Figure } from './figures.js';
import type { BrowserCase } from './browser-cases.js';

/** The pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
export function pdfPageCount(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

interface Run {
  readonly total: number;
  readonly steps: Readonly<Partial<Record<PdfJobStep, number>>>;
  readonly bytes: Uint8Array;
}

async function oneRun(session: string): Promise<Run> {
  // The heaviest form of the sheet: every delegate, with the column to sign.
  const parsed = parsePrintParams('attendance', { lang: 'vi', signature: 'true' });
  if (!parsed.ok) throw new Error(`attendance options: ${parsed.problem.param}`);
  const steps: Partial<Record<PdfJobStep, number>> = {};
  const start = performance.now();
  const bytes = await chromiumPdfOfJob({ session, request: parsed.request, out: 'unused.pdf' }, (step) => {
    steps[step] = performance.now() - start;
  });
  return { total: performance.now() - start, steps, bytes };
}

/** The time between two steps of a run (from the start for the first). */
function between(run: Run, from: PdfJobStep | null, to: PdfJobStep): number {
  const end = run.steps[to];
  const begin = from === null ? 0 : run.steps[from];
  if (end === undefined || begin === undefined) throw new Error(`the PDF run did not report ${from ?? 'start'} → ${to}`);
  return end - begin;
}

export const attendancePdf: BrowserCase = {
  id: 'attendancePdf',
  async run(context) {
    const runs: Run[] = [];
    for (let i = 0; i < context.pdfRuns; i++) runs.push(await oneRun(context.session));
    const last = runs.at(-1);
    if (!last) return [];
    const pages = pdfPageCount(last.bytes);
    if (pages === 0) throw new Error('the attendance sheet PDF has no pages');
    const of = (from: PdfJobStep | null, to: PdfJobStep) => runs.map((r) => between(r, from, to));
    const figures: Figure[] = [
      timed('attendancePdf', 'Attendance sheet to PDF, with the signature column (npm run pdf, Chromium)', runs.map((r) => r.total)),
      timed('attendancePdfOpen', '  of it: open the session copy and start Chromium', of(null, 'browserStarted')),
      timed('attendancePdfRoute', '  of it: print route loaded, rendered and laid out in its fonts', of('browserStarted', 'documentReady')),
      timed('attendancePdfPrint', '  of it: Chromium prints it to PDF (page.pdf)', of('documentReady', 'pdfMade')),
      single('attendancePdfPages', 'Pages of that attendance sheet (A4)', 'pages', pages),
      single('attendancePdfSize', 'Size of that PDF', 'MB', megabytes(last.bytes.length)),
    ];
    return figures;
  },
};
