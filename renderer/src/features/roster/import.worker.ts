/// <reference lib="webworker" />
import { previewRoster } from '../../../../shared/roster/import';
import type { RosterPreview } from '../../../../shared/roster/problems';

// Reads and checks a roster file away from the window's thread, so that a 5,000-row file never
// freezes the desk; reports progress as it goes.

export interface ImportRequest {
  readonly bytes: ArrayBuffer;
  readonly fileName: string;
  readonly existingCodes: readonly string[];
}

export type ImportMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly preview: RosterPreview }
  | { readonly kind: 'failed'; readonly message: string };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, existingCodes } = event.data;
  const post = (message: ImportMessage) => self.postMessage(message);
  previewRoster(new Uint8Array(bytes), fileName, new Set(existingCodes), (done, total) => post({ kind: 'progress', done, total }))
    .then((preview) => post({ kind: 'done', preview }))
    .catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
