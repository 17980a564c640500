/// <reference lib="webworker" />
import { previewRoster } from '../../../shared/roster/import';
import { previewAgenda, rosterLookup } from '../../../shared/agenda/import';
import { previewSpeechImport } from '../../../shared/speakers/import';
import { codeKey } from '../../../shared/domain/roster/code';
import type { PreviewMessage, PreviewRequest } from './preview-in-worker';

// Reads and checks an import file (a roster, an agenda, a list of contributions) away from the
// window's thread, so that a 5,000-row file never freezes the desk; reports progress as it goes.

declare const self: DedicatedWorkerGlobalScope;

function preview(request: PreviewRequest, onProgress: (done: number, total: number) => void) {
  const bytes = new Uint8Array(request.bytes);
  switch (request.source) {
    case 'roster':
      return previewRoster(bytes, request.fileName, new Set(request.existingCodes), onProgress);
    case 'agenda':
      return previewAgenda(bytes, request.fileName, rosterLookup(request.delegates, codeKey));
    case 'speeches':
      return previewSpeechImport(bytes, request.fileName, request.context);
  }
}

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const post = (message: PreviewMessage<unknown>) => self.postMessage(message);
  preview(event.data, (done, total) => post({ kind: 'progress', done, total }))
    .then((result) => post({ kind: 'done', preview: result }))
    .catch((error: unknown) => post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
