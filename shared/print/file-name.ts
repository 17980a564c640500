import { resources } from '../i18n/resources.js';
import { foldKey } from '../text/fold.js';
import type { PrintRequest } from './registry.js';

/** A file name for a saved document, from its name in its language: "danh-sach-dai-bieu.pdf". */
export function suggestedPdfName(request: PrintRequest): string {
  const name = resources[request.lang].translation.print.documents[request.document].name;
  const options: Readonly<Record<string, unknown>> = request.options;
  const sitting = typeof options.sitting === 'string' ? options.sitting : '';
  const slug = foldKey([name, sitting].join(' ')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'document'}.pdf`;
}
