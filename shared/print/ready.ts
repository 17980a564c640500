/**
 * How a print route tells a PDF renderer (Electron's hidden window, Chromium in `npm run pdf`)
 * that the page is complete: the document is rendered from the session and its fonts are loaded.
 * The route sets an attribute on <html>; the renderers wait for it, never for a fixed time.
 */
export const PRINT_STATE_ATTRIBUTE = 'data-print-state';
/** On failure, the user's-language message of what went wrong. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';

export type PrintState = 'ready' | 'failed';

export const PRINT_STATE_SELECTOR = `html[${PRINT_STATE_ATTRIBUTE}]`;

export interface PrintOutcome {
  readonly state: PrintState;
  readonly error: string;
}

export function isPrintOutcome(value: unknown): value is PrintOutcome {
  return (
    typeof value === 'object' && value !== null &&
    'state' in value && (value.state === 'ready' || value.state === 'failed') &&
    'error' in value && typeof value.error === 'string'
  );
}
