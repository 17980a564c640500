import { z } from 'zod';
import { PRINT_DOCUMENT_NAMES, parsePrintParams, type PrintRequest } from './registry.js';

/**
 * How an API call carries a print request: the same string parameters as the route, checked with
 * the registry before a service sees them.
 */
export const printRequestInput = z
  .object({
    document: z.enum(PRINT_DOCUMENT_NAMES),
    // A badge sheet's list of codes is the one long parameter (see CODES_MAX in the registry).
    params: z.record(z.string().max(40), z.string().max(500_000)).refine((p) => Object.keys(p).length <= 20, 'too many parameters'),
  })
  .transform((input, context): PrintRequest => {
    const parsed = parsePrintParams(input.document, input.params);
    if (parsed.ok) return parsed.request;
    context.addIssue({ code: 'custom', path: ['params', parsed.problem.param], message: `expected ${parsed.problem.allowed.join(' | ')}` });
    return z.NEVER;
  });

/** Save as PDF: the document; the desktop app asks where. */
export const savePrintPdfInput = z.object({ request: printRequestInput });

export const MAX_COPIES = 99;

/** Print on a printer chosen from the system's list (its system name, not the friendly one). */
export const printDocumentInput = z.object({
  request: printRequestInput,
  printer: z.string().min(1).max(300),
  copies: z.number().int().min(1).max(MAX_COPIES).default(1),
});

/** A printer as the system lists it. */
export interface PrinterInfo {
  /** The system name, used to print. */
  readonly name: string;
  /** The name people read. */
  readonly displayName: string;
  readonly isDefault: boolean;
}
