import { API_NAMES, type ApiInput, type ApiName, type ApiOutput, type CongressApi, type WireResult } from '../../../shared/api';
import type { DeskNotice } from '../../../shared/domain/session';
import { DeskError } from '../../../shared/domain/errors';
import { hallDisplayUrl, httpCall, httpDownloadSessionFile, httpNotices, takeToken } from './http-transport';
import './bridge';

/**
 * The renderer's only door to the services. It speaks the contract over the Electron bridge when
 * there is one and over HTTP to the web host otherwise; nothing else in the renderer knows which.
 */
export interface NoticeHandlers {
  readonly onNotice: (notice: DeskNotice) => void;
  /** The stream (re)connected: anything may have been missed, so resynchronise. */
  readonly onConnected: () => void;
  readonly onLost: () => void;
}

export interface DeskClient {
  readonly api: CongressApi;
  readonly transport: 'electron' | 'web' | 'none';
  subscribe(handlers: NoticeHandlers): () => void;
  downloadSessionFile(): Promise<void>;
  /** Where a browser opens the hall display (web host, with this tab's token); null in the desktop app. */
  readonly hallDisplayUrl: string | null;
}

function unwrap<T>(result: WireResult<T>): T {
  if (result.ok) return result.value;
  throw new DeskError(result.error.code, result.error.params);
}

function buildApi(invoke: (name: ApiName, input: unknown) => Promise<WireResult<unknown>>): CongressApi {
  const entries = API_NAMES.map((name) => [name, async (input: unknown) => unwrap(await invoke(name, input))] as const);
  return Object.fromEntries(entries) as unknown as CongressApi;
}

export function createClient(): DeskClient {
  const bridge = window.congress;
  if (bridge) {
    const invoke = <K extends ApiName>(name: K, input: unknown): Promise<WireResult<unknown>> =>
      (bridge[name] as (input: ApiInput<K>) => Promise<WireResult<ApiOutput<K>>>)(input as ApiInput<K>);
    return {
      api: buildApi(invoke),
      transport: 'electron',
      subscribe(handlers) {
        const off = bridge.onNotice(handlers.onNotice);
        handlers.onConnected();
        return off;
      },
      downloadSessionFile: () => Promise.reject(new DeskError('platform.notSupported')),
      hallDisplayUrl: null,
    };
  }
  const token = takeToken();
  if (!token) {
    return {
      api: buildApi(() => Promise.reject(new DeskError('platform.notSupported'))),
      transport: 'none',
      subscribe: () => () => undefined,
      downloadSessionFile: () => Promise.reject(new DeskError('platform.notSupported')),
      hallDisplayUrl: null,
    };
  }
  return {
    api: buildApi((name, input) => httpCall(token, name, input)),
    transport: 'web',
    subscribe: (handlers) => httpNotices(token, handlers.onNotice, handlers.onConnected, handlers.onLost),
    downloadSessionFile: () => httpDownloadSessionFile(token),
    hallDisplayUrl: hallDisplayUrl(token),
  };
}
