import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ApiHandlers, DeskInfo, ExportResult } from '../../shared/api.js';
import type { JournalEntry } from '../../shared/domain/events.js';
import type { DeskNotice, JournalSnapshot, SessionInfo } from '../../shared/domain/session.js';
import type { SessionState } from '../../shared/domain/state.js';
import { EMPTY_SESSION } from '../../shared/domain/state.js';
import { replay } from '../../shared/domain/reducer.js';
import { DeskError } from '../../shared/domain/errors.js';
import type { CommandContext, Decide } from '../../shared/domain/decision.js';
import * as congressCommands from '../../shared/domain/congress/commands.js';
import * as rosterCommands from '../../shared/domain/roster/commands.js';
import * as attendanceCommands from '../../shared/domain/attendance/commands.js';
import * as speakerCommands from '../../shared/domain/speakers/commands.js';
import { playDemoDiscussion } from '../../shared/demo/discussion-session.js';
import * as agendaCommands from '../../shared/domain/agenda/commands.js';
import { createCongressWithAgenda } from '../../shared/domain/agenda/template.js';
import { codeKey } from '../../shared/domain/roster/code.js';
import { pickHallScreen, type HallDisplayStatus, type HallScreen } from '../../shared/display.js';
import * as credentialsCommands from '../../shared/domain/credentials/commands.js';
import * as signersCommands from '../../shared/domain/signers/commands.js';
import { demoCongress, demoAgendaOutlines, demoCredentialsPlan, playDemoCredentials } from '../../shared/demo/index.js';
import { Journal } from './journal.js';
import { JOURNAL_FORMAT, JOURNAL_VERSION, SESSION_EXTENSION } from './journal-format.js';
import type { FileOps } from './file-ops.js';
import { acquireLock, type SessionLock } from './lock.js';
import type { PreferencesStore } from './preferences.js';
import { backupSession, BACKUP_INTERVAL_MS } from './backups.js';
import { listSessionFiles, newSessionPath } from './session-files.js';
import { PrintService, unavailablePrinter, type DocumentPrinter } from './printing.js';
import { localIsoDate } from '../../shared/local-date.js';

/** What differs between the desktop app and the web host: dialogs and the file manager. */
export interface DeskPlatform {
  readonly transport: 'electron' | 'web';
  readonly nativeDialogs: boolean;
  chooseSessionFile(): Promise<string | null>;
  chooseExportTarget(suggestedName: string): Promise<string | null>;
  revealPath(target: string): Promise<void>;
  /** Screens the hall display can be placed on; none where the desk has no windows of its own. */
  hallScreens(): Promise<readonly HallScreen[]>;
  /** Shows the hall display full-screen on a screen (or moves it there). */
  showHallDisplay(screen: HallScreen): Promise<void>;
  closeHallDisplay(): Promise<void>;
  hallDisplayOpen(): boolean;
}

export const headlessPlatform = (transport: 'electron' | 'web'): DeskPlatform => ({
  transport,
  nativeDialogs: false,
  chooseSessionFile: () => Promise.reject(new DeskError('platform.notSupported')),
  chooseExportTarget: () => Promise.reject(new DeskError('platform.notSupported')),
  revealPath: () => Promise.resolve(),
  hallScreens: () => Promise.resolve([]),
  showHallDisplay: () => Promise.reject(new DeskError('platform.notSupported')),
  closeHallDisplay: () => Promise.resolve(),
  hallDisplayOpen: () => false,
});

export interface DeskOptions {
  readonly dataDir: string;
  readonly preferences: PreferencesStore;
  readonly platform: DeskPlatform;
  readonly appVersion: string;
  /** Written into each journal line: which desk did it. */
  readonly actor: string;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  readonly fileOps?: FileOps;
  readonly backupIntervalMs?: number;
  /** Printing and PDF files from a hidden window: the desktop app only. */
  readonly printer?: DocumentPrinter;
}

interface OpenSession {
  readonly journal: Journal;
  readonly lock: SessionLock;
  readonly entries: JournalEntry[];
  state: SessionState;
  info: SessionInfo;
  backedUpSeq: number;
  backupTimer: ReturnType<typeof setInterval> | null;
}

