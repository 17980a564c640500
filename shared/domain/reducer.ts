import type { JournalEntry } from './events.js';
import type { SessionState } from './state.js';
import { reduceRoster } from './roster/reduce.js';
import { reduceAttendance } from './attendance/reduce.js';
import { reduceSpeakers } from './speakers/reduce.js';
import { reduceAgenda } from './agenda/reduce.js';
import { reduceCredentials } from './credentials/reduce.js';
import { reduceSigners } from './signers/reduce.js';
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
    case 'delegate.restored':
      return { ...state, roster: reduceRoster(state.roster, entry) };
    case 'attendance.checkedIn':
    case 'attendance.checkInUndone':
    case 'attendance.checkedOut':
    case 'attendance.absenceRecorded':
    case 'attendance.absenceCleared':
    case 'attendance.checkOutUndone':
      return { ...state, attendance: reduceAttendance(state.attendance, entry) };
    case 'discussion.opened':
    case 'discussion.updated':
    case 'discussion.activated':
    case 'discussion.listClosed':
    case 'discussion.listReopened':
    case 'speech.registered':
    case 'speech.updated':
    case 'speech.moved':
    case 'speech.withdrawn':
    case 'speech.restored':
    case 'speech.started':
    case 'speech.paused':
    case 'speech.resumed':
    case 'speech.timeAdded':
    case 'speech.ended':
    case 'speech.endUndone':
    case 'speech.callUndone':
    case 'speech.recorded':
    case 'speakers.settingsChanged':
      return { ...state, speakers: reduceSpeakers(state.speakers, entry) };
    case 'agenda.itemAdded':
    case 'agenda.itemsAdded':
    case 'agenda.itemUpdated':
    case 'agenda.itemMoved':
    case 'agenda.itemDuplicated':
    case 'agenda.itemDeleted':
    case 'agenda.itemRestored':
    case 'agenda.itemStarted':
    case 'agenda.itemFinished':
    case 'agenda.movedBack':
      return { ...state, agenda: reduceAgenda(state.agenda, entry) };
    case 'credentials.settingsSet':
    case 'credentials.checkMarked':
    case 'credentials.decided':
    case 'alternate.seated':
    case 'alternate.unseated':
    case 'credentials.reportTemplateSet':
    case 'credentials.reportFrozen':
    case 'credentials.signerSet':
      return { ...state, credentials: reduceCredentials(state.credentials, entry) };
    case 'documents.signerSet':
      return { ...state, signers: reduceSigners(state.signers, entry) };
    default:
      return assertNever(entry);
  }
}

export function replay(entries: Iterable<JournalEntry>, from: SessionState): SessionState {
  let state = from;
  for (const entry of entries) state = reduceSession(state, entry);
  return state;
}
