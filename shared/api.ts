import { z } from 'zod';
import type { ErrorCode, ErrorParams } from './domain/errors.js';
import type { Preferences } from './preferences.js';
import { preferencesPatchSchema } from './preferences.js';
import type { DeskNotice, JournalSnapshot, SessionFileInfo, SessionInfo } from './domain/session.js';
import type { Congress } from './domain/congress/model.js';
import type { Delegate } from './domain/roster/model.js';
import { congressInputSchema, activateSittingInput } from './domain/congress/commands.js';
import { importRosterInput, addDelegateInput, updateDelegateInput, removeDelegateInput, restoreDelegateInput } from './domain/roster/commands.js';
import {
  checkInInput,
  attendanceTargetInput,
  recordAbsenceInput,
  type CheckInOutcome,
} from './domain/attendance/commands.js';
import { printDocumentInput, savePrintPdfInput, type PrinterInfo } from './print/requests.js';
import {
  openDiscussionInput,
  updateDiscussionInput,
  discussionInput,
  registerSpeechInput,
  importSpeechesInput,
  updateSpeechInput,
  moveSpeechInput,
  speechInput,
  callSpeakerInput,
  addSpeechTimeInput,
  speakerSettingsInput,
  type Registered,
  type Called,
} from './domain/speakers/commands.js';
import type { SpeakerSettings } from './domain/speakers/model.js';
import type { AgendaItem } from './domain/agenda/model.js';
import {
  addAgendaItemInput,
  updateAgendaItemInput,
  moveAgendaItemInput,
  agendaItemInput,
  importAgendaInput,
  liveSittingInput,
  type BackStep,
  type DeletedItem,
  type LiveStep,
} from './domain/agenda/commands.js';
import { openHallDisplayInput, type HallDisplayStatus } from './display.js';
import {
  credentialsSettingsInput,
  markCheckInput,
  decideCredentialsInput,
  seatAlternateInput,
  unseatAlternateInput,
  reportTemplateInput,
  freezeReportInput,
  reportSignerInput,
} from './domain/credentials/commands.js';
import type { CredentialsSettings } from './domain/credentials/model.js';
import type { DocumentSigner } from './domain/signers/model.js';
import type { ReportSnapshot, Seating } from './domain/credentials/state.js';
import { documentSignerInput } from './domain/signers/commands.js';

/**
 * The one contract between the renderer and the services. Each call has an input schema (checked
 * by both transports before a service sees it) and an output type. The Electron preload, the IPC
 * binding, the web host and the renderer's client are all derived from or checked against it.
 */
interface Call<S extends z.ZodType, O> {
  readonly input: S;
  /** Type-level only: what the call answers. */
  readonly output: O;
}

function call<O>() {
  return <S extends z.ZodType>(input: S): Call<S, O> => ({ input, output: undefined as O });
}

const none = z.object({}).strict();
export const pathInput = z.object({ path: z.string().min(1).max(4096) });

export interface DeskInfo {
  readonly appVersion: string;
  readonly transport: 'electron' | 'web';
  /** Native open/save dialogs and "show in folder" exist (Electron only). */
  readonly nativeDialogs: boolean;
  readonly sessionsDir: string;
  readonly backupsDir: string;
  readonly preferences: Preferences;
  readonly session: SessionInfo | null;
}

export type ExportResult = { readonly kind: 'saved'; readonly path: string } | { readonly kind: 'cancelled' };

