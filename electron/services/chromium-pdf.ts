import type { DeskService } from './desk.js';
import { startWebHost } from '../web-host.js';
import { DeskError } from '../../shared/domain/errors.js';
import { PRINT_ERROR_ATTRIBUTE, PRINT_STATE_ATTRIBUTE, PRINT_STATE_SELECTOR } from '../../shared/print/ready.js';
import { withDeadline } from './timeout.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumPdfOptions {
  readonly desk: DeskService;
  readonly rendererDir: string;
  /** `/print/<document>?…` */
  readonly route: string;
  readonly executablePath: string;
  readonly timeoutMs: number;
  /** Told as each step is done (the benchmark times them); nothing else depends on it. */
  readonly onStep?: (step: ChromiumPdfStep) => void;
}

/** The steps of a Chromium render: the browser is up; the route says it is ready; the PDF is made. */
export type ChromiumPdfStep = 'browserStarted' | 'documentReady' | 'pdfMade';

/**
 * Renders a print route to PDF where there is no Electron: the desk's services behind an
 * in-process web host on 127.0.0.1, the built renderer in headless Chromium (playwright-core),
 * and Chromium's own print to PDF, waiting for the route to say it is complete.
 */
export async function renderPdfWithChromium(options: ChromiumPdfOptions): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core').catch(() => {
    throw new DeskError('print.failed', { detail: 'playwright-core is not installed (npm install)' });
  });
  const host = await startWebHost({ desk: options.desk, rendererDir: options.rendererDir });
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    browser = await chromium
      .launch({ executablePath: options.executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] })
      .catch((error: unknown) => {
        throw new DeskError('print.failed', { detail: `Chromium (${options.executablePath}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
      });
    const opened = browser;
    options.onStep?.('browserStarted');
    return await withDeadline(
      (async () => {
        const page = await opened.newPage();
        // Laid out for print from the first frame: else Chromium lays the whole document out for
        // the screen, again for print, and once more for the screen after printing (at 5,000
        // delegates each full layout of the sheet takes about a second). The PDF is the same.
        await page.emulateMedia({ media: 'print' });
        const separator = options.route.includes('?') ? '&' : '?';
        await page.goto(`${host.origin}${options.route}${separator}token=${encodeURIComponent(host.token)}`);
        await page.waitForSelector(PRINT_STATE_SELECTOR, { state: 'attached', timeout: 0 });
        const root = page.locator('html');
        if ((await root.getAttribute(PRINT_STATE_ATTRIBUTE)) !== 'ready') {
          throw new DeskError('print.failed', { detail: (await root.getAttribute(PRINT_ERROR_ATTRIBUTE)) ?? '' });
        }
        options.onStep?.('documentReady');
        // A4 twice over: the page's @page rule says so, and so does the request.
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
        options.onStep?.('pdfMade');
        return pdf;
      })(),
      options.timeoutMs,
      () => void opened.close(),
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await host.close();
  }
}
