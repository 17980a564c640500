import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { DeskError } from '../shared/domain/errors.js';
import { PRINT_ERROR_ATTRIBUTE, PRINT_STATE_ATTRIBUTE, isPrintOutcome } from '../shared/print/ready.js';
import type { PrinterInfo } from '../shared/print/requests.js';
import type { DocumentPrinter } from './services/printing.js';
import { withDeadline } from './services/timeout.js';
import { APP_ORIGIN } from './security.js';

/**
 * Printing in the desktop app: a print route is loaded in a hidden window (made by main.ts with
 * the same secure preferences as the main window), which reads the session through the same
 * bridge; once the route says it is complete, the window is printed to PDF or to a printer.
 */
export const PRINT_TIMEOUT_MS = 120_000;

/**
 * A script for a page's main world (Electron's executeJavaScript) that resolves, once the route
 * has settled, to a `PrintOutcome`. Kept as text because the main process has no DOM types.
 */
export const AWAIT_PRINT_STATE_SCRIPT = `new Promise((resolve) => {
  const root = document.documentElement;
  const read = () => ({ state: root.getAttribute(${JSON.stringify(PRINT_STATE_ATTRIBUTE)}), error: root.getAttribute(${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}) || '' });
  if (read().state) { resolve(read()); return; }
  const observer = new MutationObserver(() => {
    if (read().state) { observer.disconnect(); resolve(read()); }
  });
  observer.observe(root, { attributes: true, attributeFilter: [${JSON.stringify(PRINT_STATE_ATTRIBUTE)}] });
})`;

export interface PrintWindows {
  /** A new hidden window for one document; destroyed after use. */
  createHidden(): BrowserWindow;
  /** The window dialogs belong to, if any. */
  parent(): BrowserWindow | null;
}

/** Loads the route in a fresh hidden window, waits until it is ready, then lets `use` print it. */
async function withPrintedRoute<T>(windows: PrintWindows, route: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = windows.createHidden();
  const work = (async () => {
    await window.loadURL(`${APP_ORIGIN}${route}`);
    const outcome: unknown = await window.webContents.executeJavaScript(AWAIT_PRINT_STATE_SCRIPT, true);
    if (!isPrintOutcome(outcome)) throw new DeskError('print.failed', { detail: 'the print page gave no answer' });
    if (outcome.state === 'failed') throw new DeskError('print.failed', { detail: outcome.error });
    return use(window.webContents);
  })();
  try {
    return await withDeadline(work, PRINT_TIMEOUT_MS, () => window.destroy());
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}

/** Whether the system marks a printer as its default: platform-specific, and may be absent. */
function isDefaultPrinter(options: object): boolean {
  const entries = new Map<string, unknown>(Object.entries(options));
  return entries.get('isDefault') === true || entries.get('is-default') === 'true' || entries.get('printer-is-default') === 'true';
}

export function renderPdf(windows: PrintWindows, route: string): Promise<Uint8Array> {
  // A4 set explicitly, and the page's own @page rule (size, margins, page numbers) preferred.
  return withPrintedRoute(windows, route, (contents) => contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }));
}

export function electronPrinter(windows: PrintWindows, t: TFunction): DocumentPrinter {
  return {
    async listPrinters(): Promise<PrinterInfo[]> {
      const contents = windows.parent()?.webContents;
      if (!contents) return [];
      const printers = await contents.getPrintersAsync();
      return printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: isDefaultPrinter(p.options) }));
    },
    renderPdf: (route) => renderPdf(windows, route),
    print: (route, printer, copies) =>
      withPrintedRoute(
        windows,
        route,
        (contents) =>
          new Promise<void>((resolve, reject) => {
            contents.print({ silent: true, deviceName: printer, copies, pageSize: 'A4', printBackground: true }, (success, failureReason) => {
              if (success) resolve();
              else reject(new DeskError('print.printerFailed', { printer, detail: failureReason }));
            });
          }),
      ),
    async choosePdfTarget(suggestedName) {
      const options = {
        title: t('print.view.savePdfTitle'),
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: t('print.view.pdfFilter'), extensions: ['pdf'] }],
      };
      const parent = windows.parent();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}
