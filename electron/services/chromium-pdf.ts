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
}

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
    return await withDeadline(
      (async () => {
        const page = await opened.newPage();
        const separator = options.route.includes('?') ? '&' : '?';
        await page.goto(`${host.origin}${options.route}${separator}token=${encodeURIComponent(host.token)}`);
        await page.waitForSelector(PRINT_STATE_SELECTOR, { state: 'attached', timeout: 0 });
        const root = page.locator('html');
        if ((await root.getAttribute(PRINT_STATE_ATTRIBUTE)) !== 'ready') {
          throw new DeskError('print.failed', { detail: (await root.getAttribute(PRINT_ERROR_ATTRIBUTE)) ?? '' });
        }
        // A4 twice over: the page's @page rule says so, and so does the request.
        return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      })(),
      options.timeoutMs,
      () => void opened.close(),
    );
  } finally {
    await browser?.close().catch(() => undefined);
    await host.close();
  }
}
