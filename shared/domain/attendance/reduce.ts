import { Map as IMap } from 'immutable';
import type { AttendanceState, DelegateAttendance } from '../state.js';
import type { EntryOf } from '../events.js';
import { assertNever } from '../errors.js';

type AttendanceEntry = EntryOf<
  | 'attendance.checkedIn'
  | 'attendance.checkInUndone'
  | 'attendance.checkedOut'
  | 'attendance.absenceRecorded'
  | 'attendance.absenceCleared'
  | 'attendance.checkOutUndone'
>;

const NONE: DelegateAttendance = { intervals: [], absenceReason: null };

function update(
  state: AttendanceState,
  sittingId: string,
  delegateId: string,
  change: (current: DelegateAttendance) => DelegateAttendance,
): AttendanceState {
  const sitting = state.bySitting.get(sittingId) ?? IMap<string, DelegateAttendance>();
  const next = change(sitting.get(delegateId) ?? NONE);
  return { ...state, bySitting: state.bySitting.set(sittingId, sitting.set(delegateId, next)) };
}

function closeLast(a: DelegateAttendance, at: string): DelegateAttendance {
  const last = a.intervals[a.intervals.length - 1];
  if (!last || last.checkedOutAt !== null) return a;
  return { ...a, intervals: [...a.intervals.slice(0, -1), { ...last, checkedOutAt: at }] };
}

/** A present delegate has no reason for absence: one recorded after the mistaken check-out goes too. */
function reopenLast(a: DelegateAttendance): DelegateAttendance {
  const last = a.intervals[a.intervals.length - 1];
  if (!last || last.checkedOutAt === null) return a;
  return { intervals: [...a.intervals.slice(0, -1), { ...last, checkedOutAt: null }], absenceReason: null };
}

export function reduceAttendance(state: AttendanceState, entry: AttendanceEntry): AttendanceState {
  const { sittingId, delegateId } = entry.payload;
  switch (entry.type) {
    case 'attendance.checkedIn':
      return update(state, sittingId, delegateId, (a) => ({
        intervals: [...a.intervals, { checkedInAt: entry.at, checkedOutAt: null, method: entry.payload.method }],
        absenceReason: null,
      }));
    case 'attendance.checkInUndone':
      return update(state, sittingId, delegateId, (a) => ({ ...a, intervals: a.intervals.slice(0, -1) }));
    case 'attendance.checkedOut':
      return update(state, sittingId, delegateId, (a) => closeLast(a, entry.at));
    case 'attendance.absenceRecorded':
      return update(state, sittingId, delegateId, (a) => ({ ...a, absenceReason: entry.payload.reason }));
    case 'attendance.absenceCleared':
      return update(state, sittingId, delegateId, (a) => ({ ...a, absenceReason: null }));
    case 'attendance.checkOutUndone':
      return update(state, sittingId, delegateId, reopenLast);
    default:
      return assertNever(entry);
  }
}
