import type { JournalEntry } from './events.js';
import type { SessionState } from './state.js';
import { reduceRoster } from './roster/reduce.js';
import { reduceAttendance } from './attendance/reduce.js';
import { reduceCredentials } from './credentials/reduce.js';
import { assertNever } from './errors.js';

/** The one reducer: state is the fold of the journal's entries through this function. */
export function reduceSession(state: SessionState, entry: JournalEntry): SessionState {
  const next = applyEntry(state, entry);
  return { ...next, seq: entry.seq, at: entry.at };
}

function applyEntry(state: SessionState, entry: JournalEntry): SessionState {
  switch (entry.type) {
    case 'congress.created':
    case 'congress.updated':
      return { ...state, congress: entry.payload.congress };
    case 'sitting.activated':
      return { ...state, attendance: { ...state.attendance, activeSittingId: entry.payload.sittingId } };
    case 'roster.imported':
    case 'delegate.added':
    case 'delegate.updated':
    case 'delegate.removed':
      return { ...state, roster: reduceRoster(state.roster, entry) };
    case 'attendance.checkedIn':
    case 'attendance.checkInUndone':
    case 'attendance.checkedOut':
    case 'attendance.absenceRecorded':
    case 'attendance.absenceCleared':
      return { ...state, attendance: reduceAttendance(state.attendance, entry) };
    case 'credentials.settingsSet':
    case 'credentials.checkMarked':
    case 'credentials.decided':
    case 'alternate.seated':
    case 'alternate.unseated':
    case 'credentials.reportTemplateSet':
    case 'credentials.reportFrozen':
      return { ...state, credentials: reduceCredentials(state.credentials, entry) };
    default:
      return assertNever(entry);
  }
}

export function replay(entries: Iterable<JournalEntry>, from: SessionState): SessionState {
  let state = from;
  for (const entry of entries) state = reduceSession(state, entry);
  return state;
}
