import { promises as fs } from 'node:fs';
import type { ExportResult } from '../../shared/api.js';
import { DeskError } from '../../shared/domain/errors.js';
import { printPath, sheetMargins, type PrintRequest } from '../../shared/print/registry.js';
import type { PrinterInfo } from '../../shared/print/requests.js';
import { suggestedPdfName } from '../../shared/print/file-name.js';
import type { PreferencesStore } from './preferences.js';

/**
 * What only the desktop app can do with a printable document: render its print route in a hidden
 * window to PDF, send it to a printer, list the printers, ask where to save. The web host has
 * none of it (the browser's own print serves there), so its calls answer platform.notSupported.
 */
export interface DocumentPrinter {
  listPrinters(): Promise<PrinterInfo[]>;
  /** The route (`/print/<document>?…`) rendered to PDF: A4, with a timeout. */
  renderPdf(route: string): Promise<Uint8Array>;
  print(route: string, printer: string, copies: number): Promise<void>;
  /** The system's save dialog; null when the user cancels. */
  choosePdfTarget(suggestedName: string): Promise<string | null>;
}

const notSupported = (): Promise<never> => Promise.reject(new DeskError('platform.notSupported'));

export const unavailablePrinter: DocumentPrinter = {
  listPrinters: notSupported,
  renderPdf: notSupported,
  print: notSupported,
  choosePdfTarget: notSupported,
};

/** The service side of the print calls: fills in the desk's margins and remembers the printer. */
export class PrintService {
  private readonly printer: DocumentPrinter;
  private readonly preferences: PreferencesStore;

  constructor(printer: DocumentPrinter, preferences: PreferencesStore) {
    this.printer = printer;
    this.preferences = preferences;
  }

  /** The route of a request, with this desk's margins unless the request or its document brings its own. */
  route(request: PrintRequest): string {
    return printPath({ ...request, margins: sheetMargins(request, this.preferences.read().printMargins) });
  }

  listPrinters(): Promise<PrinterInfo[]> {
    return this.printer.listPrinters();
  }

  async savePdf(request: PrintRequest): Promise<ExportResult> {
    const target = await this.printer.choosePdfTarget(suggestedPdfName(request));
    if (target === null) return { kind: 'cancelled' };
    const bytes = await this.printer.renderPdf(this.route(request));
    const finalTarget = target.toLowerCase().endsWith('.pdf') ? target : `${target}.pdf`;
    await fs.writeFile(finalTarget, bytes);
    return { kind: 'saved', path: finalTarget };
  }

  async print(request: PrintRequest, printer: string, copies: number): Promise<void> {
    await this.printer.print(this.route(request), printer, copies);
    this.preferences.update({ printer });
  }
}
