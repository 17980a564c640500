import { app, BrowserWindow, dialog, Menu, net, protocol, shell, screen, type Rectangle } from 'electron';
import Store from 'electron-store';
import i18next from 'i18next';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { NOTICE_CHANNEL } from '../shared/api.js';
import type { DeskNotice } from '../shared/domain/session.js';
import { resources, DEFAULT_LANGUAGE } from '../shared/i18n/resources.js';
import { DeskError } from '../shared/domain/errors.js';
import { DeskService, type DeskPlatform } from './services/desk.js';
import { preferencesStore } from './services/preferences.js';
import { CONTENT_SECURITY_POLICY } from './services/csp.js';
import { contentTypeOf, resolveInside } from './services/static-files.js';
import { SESSION_EXTENSION } from './services/journal-format.js';
import { bindIpc } from './ipc.js';
import { buildMenu } from './menu.js';
import { HallWindow } from './hall-window.js';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, hardenSessions, secureWebPreferences } from './security.js';
import { electronPrinter, renderPdf, type PrintWindows } from './print.js';
import { decodeJob, openBatchDesk, type PdfJob } from './services/print-batch.js';
import { printPath } from '../shared/print/registry.js';
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';

// Creates the desk's window (the hall display's is in hall-window.ts). Main owns the session
// (services); windows render it.

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.resolve(here, '..', '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

// `npm run pdf` starts Electron with one job: print it and quit, beside any running desk.
let pdfJob: PdfJob | null = null;
try {
  pdfJob = decodeJob(process.argv);
} catch (error) {
  console.error(String(error));
  app.exit(2);
}
if (pdfJob) {
  // Its own profile folder, so that the running desk's single-instance lock is not in the way.
  app.setPath('userData', mkdtempSync(path.join(os.tmpdir(), 'congress-pdf-profile-')));
  void printJob(pdfJob);
} else if (!app.requestSingleInstanceLock()) {
  // Another Congress Desk already owns the session files: two writers must never share one.
  app.quit();
} else {
  void start();
}

/** `--congress-data-dir=<folder>` keeps sessions and preferences elsewhere (tests, a USB stick). */
const dataDirArgument = process.argv.find((a) => a.startsWith('--congress-data-dir='))?.slice('--congress-data-dir='.length);
if (dataDirArgument) app.setPath('userData', path.resolve(dataDirArgument));

async function start(): Promise<void> {
  await app.whenReady();
  hardenSessions();
  serveRenderer();

  const store = new Store({ name: 'config' });
  const preferences = preferencesStore(store);
  const t = i18next.createInstance();
  await t.init({ resources, lng: preferences.read().language, fallbackLng: DEFAULT_LANGUAGE, interpolation: { escapeValue: false } });

  let mainWindow: BrowserWindow | null = null;
  const hallWindow = new HallWindow(preloadPath);
  const sessionFilter = [{ name: t.t('menu.fileFilter'), extensions: [SESSION_EXTENSION.slice(1)] }];
  const platform: DeskPlatform = {
    transport: 'electron',
    nativeDialogs: true,
    async chooseSessionFile() {
      const options = { title: t.t('menu.openDialogTitle'), filters: sessionFilter, properties: ['openFile' as const] };
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportTarget(suggestedName) {
      const options = { title: t.t('menu.saveDialogTitle'), defaultPath: path.join(app.getPath('documents'), suggestedName), filters: sessionFilter };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async revealPath(target) {
      await shell.openPath(target);
    },
    hallScreens: () => Promise.resolve(hallWindow.screens()),
    showHallDisplay: (target) => Promise.resolve(hallWindow.show(target)),
    closeHallDisplay: () => Promise.resolve(hallWindow.close()),
    hallDisplayOpen: () => hallWindow.isOpen(),
  };
  const printWindows: PrintWindows = { createHidden: createPrintWindow, parent: () => mainWindow };
  const desk = new DeskService({
    dataDir: app.getPath('userData'),
    preferences,
    platform,
    appVersion: app.getVersion(),
    actor: 'desk',
    printer: electronPrinter(printWindows, t.t.bind(t)),
  });
  bindIpc(desk);

  const broadcast = (notice: DeskNotice) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(NOTICE_CHANNEL, notice);
  };
  const refreshMenu = () => {
    const prefs = preferences.read();
    if (t.language !== prefs.language) void t.changeLanguage(prefs.language);
    const hasSession = desk.state.congress !== null;
    const fail = (error: unknown) => console.error('[congress-desk] menu action failed:', error);
    Menu.setApplicationMenu(
      buildMenu(t.t.bind(t), prefs.recentFiles, hasSession, {
        newCongress: () => broadcast({ kind: 'menu', command: 'newCongress' }),
        open: () => void desk.chooseSessionFile({}).catch(fail),
        openRecent: (file) => void desk.openSession({ path: file }).catch(fail),
        saveCopy: () => void desk.exportSessionCopy({}).catch(fail),
        revealBackups: () => void desk.revealBackups({}).catch(fail),
        closeSession: () => void desk.closeSession({}).catch(fail),
      }),
    );
  };
  desk.subscribe((notice) => {
    broadcast(notice);
    if (notice.kind === 'session' || notice.kind === 'preferences') refreshMenu();
  });
  refreshMenu();

  mainWindow = createMainWindow(store);
  // The hall display never outlives the desk: closing the desk's window ends the app.
  mainWindow.on('closed', () => hallWindow.close());
  // A session file given on the command line or by the file manager (a .congress double-click).
  const openFromSystem = (file: string | undefined) => {
    if (file) void desk.openSession({ path: file }).catch((error: unknown) => console.error('[congress-desk] cannot open', file, error));
  };
  openFromSystem(sessionFileArgument(process.argv));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFromSystem(file);
  });
  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    openFromSystem(sessionFileArgument(argv));
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    closing = true;
    // Writes in flight finish and the lock is released before the process ends.
    void desk.close().finally(() => app.quit());
  });
}

