import { parsePrintParams, type PrintDocumentName, type PrintRequest } from '../../shared/print/registry.js';

/** The request the print route makes of `params`, for a test whose parameters are valid. */
export function printRequest(document: PrintDocumentName, params: Record<string, string>): PrintRequest {
  const parsed = parsePrintParams(document, params);
  if (!parsed.ok) throw new Error(`${document}: ${JSON.stringify(parsed.problem)}`);
  return parsed.request;
}
