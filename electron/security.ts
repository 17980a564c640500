import { app, session, shell, type WebContents, type WebPreferences } from 'electron';
import { externalUrl, isAppUrl } from './services/urls.js';

/**
 * Electron's security checklist as code. Every window Congress Desk opens uses these preferences
 * and these handlers; an Electron test reads each window's effective preferences back.
 */
export { APP_SCHEME, APP_HOST, APP_ORIGIN, isAppUrl } from './services/urls.js';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    // webSecurity stays at its default (on): never disabled.
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Only parsed https: addresses ever leave the app for the system browser. */
export function openExternalSafely(raw: string): void {
  const url = externalUrl(raw);
  if (url !== null) void shell.openExternal(url);
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

export function hardenSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}
