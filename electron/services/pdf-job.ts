import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeskError } from '../../shared/domain/errors.js';
import { printPath } from '../../shared/print/registry.js';
import { DEFAULT_CHROMIUM, renderPdfWithChromium, type ChromiumPdfStep } from './chromium-pdf.js';
import { openBatchDesk, type PdfJob } from './print-batch.js';
import { rendererDir } from './paths.js';

/** How long one document may take before `print.timeout`. */
export const PDF_TIMEOUT_MS = 120_000;

/** The steps of one job, as the benchmark times them: the session copy is open, then Chromium's. */
export type PdfJobStep = 'sessionOpened' | ChromiumPdfStep;

/**
 * `npm run pdf` where there is no Electron: the job's session opened from a copy in a temporary
 * data folder, its route rendered by headless Chromium (`CHROMIUM_PATH` or /usr/bin/chromium), the
 * folder removed afterwards. The benchmark calls this very function.
 */
export async function chromiumPdfOfJob(job: PdfJob, onStep?: (step: PdfJobStep) => void): Promise<Uint8Array> {
  const renderer = rendererDir();
  if (!existsSync(path.join(renderer, 'index.html'))) throw new DeskError('print.failed', { detail: `${renderer} is missing: run "npm run build"` });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'congress-pdf-'));
  try {
    const desk = await openBatchDesk(job, dataDir);
    onStep?.('sessionOpened');
    try {
      return await renderPdfWithChromium({
        desk,
        rendererDir: renderer,
        route: printPath(job.request),
        executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM,
        timeoutMs: PDF_TIMEOUT_MS,
        ...(onStep ? { onStep } : {}),
      });
    } finally {
      await desk.close();
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
