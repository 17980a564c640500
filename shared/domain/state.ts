import { Map as IMap } from 'immutable';
import type { Congress } from './congress/model.js';
import type { Delegate } from './roster/model.js';
import type { CheckInMethod } from './attendance/events.js';
import { EMPTY_SPEAKERS, type SpeakersState } from './speakers/model.js';
import { EMPTY_AGENDA, type AgendaState } from './agenda/state.js';
import type { CredentialsState } from './credentials/state.js';
import { EMPTY_CREDENTIALS } from './credentials/state.js';
import { EMPTY_SIGNERS, type SignersState } from './signers/state.js';

export type DelegateId = string;
export type SittingId = string;

/** One stretch of presence in a sitting: from check-in to check-out (null while still present). */
export interface PresenceInterval {
  readonly checkedInAt: string;
  readonly checkedOutAt: string | null;
  readonly method: CheckInMethod;
}

export interface DelegateAttendance {
  readonly intervals: readonly PresenceInterval[];
  /** A recorded reason for being absent; null means none was given. */
  readonly absenceReason: string | null;
}

export interface RosterState {
  readonly delegates: IMap<DelegateId, Delegate>;
  /** Delegate codes folded to their lookup key (see `codeKey`), for check-in by code. */
  readonly byCode: IMap<string, DelegateId>;
  readonly nextListOrder: number;
  /** Removed delegates kept aside as they were, so that `delegate.restored` can put them back in place. */
  readonly removed: IMap<DelegateId, Delegate>;
}

export interface AttendanceState {
  readonly activeSittingId: SittingId | null;
  readonly bySitting: IMap<SittingId, IMap<DelegateId, DelegateAttendance>>;
}

/**
 * The state of one congress: the fold of its journal through `reduceSession`. Keyed collections are
 * persistent maps, so that one event costs microseconds even with 5,000 delegates, and so that an
 * unchanged part keeps its identity (the renderer re-renders only what changed).
 */
export interface SessionState {
  readonly seq: number;
  readonly at: string | null;
  readonly congress: Congress | null;
  readonly roster: RosterState;
  readonly attendance: AttendanceState;
  readonly speakers: SpeakersState;
  readonly agenda: AgendaState;
  readonly credentials: CredentialsState;
  /** Who signs the secretariat's documents. */
  readonly signers: SignersState;
}

export const EMPTY_SESSION: SessionState = {
  seq: 0,
  at: null,
  congress: null,
  roster: { delegates: IMap(), byCode: IMap(), nextListOrder: 0, removed: IMap() },
  attendance: { activeSittingId: null, bySitting: IMap() },
  speakers: EMPTY_SPEAKERS,
  agenda: EMPTY_AGENDA,
  credentials: EMPTY_CREDENTIALS,
  signers: EMPTY_SIGNERS,
};
