import { saveFile } from '../ui/download';
import type { ApiName, WireResult } from '../../../shared/api';
import type { DeskNotice } from '../../../shared/domain/session';

/**
 * The web host's side of the contract: `POST /api/<call>` with the launch token, and the change
 * stream read from `GET /api/events` (fetch, so that the token travels in a header, not the URL).
 */
const TOKEN_KEY = 'congress-desk.token';
export const TOKEN_HEADER = 'x-congress-token';

/** The token arrives once in the address (?token=…), is kept for this tab, and leaves the address bar. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export class UnauthorisedError extends Error {}

export async function httpCall(token: string, name: ApiName, input: unknown): Promise<WireResult<unknown>> {
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify(input ?? {}),
  });
  if (response.status === 401) throw new UnauthorisedError(await response.text());
  if (response.status === 413) {
    // The web host caps every request; whatever the call was, it said too much at once.
    return { ok: false, error: { code: 'input.tooLarge', params: { max: '16 MB' } } };
  }
  if (!response.ok && response.headers.get('content-type')?.includes('application/json') !== true) {
    throw new Error(`${response.status} ${await response.text()}`);
  }
  return (await response.json()) as WireResult<unknown>;
}

/** Reads the server-sent events stream; reconnects with a growing pause; `onOpen` runs on every (re)connection. */
export function httpNotices(
  token: string,
  onNotice: (notice: DeskNotice) => void,
  onOpen: () => void,
  onLost: () => void,
): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let pause = 250;
  const run = async (): Promise<void> => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token }, signal: controller.signal });
        if (!response.ok || !response.body) throw new Error(String(response.status));
        pause = 250;
        onOpen();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = frame
              .split('\n')
              .filter((l) => l.startsWith('data: '))
              .map((l) => l.slice(6))
              .join('\n');
            if (data) onNotice(JSON.parse(data) as DeskNotice);
            end = buffer.indexOf('\n\n');
          }
        }
      } catch {
        if (stopped) return;
      }
      if (stopped) return;
      onLost();
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 4000);
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

/** Saves the open session file through the browser's downloads. */
export async function httpDownloadSessionFile(token: string): Promise<void> {
  const response = await fetch('/api/sessionFile', { headers: { [TOKEN_HEADER]: token } });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  saveFile(await response.blob(), name ? decodeURIComponent(name) : 'session.congress');
}