export const API = {
  getDeskInfo: call<DeskInfo>()(none),
  setPreferences: call<Preferences>()(preferencesPatchSchema),
  listSessionFiles: call<SessionFileInfo[]>()(none),
  createCongress: call<SessionInfo>()(congressInputSchema),
  openSession: call<SessionInfo>()(pathInput),
  openDemo: call<SessionInfo>()(none),
  closeSession: call<null>()(none),
  getJournal: call<JournalSnapshot>()(none),
  /** Electron: the system's open dialog; elsewhere refused with platform.notSupported. */
  chooseSessionFile: call<SessionInfo | null>()(none),
  /** Copy the open session file elsewhere (a USB stick): Electron asks where with a save dialog. */
  exportSessionCopy: call<ExportResult>()(none),
  revealBackups: call<{ readonly path: string }>()(none),

  updateCongress: call<Congress>()(congressInputSchema),
  activateSitting: call<null>()(activateSittingInput),
  importRoster: call<{ readonly added: number }>()(importRosterInput),
  addDelegate: call<Delegate>()(addDelegateInput),
  updateDelegate: call<Delegate>()(updateDelegateInput),
  removeDelegate: call<Delegate>()(removeDelegateInput),
  checkIn: call<CheckInOutcome>()(checkInInput),
  undoCheckIn: call<null>()(attendanceTargetInput),
  checkOut: call<null>()(attendanceTargetInput),
  recordAbsence: call<null>()(recordAbsenceInput),
  clearAbsence: call<null>()(attendanceTargetInput),
  /** Electron: the system's printers; elsewhere refused with platform.notSupported. */
  listPrinters: call<PrinterInfo[]>()(none),
  /** Electron: renders a document to PDF in a hidden window and saves it where the user says. */
  savePrintPdf: call<ExportResult>()(savePrintPdfInput),
  /** Electron: prints a document on a chosen printer, which is remembered for next time. */
  printDocument: call<null>()(printDocumentInput),
  openDiscussion: call<{ readonly discussionId: string }>()(openDiscussionInput),
  updateDiscussion: call<null>()(updateDiscussionInput),
  activateDiscussion: call<null>()(discussionInput),
  closeSpeakerList: call<null>()(discussionInput),
  reopenSpeakerList: call<null>()(discussionInput),
  registerSpeech: call<Registered>()(registerSpeechInput),
  importSpeeches: call<{ readonly added: number }>()(importSpeechesInput),
  updateSpeech: call<null>()(updateSpeechInput),
  moveSpeech: call<null>()(moveSpeechInput),
  withdrawSpeech: call<null>()(speechInput),
  restoreSpeech: call<null>()(speechInput),
  callSpeaker: call<Called>()(callSpeakerInput),
  pauseSpeech: call<null>()(speechInput),
  resumeSpeech: call<null>()(speechInput),
  addSpeechTime: call<null>()(addSpeechTimeInput),
  endSpeech: call<null>()(speechInput),
  undoCallSpeaker: call<null>()(speechInput),
  setSpeakerSettings: call<SpeakerSettings>()(speakerSettingsInput),
  undoEndSpeech: call<null>()(speechInput),

  addAgendaItem: call<AgendaItem>()(addAgendaItemInput),
  updateAgendaItem: call<AgendaItem>()(updateAgendaItemInput),
  moveAgendaItem: call<AgendaItem>()(moveAgendaItemInput),
  duplicateAgendaItem: call<AgendaItem>()(agendaItemInput),
  deleteAgendaItem: call<DeletedItem>()(agendaItemInput),
  restoreAgendaItem: call<AgendaItem>()(agendaItemInput),
  importAgenda: call<{ readonly added: number }>()(importAgendaInput),
  startAgendaItem: call<null>()(agendaItemInput),
  finishAgendaItem: call<null>()(agendaItemInput),
  nextAgendaItem: call<LiveStep>()(liveSittingInput),
  backAgendaItem: call<BackStep>()(liveSittingInput),
  /** The screens the hall display can go to; the web host has none (a browser opens /display). */
  getHallDisplay: call<HallDisplayStatus>()(none),
  /** Desktop app: shows the hall display full-screen on a screen and remembers it; elsewhere platform.notSupported. */
  openHallDisplay: call<HallDisplayStatus>()(openHallDisplayInput),
  closeHallDisplay: call<HallDisplayStatus>()(none),
  setCredentialsSettings: call<CredentialsSettings>()(credentialsSettingsInput),
  markCheck: call<{ readonly changed: number }>()(markCheckInput),
  decideCredentials: call<{ readonly changed: number }>()(decideCredentialsInput),
  seatAlternate: call<Seating>()(seatAlternateInput),
  unseatAlternate: call<Seating>()(unseatAlternateInput),
  setReportTemplate: call<null>()(reportTemplateInput),
  freezeReport: call<ReportSnapshot>()(freezeReportInput),
  setReportSigner: call<DocumentSigner>()(reportSignerInput),
  /** Undo of a removal: the delegate back in their place in the roster's order. */
  restoreDelegate: call<Delegate>()(restoreDelegateInput),
  /** Undo of a mistaken check-out: presence continues from the original check-in. */
  undoCheckOut: call<null>()(attendanceTargetInput),
  /** The desk's clock (ms since the epoch), for screens on other computers to show the desk's time. */
  serverTime: call<{ readonly now: number }>()(none),
  /** Who signs a secretariat document (speech log, attendance sheet): name and capacity lines per language. */
  setDocumentSigner: call<DocumentSigner>()(documentSignerInput),
} as const;

export type ApiName = keyof typeof API;
export const API_NAMES = Object.keys(API) as ApiName[];

export type ApiInput<K extends ApiName> = z.input<(typeof API)[K]['input']>;
export type ApiParsedInput<K extends ApiName> = z.output<(typeof API)[K]['input']>;
export type ApiOutput<K extends ApiName> = (typeof API)[K]['output'];

/** What the renderer calls. */
export type CongressApi = { readonly [K in ApiName]: (input: ApiInput<K>) => Promise<ApiOutput<K>> };

/** What the services implement: inputs arrive already parsed by the call's schema. */
export type ApiHandlers = { readonly [K in ApiName]: (input: ApiParsedInput<K>) => Promise<ApiOutput<K>> };

/** How an answer crosses a transport: errors keep their code and parameters. */
export type WireResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ErrorCode; readonly params: ErrorParams } };

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** What the Electron preload exposes as `window.congress`: one function per call, nothing generic. */
export type CongressBridge = { readonly [K in ApiName]: (input: ApiInput<K>) => Promise<WireResult<ApiOutput<K>>> } & {
  readonly onNotice: (listener: (notice: DeskNotice) => void) => () => void;
};

/** The channel names on the Electron side. */
export const IPC_PREFIX = 'congress:';
export const NOTICE_CHANNEL = 'congress:notice';
