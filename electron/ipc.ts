import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_NAMES, IPC_PREFIX, type WireResult } from '../shared/api.js';
import type { DeskService } from './services/desk.js';
import { dispatch } from './services/dispatch.js';
import { isAppUrl } from './security.js';

/**
 * Binds the contract to ipcMain once: every call checks that it comes from the app's own page
 * (not a frame from elsewhere) and parses its input with the call's schema before the service.
 */
function trusted(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export function bindIpc(desk: DeskService): void {
  for (const name of API_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, input: unknown): Promise<WireResult<unknown>> => {
      if (!trusted(event)) {
        return { ok: false, error: { code: 'platform.notSupported', params: {} } };
      }
      return dispatch(desk, name, input);
    });
  }
}
