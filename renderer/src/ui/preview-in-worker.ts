import type { RosterPreview } from '../../../shared/roster/problems';
import type { AgendaPreview } from '../../../shared/agenda/problems';
import type { SpeechImportContext, SpeechImportPreview } from '../../../shared/speakers/import';

/** A file to preview, with what its preview needs to know of the session (structured-cloneable). */
export type PreviewRequest =
  | { readonly source: 'roster'; readonly bytes: ArrayBuffer; readonly fileName: string; readonly existingCodes: readonly string[] }
  | {
      readonly source: 'agenda';
      readonly bytes: ArrayBuffer;
      readonly fileName: string;
      readonly delegates: readonly { readonly id: string; readonly code: string; readonly fullName: string }[];
    }
  | { readonly source: 'speeches'; readonly bytes: ArrayBuffer; readonly fileName: string; readonly context: SpeechImportContext };

export type PreviewOf<R extends PreviewRequest> = R extends { readonly source: 'roster' } ? RosterPreview : R extends { readonly source: 'agenda' } ? AgendaPreview : SpeechImportPreview;

export type PreviewMessage<P> =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly preview: P }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Previews a file in a worker of its own (the bytes are moved there, not copied), reporting
 * progress; aborting ends the worker at once.
 */
export function previewInWorker<R extends PreviewRequest>(
  request: R,
  options: { readonly onProgress: (done: number, total: number) => void; readonly signal: AbortSignal },
): Promise<PreviewOf<R>> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) return reject(options.signal.reason);
    const worker = new Worker(new URL('./import-preview.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<PreviewMessage<PreviewOf<R>>>) => {
      const message = event.data;
      switch (message.kind) {
        case 'progress':
          options.onProgress(message.done, message.total);
          return;
        case 'done':
          finish();
          resolve(message.preview);
          return;
        case 'failed':
          finish();
          reject(new Error(message.message));
          return;
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message));
    };
    worker.postMessage(request, [request.bytes]);
  });
}
