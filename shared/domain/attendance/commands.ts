import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireSitting } from '../decision.js';
import { CHECK_IN_METHODS } from './events.js';
import { DeskError } from '../errors.js';
import { id, requiredText } from '../schema-helpers.js';
import { codeKey } from '../roster/code.js';
import { presenceOf } from './select.js';
import { standingOf, type Standing } from '../credentials/standing.js';
import type { SessionState } from '../state.js';
import type { Delegate } from '../roster/model.js';
import { LIMITS } from '../roster/model.js';

function requireDelegate(state: SessionState, delegateId: string): Delegate {
  const delegate = state.roster.delegates.get(delegateId);
  if (!delegate) throw new DeskError('delegate.unknown');
  return delegate;
}

export const checkInInput = z.object({
  sittingId: id,
  /** A scanned or typed code, or a delegate chosen from a name search or the roster. */
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('code'), code: z.string().max(LIMITS.code * 4) }),
    z.object({ kind: z.literal('delegate'), delegateId: id }),
  ]),
  method: z.enum(CHECK_IN_METHODS),
});

/** What the door desk shows: each kind is a distinct, unmistakable screen. */
export type CheckInOutcome =
  | {
      readonly kind: 'checkedIn';
      readonly delegateId: string;
      readonly at: string;
      readonly counted: boolean;
      /** Why a delegate does not count: not eligible, replaced by an alternate, an alternate not seated, a guest. */
      readonly standing: Standing;
    }
  | { readonly kind: 'alreadyCheckedIn'; readonly delegateId: string; readonly since: string }
  | { readonly kind: 'unknownCode'; readonly code: string };

export const checkIn: Decide<z.infer<typeof checkInInput>, CheckInOutcome> = (state, input, context) => {
  requireSitting(state, input.sittingId);
  let delegateId: string;
  if (input.target.kind === 'code') {
    const found = state.roster.byCode.get(codeKey(input.target.code));
    if (found === undefined) return { events: [], result: { kind: 'unknownCode', code: input.target.code.trim() } };
    delegateId = found;
  } else {
    delegateId = requireDelegate(state, input.target.delegateId).id;
  }
  const delegate = requireDelegate(state, delegateId);
  const presence = presenceOf(state, input.sittingId, delegateId);
  if (presence.kind === 'present') {
    return { events: [], result: { kind: 'alreadyCheckedIn', delegateId, since: presence.since } };
  }
  const standing = standingOf(state, delegate);
  return {
    events: [{ type: 'attendance.checkedIn', payload: { sittingId: input.sittingId, delegateId, method: input.method } }],
    result: { kind: 'checkedIn', delegateId, at: context.now, counted: standing === 'summoned', standing },
  };
};

export const attendanceTargetInput = z.object({ sittingId: id, delegateId: id });
type Target = z.infer<typeof attendanceTargetInput>;

function requirePresent(state: SessionState, input: Target): void {
  requireSitting(state, input.sittingId);
  requireDelegate(state, input.delegateId);
  if (presenceOf(state, input.sittingId, input.delegateId).kind !== 'present') throw new DeskError('checkIn.notCheckedIn');
}

/** Undo a mistaken check-in: the delegate counts as never having arrived. */
export const undoCheckIn: Decide<Target, null> = (state, input) => {
  requirePresent(state, input);
  return { events: [{ type: 'attendance.checkInUndone', payload: input }], result: null };
};

/** The delegate leaves the sitting: presence until now stays on record. */
export const checkOut: Decide<Target, null> = (state, input) => {
  requirePresent(state, input);
  return { events: [{ type: 'attendance.checkedOut', payload: input }], result: null };
};

/**
 * Undo a mistaken check-out: the delegate never left, so presence runs on from the original
 * check-in without a gap ("who was present at 14:05?" counts them throughout).
 */
export const undoCheckOut: Decide<Target, null> = (state, input) => {
  requireSitting(state, input.sittingId);
  requireDelegate(state, input.delegateId);
  const last = state.attendance.bySitting.get(input.sittingId)?.get(input.delegateId)?.intervals.at(-1);
  if (!last || last.checkedOutAt === null) throw new DeskError('checkIn.notCheckedOut');
  return { events: [{ type: 'attendance.checkOutUndone', payload: input }], result: null };
};

export const recordAbsenceInput = attendanceTargetInput.extend({ reason: requiredText(300) });

export const recordAbsence: Decide<z.infer<typeof recordAbsenceInput>, null> = (state, input) => {
  requireSitting(state, input.sittingId);
  requireDelegate(state, input.delegateId);
  if (presenceOf(state, input.sittingId, input.delegateId).kind === 'present') throw new DeskError('absence.present');
  return { events: [{ type: 'attendance.absenceRecorded', payload: input }], result: null };
};

export const clearAbsence: Decide<Target, null> = (state, input) => {
  requireSitting(state, input.sittingId);
  requireDelegate(state, input.delegateId);
  const presence = presenceOf(state, input.sittingId, input.delegateId);
  if (presence.kind !== 'absent' || presence.reason === null) return { events: [], result: null };
  return { events: [{ type: 'attendance.absenceCleared', payload: input }], result: null };
};