function createMainWindow(store: Store): BrowserWindow {
  const saved = store.get('windowBounds');
  const bounds = isRectangle(saved) && screen.getAllDisplays().some((d) => intersects(d.workArea, saved)) ? saved : { width: 1366, height: 860 };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Congress Desk',
    backgroundColor: '#f4f5f7',
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      // Stated here too, so that the invariant is visible where the window is made.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', () => store.set('windowBounds', window.getBounds()));
  void window.loadURL(`${APP_ORIGIN}/`);
  return window;
}

/** The built renderer at app://desk, with its CSP; any path without an extension is the app's page. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    let file = resolveInside(rendererRoot, url.pathname);
    if (file === null) return new Response('Not found', { status: 404 });
    if (path.extname(file) === '') file = path.join(rendererRoot, 'index.html');
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response?.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers({ 'content-type': contentTypeOf(file) });
    if (file.endsWith('.html')) headers.set('content-security-policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: 200, headers });
  });
}

/** A hidden window for one printed document: the same secure preferences as the main window. */
function createPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
}

/** One `npm run pdf` job: a desk on a temporary folder, the document printed to PDF, then quit. */
async function printJob(job: PdfJob): Promise<void> {
  // The hidden window closes before the file is written: that must not end the process.
  app.on('window-all-closed', () => undefined);
  await app.whenReady();
  hardenSessions();
  serveRenderer();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'congress-pdf-'));
  let code = 0;
  try {
    const desk = await openBatchDesk(job, dataDir);
    try {
      bindIpc(desk);
      const bytes = await renderPdf({ createHidden: createPrintWindow, parent: () => null }, printPath(job.request));
      await fs.mkdir(path.dirname(job.out), { recursive: true });
      await fs.writeFile(job.out, bytes);
      console.log(`${job.out} (${bytes.length} bytes)`);
    } finally {
      await desk.close();
    }
  } catch (error) {
    const t = i18next.createInstance();
    await t.init({ resources, lng: job.request.lang, fallbackLng: DEFAULT_LANGUAGE, interpolation: { escapeValue: false } });
    console.error(error instanceof DeskError ? t.t(`errors.${error.code}`, { ...error.params }) : String(error));
    code = 1;
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  }
  // The temporary profile goes too; where the system still holds a file in it, it stays in tmp.
  await fs.rm(app.getPath('userData'), { recursive: true, force: true }).catch(() => undefined);
  app.exit(code);
}

function sessionFileArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(SESSION_EXTENSION));
}

function isRectangle(value: unknown): value is Rectangle {
  return (
    typeof value === 'object' && value !== null &&
    'x' in value && 'y' in value && 'width' in value && 'height' in value &&
    typeof value.x === 'number' && typeof value.y === 'number' && typeof value.width === 'number' && typeof value.height === 'number'
  );
}

function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
