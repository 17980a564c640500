import type { SessionState } from '../state.js';
import type { Delegate } from '../roster/model.js';
import { isOfficial } from '../roster/model.js';
import type { ErrorCode } from '../errors.js';
import type { SeatingReason } from './model.js';
import { credentialOf } from './standing.js';
import type { Seating } from './state.js';

/**
 * The alternate who would be seated next for an organisation: its alternates in their listed order
 * (`listOrder`), skipping those already seated and those found not eligible.
 */
export function nextAlternate(state: SessionState, organisation: string): Delegate | undefined {
  let next: Delegate | undefined;
  for (const d of state.roster.delegates.values()) {
    if (d.category !== 'alternate' || d.organisation !== organisation) continue;
    if (state.credentials.seatings.has(d.id) || credentialOf(state, d.id).status === 'notEligible') continue;
    if (!next || d.listOrder < next.listOrder) next = d;
  }
  return next;
}

/** Whether the delegate was checked in at any sitting: then they were not absent for the whole congress. */
export function everAttended(state: SessionState, delegateId: string): boolean {
  for (const sitting of state.attendance.bySitting.values()) {
    if ((sitting.get(delegateId)?.intervals.length ?? 0) > 0) return true;
  }
  return false;
}

/**
 * Why an alternate cannot take this delegate's seat for this reason, or null when one can:
 * only an official delegate, not already replaced, found not eligible (reason `notEligible`) or
 * never checked in at any sitting (reason `absent`), and only while the organisation has an alternate left.
 */
export function seatingRefusal(state: SessionState, delegate: Delegate, reason: SeatingReason): ErrorCode | null {
  if (!isOfficial(delegate)) return 'alternate.notOfficial';
  if (state.credentials.replacedBy.has(delegate.id)) return 'alternate.alreadyReplaced';
  if (reason === 'notEligible' && credentialOf(state, delegate.id).status !== 'notEligible') return 'alternate.stillEligible';
  if (reason === 'absent' && everAttended(state, delegate.id)) return 'alternate.attended';
  if (!nextAlternate(state, delegate.organisation)) return 'alternate.noneAvailable';
  return null;
}

/** The reason an alternate can be seated for this delegate now, if any (not eligible comes first). */
export function seatingReasonFor(state: SessionState, delegate: Delegate): SeatingReason | null {
  if (seatingRefusal(state, delegate, 'notEligible') === null) return 'notEligible';
  if (seatingRefusal(state, delegate, 'absent') === null) return 'absent';
  return null;
}

/**
 * Seatings are undone last first within an organisation, so that the alternates still seated are
 * always the first ones in the listed order.
 */
export function lastSeatedOf(state: SessionState, organisation: string): string | undefined {
  let last: { id: string; seq: number } | undefined;
  for (const seating of state.credentials.seatings.values()) {
    const alternate = state.roster.delegates.get(seating.alternateId);
    if (alternate?.organisation !== organisation) continue;
    if (!last || seating.seq > last.seq) last = { id: seating.alternateId, seq: seating.seq };
  }
  return last?.id;
}

/** The seating a delegate is part of, as the alternate seated or as the official delegate replaced. */
export function seatingInvolving(state: SessionState, delegateId: string): Seating | undefined {
  const replacedBy = state.credentials.replacedBy.get(delegateId);
  return state.credentials.seatings.get(replacedBy ?? delegateId);
}
