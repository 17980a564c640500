import type { PrintDocumentName } from '../../../../shared/print/registry';

/**
 * "Print…" from another view: the print view opens with that document and its options chosen
 * (the same string parameters as the print route). The shell listens to switch views; the print
 * view takes the request when it opens, or at once when it is already open.
 */
export interface PrintIntent {
  readonly document: PrintDocumentName;
  readonly params: Readonly<Record<string, string>>;
}

type Listener = (intent: PrintIntent) => void;

let pending: PrintIntent | null = null;
const listeners = new Set<Listener>();

export function openPrintView(document: PrintDocumentName, params: Readonly<Record<string, string>> = {}): void {
  const intent = { document, params };
  pending = intent;
  for (const listener of listeners) listener(intent);
}

export function onPrintIntent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The request waiting for the print view (read without side effects: React may call this twice). */
export function pendingPrintIntent(): PrintIntent | null {
  return pending;
}

/** The print view has taken the request: opening the print view later starts afresh. */
export function settlePrintIntent(): void {
  pending = null;
}