export type NoticeListener = (notice: DeskNotice) => void;

const randomId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 16);

/**
 * The services behind the contract: one object, called by the Electron IPC binding and by the web
 * host alike. Commands run one at a time: decide on the current state, append and fdatasync, fold
 * into the state, tell the listeners, then answer.
 */
export class DeskService implements ApiHandlers {
  readonly sessionsDir: string;
  readonly backupsDir: string;
  private readonly options: DeskOptions;
  private readonly clock: () => Date;
  private readonly newId: () => string;
  private session: OpenSession | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<NoticeListener>();
  private readonly printing: PrintService;

  constructor(options: DeskOptions) {
    this.options = options;
    this.printing = new PrintService(options.printer ?? unavailablePrinter, options.preferences);
    this.clock = options.clock ?? (() => new Date());
    this.newId = options.newId ?? randomId;
    this.sessionsDir = path.join(options.dataDir, 'sessions');
    this.backupsDir = path.join(options.dataDir, 'backups');
  }

  subscribe(listener: NoticeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The state as the services hold it: for tests, the PDF renderer and benchmarks. */
  get state(): SessionState {
    return this.session?.state ?? EMPTY_SESSION;
  }

  private emit(notice: DeskNotice): void {
    for (const listener of this.listeners) {
      try {
        listener(notice);
      } catch {
        // One broken listener (a closed window) must not stop the others or the command.
      }
    }
  }

  /** Everything that reads or changes the open session runs through this queue, in order. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private requireSession(): OpenSession {
    if (!this.session) throw new DeskError('session.none');
    return this.session;
  }

  private context(): CommandContext {
    return { now: this.clock().toISOString(), newId: this.newId };
  }

  private async applyDecision<I, R>(session: OpenSession, decide: Decide<I, R>, input: I): Promise<R> {
    const context = this.context();
    const decision = decide(session.state, input, context);
    if (decision.events.length === 0) return decision.result;
    let entries: JournalEntry[];
    try {
      entries = await session.journal.append(decision.events, context.now, this.options.actor);
    } catch (error) {
      const wire = error instanceof DeskError ? error : new DeskError('session.writeFailed', { detail: String(error) });
      if (session.journal.writeBlocked && !session.info.writeBlocked) {
        session.info = { ...session.info, writeBlocked: true };
        this.emit({ kind: 'session', session: session.info });
      }
      this.emit({ kind: 'writeFailed', congressId: session.info.congressId, error: { code: wire.code, params: wire.params } });
      throw wire;
    }
    session.state = replay(entries, session.state);
    for (const entry of entries) session.entries.push(entry);
    this.emit({ kind: 'entries', congressId: session.info.congressId, entries });
    return decision.result;
  }

  private command<I, R>(decide: Decide<I, R>) {
    return (input: I): Promise<R> => this.serial(() => this.applyDecision(this.requireSession(), decide, input));
  }

  // --- sessions ---------------------------------------------------------------------------------

  private async closeCurrent(): Promise<void> {
    const current = this.session;
    if (!current) return;
    this.session = null;
    if (current.backupTimer) clearInterval(current.backupTimer);
    await this.backup(current).catch(() => undefined);
    await current.journal.close();
    await current.lock.release();
  }

  private async backup(session: OpenSession): Promise<void> {
    if (session.backedUpSeq === session.journal.seq) return;
    await backupSession(this.backupsDir, session.journal.path, this.clock());
    session.backedUpSeq = session.journal.seq;
  }

  private startSession(journal: Journal, lock: SessionLock, entries: JournalEntry[], info: SessionInfo): OpenSession {
    const session: OpenSession = {
      journal,
      lock,
      entries,
      state: replay(entries, EMPTY_SESSION),
      info,
      backedUpSeq: -1,
      backupTimer: null,
    };
    const interval = this.options.backupIntervalMs ?? BACKUP_INTERVAL_MS;
    if (interval > 0) {
      session.backupTimer = setInterval(() => {
        void this.serial(() => this.backup(session)).catch(() => undefined);
      }, interval);
      session.backupTimer.unref?.();
    }
    this.session = session;
    this.options.preferences.addRecentFile(journal.path);
    return session;
  }

  private infoFor(journal: Journal, recovery: SessionInfo['recovery']): SessionInfo {
    return {
      congressId: journal.header.congressId,
      path: journal.path,
      fileName: path.basename(journal.path),
      openedAt: this.clock().toISOString(),
      recovery,
      writeBlocked: false,
      readOnly: journal.readOnly,
    };
  }

  private async openPath(filePath: string): Promise<SessionInfo> {
    const absolute = path.resolve(filePath);
    if (this.session?.journal.path === absolute) return this.session.info;
    await this.closeCurrent();
    this.emit({ kind: 'session', session: null });
    const lock = await acquireLock(absolute);
    try {
      const opened = await Journal.open(absolute, { ops: this.options.fileOps, now: this.clock });
      const session = this.startSession(opened.journal, lock, opened.entries, this.infoFor(opened.journal, opened.recovery));
      await this.backup(session).catch(() => undefined);
      this.emit({ kind: 'session', session: session.info });
      return session.info;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Creates a new session file, appends its first events, and opens it. */
  private async createSession(fileStem: string, date: string, build: (session: OpenSession) => Promise<void>): Promise<SessionInfo> {
    await fs.mkdir(this.sessionsDir, { recursive: true });
    await this.closeCurrent();
    const filePath = await newSessionPath(this.sessionsDir, fileStem, date);
    const lock = await acquireLock(filePath);
    try {
      const journal = await Journal.create(
        filePath,
        { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, congressId: this.newId(), createdAt: this.clock().toISOString(), app: this.options.appVersion },
        this.options.fileOps,
      );
      const session = this.startSession(journal, lock, [], this.infoFor(journal, null));
      await build(session);
      await this.backup(session).catch(() => undefined);
      this.emit({ kind: 'session', session: session.info });
      return session.info;
    } catch (error) {
      await this.closeCurrent().catch(() => undefined);
      await lock.release();
      throw error;
    }
  }

  /** The open session file as it is on disk between two writes (the web host's download). */
  readSessionFile(): Promise<{ readonly fileName: string; readonly bytes: Buffer }> {
    return this.serial(async () => {
      const session = this.requireSession();
      return { fileName: path.basename(session.journal.path), bytes: await fs.readFile(session.journal.path) };
    });
  }

  /** Closes the open session (at quit): waits for writes in flight. */
  close(): Promise<void> {
    return this.serial(() => this.closeCurrent());
  }

  // --- the contract ------------------------------------------------------------------------------

  getDeskInfo = (): Promise<DeskInfo> =>
    Promise.resolve({
      appVersion: this.options.appVersion,
      transport: this.options.platform.transport,
      nativeDialogs: this.options.platform.nativeDialogs,
      sessionsDir: this.sessionsDir,
      backupsDir: this.backupsDir,
      preferences: this.options.preferences.read(),
      session: this.session?.info ?? null,
    });

  setPreferences: ApiHandlers['setPreferences'] = (patch) => {
    const preferences = this.options.preferences.update(patch);
    this.emit({ kind: 'preferences', preferences });
    return Promise.resolve(preferences);
  };

  listSessionFiles: ApiHandlers['listSessionFiles'] = () =>
    listSessionFiles(this.sessionsDir, this.options.preferences.read().recentFiles);

  createCongress: ApiHandlers['createCongress'] = (input) =>
    this.serial(() =>
      this.createSession(input.name, input.startDate, async (session) => {
        await this.applyDecision(session, createCongressWithAgenda, input);
      }),
    );

  openSession: ApiHandlers['openSession'] = (input) => this.serial(() => this.openPath(input.path));

  openDemo: ApiHandlers['openDemo'] = () =>
    this.serial(() => {
      const now = this.clock();
      const date = localIsoDate(now);
      const language = this.options.preferences.read().language;
      const demo = demoCongress({ date, language });
      return this.createSession('demo', date, async (session) => {
        const congress = congressCommands.congressInputSchema.parse(demo.congress);
        await this.applyDecision(session, congressCommands.createCongress, congress);
        const roster = rosterCommands.importRosterInput.parse({ fileName: 'demo', delegates: demo.delegates });
        await this.applyDecision(session, rosterCommands.importRoster, roster);
        const sittings = demoAgendaOutlines(language, (code) => session.state.roster.byCode.get(codeKey(code)));
        await this.applyDecision(session, agendaCommands.seedAgenda, { source: 'demo', sittings });
        const plan = demoCredentialsPlan(demo.delegates, language);
        await playDemoCredentials((decide, input) => this.applyDecision(session, decide, input), () => session.state, plan);
        await playDemoDiscussion({ run: (decide, input) => this.applyDecision(session, decide, input), state: () => session.state }, { date, language });
      });
    });

  closeSession: ApiHandlers['closeSession'] = () =>
    this.serial(async () => {
      await this.closeCurrent();
      this.emit({ kind: 'session', session: null });
      return null;
    });

  getJournal: ApiHandlers['getJournal'] = () =>
    this.serial((): Promise<JournalSnapshot> => {
      const session = this.requireSession();
      return Promise.resolve({ session: session.info, entries: session.entries.slice() });
    });

  chooseSessionFile: ApiHandlers['chooseSessionFile'] = async () => {
    const chosen = await this.options.platform.chooseSessionFile();
    if (chosen === null) return null;
    return this.openSession({ path: chosen });
  };

  exportSessionCopy: ApiHandlers['exportSessionCopy'] = async (): Promise<ExportResult> => {
    const session = this.requireSession();
    const target = await this.options.platform.chooseExportTarget(path.basename(session.journal.path));
    if (target === null) return { kind: 'cancelled' };
    const finalTarget = target.endsWith(SESSION_EXTENSION) ? target : target + SESSION_EXTENSION;
    return this.serial(async () => {
      await fs.copyFile(session.journal.path, finalTarget);
      return { kind: 'saved' as const, path: finalTarget };
    });
  };

  revealBackups: ApiHandlers['revealBackups'] = async () => {
    await fs.mkdir(this.backupsDir, { recursive: true });
    await this.options.platform.revealPath(this.backupsDir);
    return { path: this.backupsDir };
  };

  updateCongress = this.command(congressCommands.updateCongress);
  activateSitting = this.command(congressCommands.activateSitting);
  importRoster = this.command(rosterCommands.importRoster);
  addDelegate = this.command(rosterCommands.addDelegate);
  updateDelegate = this.command(rosterCommands.updateDelegate);
  removeDelegate = this.command(rosterCommands.removeDelegate);
  checkIn = this.command(attendanceCommands.checkIn);
  undoCheckIn = this.command(attendanceCommands.undoCheckIn);
  checkOut = this.command(attendanceCommands.checkOut);
  recordAbsence = this.command(attendanceCommands.recordAbsence);
  clearAbsence = this.command(attendanceCommands.clearAbsence);

  listPrinters: ApiHandlers['listPrinters'] = () => this.printing.listPrinters();

  // Not through the queue: the print window reads the session through the same services meanwhile.
  savePrintPdf: ApiHandlers['savePrintPdf'] = (input) => {
    this.requireSession();
    return this.printing.savePdf(input.request);
  };

  printDocument: ApiHandlers['printDocument'] = async (input) => {
    this.requireSession();
    await this.printing.print(input.request, input.printer, input.copies);
    this.emit({ kind: 'preferences', preferences: this.options.preferences.read() });
    return null;
  };
  openDiscussion = this.command(speakerCommands.openDiscussion);
  updateDiscussion = this.command(speakerCommands.updateDiscussion);
  activateDiscussion = this.command(speakerCommands.activateDiscussion);
  closeSpeakerList = this.command(speakerCommands.closeSpeakerList);
  reopenSpeakerList = this.command(speakerCommands.reopenSpeakerList);
  registerSpeech = this.command(speakerCommands.registerSpeech);
  importSpeeches = this.command(speakerCommands.importSpeeches);
  updateSpeech = this.command(speakerCommands.updateSpeech);
  moveSpeech = this.command(speakerCommands.moveSpeech);
  withdrawSpeech = this.command(speakerCommands.withdrawSpeech);
  restoreSpeech = this.command(speakerCommands.restoreSpeech);
  callSpeaker = this.command(speakerCommands.callSpeaker);
  pauseSpeech = this.command(speakerCommands.pauseSpeech);
  resumeSpeech = this.command(speakerCommands.resumeSpeech);
  addSpeechTime = this.command(speakerCommands.addSpeechTime);
  endSpeech = this.command(speakerCommands.endSpeech);
  undoCallSpeaker = this.command(speakerCommands.undoCallSpeaker);
  setSpeakerSettings = this.command(speakerCommands.setSpeakerSettings);
  undoEndSpeech = this.command(speakerCommands.undoEndSpeech);
  addAgendaItem = this.command(agendaCommands.addAgendaItem);
  updateAgendaItem = this.command(agendaCommands.updateAgendaItem);
  moveAgendaItem = this.command(agendaCommands.moveAgendaItem);
  duplicateAgendaItem = this.command(agendaCommands.duplicateAgendaItem);
  deleteAgendaItem = this.command(agendaCommands.deleteAgendaItem);
  restoreAgendaItem = this.command(agendaCommands.restoreAgendaItem);
  importAgenda = this.command(agendaCommands.importAgenda);
  startAgendaItem = this.command(agendaCommands.startAgendaItem);
  finishAgendaItem = this.command(agendaCommands.finishAgendaItem);
  nextAgendaItem = this.command(agendaCommands.nextAgendaItem);
  backAgendaItem = this.command(agendaCommands.backAgendaItem);

  // --- the hall display ------------------------------------------------------------------------

  getHallDisplay: ApiHandlers['getHallDisplay'] = async (): Promise<HallDisplayStatus> => ({
    supported: this.options.platform.transport === 'electron',
    screens: await this.options.platform.hallScreens(),
    chosenScreenId: this.options.preferences.read().hallScreenId,
    open: this.options.platform.hallDisplayOpen(),
  });

  openHallDisplay: ApiHandlers['openHallDisplay'] = async (input) => {
    const screens = await this.options.platform.hallScreens();
    if (this.options.platform.transport !== 'electron') throw new DeskError('platform.notSupported');
    const screen = pickHallScreen(screens, input.screenId, this.options.preferences.read().hallScreenId);
    if (screen === null) throw new DeskError('hallDisplay.noScreen');
    await this.options.platform.showHallDisplay(screen);
    // Remembered only when asked for: falling back to another screen must not forget the choice.
    if (input.screenId === screen.id) await this.setPreferences({ hallScreenId: screen.id });
    return this.getHallDisplay({});
  };

  closeHallDisplay: ApiHandlers['closeHallDisplay'] = async () => {
    await this.options.platform.closeHallDisplay();
    return this.getHallDisplay({});
  };
  setCredentialsSettings = this.command(credentialsCommands.setCredentialsSettings);
  markCheck = this.command(credentialsCommands.markCheck);
  decideCredentials = this.command(credentialsCommands.decideCredentials);
  seatAlternate = this.command(credentialsCommands.seatAlternate);
  unseatAlternate = this.command(credentialsCommands.unseatAlternate);
  setReportTemplate = this.command(credentialsCommands.setReportTemplate);
  freezeReport = this.command(credentialsCommands.freezeReport);
  setReportSigner = this.command(credentialsCommands.setReportSigner);
  restoreDelegate = this.command(rosterCommands.restoreDelegate);
  undoCheckOut = this.command(attendanceCommands.undoCheckOut);
  /** The clock that stamps the journal, so screens elsewhere time speeches as the journal does; no session needed. */
  serverTime: ApiHandlers['serverTime'] = async () => ({ now: this.clock().getTime() });
  setDocumentSigner = this.command(signersCommands.setDocumentSigner);
}
