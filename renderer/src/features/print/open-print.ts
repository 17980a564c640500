import type { PrintDocumentName } from '../../../../shared/print/registry';

/** A document and its options as another view proposes them: the print view opens on it. */
export interface PrintPreset {
  readonly document: PrintDocumentName;
  /** Options as the route's string parameters (`sitting`, `discussion`…); the language stays the desk's. */
  readonly params: Readonly<Record<string, string>>;
}

const listeners = new Set<(preset: PrintPreset) => void>();

/**
 * Opens the print view preselected on a document ("Print…" in the agenda, the live desk, the
 * speech log): the shell listens, so a feature needs no access to the shell's navigation.
 */
export function openPrintView(preset: PrintPreset): void {
  for (const listener of listeners) listener(preset);
}

export function onOpenPrintView(listener: (preset: PrintPreset) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
