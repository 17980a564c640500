import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import type { Delegate } from '../../domain/roster/model.js';
import { DeskError } from '../../domain/errors.js';
import {
  attendanceSummary,
  presenceFrom,
  sittingQuorum,
  type AttendanceSummary,
  type QuorumStatus,
} from '../../domain/attendance/select.js';
import { credentialOf, standingOf, type Standing } from '../../domain/credentials/standing.js';
import type { PrintOptions } from '../registry.js';
import { orderedDelegates, type ListGroup } from './lists.js';

/** The presence column of one row, as the attendance selectors see it. */
export type SheetPresence =
  | { readonly kind: 'present'; readonly arrivedAt: string }
  | { readonly kind: 'left'; readonly arrivedAt: string; readonly leftAt: string }
  | { readonly kind: 'absent'; readonly reason: string | null };

/**
 * Why a row stands where it does, when the category alone does not say it: a seated alternate
 * counts in the place of the delegate they replace; a delegate found not eligible or replaced is
 * listed, and does not count, even when present.
 */
export type SheetStanding =
  | { readonly kind: 'official' }
  | { readonly kind: 'seatedAlternate'; readonly replacedName: string }
  | { readonly kind: 'notEligible'; readonly reason: string | null; readonly alternateName: string | null }
  | { readonly kind: 'replaced'; readonly alternateName: string }
  | { readonly kind: 'alternate' }
  | { readonly kind: 'guest' };

export interface SheetRow {
  readonly no: number;
  readonly delegate: Delegate;
  readonly presence: SheetPresence;
  readonly standing: SheetStanding;
}

/** Those present who do not count, by why: the totals say who they are. */
export type OthersPresent = Readonly<Record<Exclude<Standing, 'summoned'>, number>>;

/**
 * The attendance sheet of one sitting: the summoned delegates (those who count toward the quorum,
 * by the rule of `isSummoned`: seated alternates in, delegates found not eligible or replaced
 * out), then everyone else on the roster, each with their presence and why they stand there; the
 * totals and the quorum come from the same selectors as the check-in desk, so paper and screen
 * always agree.
 */
export interface AttendanceSheet {
  readonly sitting: Sitting;
  readonly summoned: readonly ListGroup<SheetRow>[];
  readonly others: readonly ListGroup<SheetRow>[];
  readonly summary: AttendanceSummary;
  readonly quorum: QuorumStatus;
  /** How many of the summoned are alternates seated in an official delegate's place. */
  readonly seatedAlternates: number;
  readonly othersPresent: OthersPresent;
}

/** The sitting asked for, else the one the desk is working in, else the first. */
export function resolveSitting(state: SessionState, sittingId: string | null): Sitting {
  const sittings = state.congress?.sittings ?? [];
  const wanted = sittingId ?? state.attendance.activeSittingId;
  const found = sittings.find((s) => s.id === wanted) ?? (sittingId === null ? sittings[0] : undefined);
  if (!found) throw new DeskError(state.congress ? 'sitting.unknown' : 'congress.none');
  return found;
}

export function attendanceSheet(state: SessionState, options: PrintOptions<'attendance'>): AttendanceSheet {
  const sitting = resolveSitting(state, options.sitting);
  const records = state.attendance.bySitting.get(sitting.id);
  const presenceOf = (delegate: Delegate): SheetPresence => {
    const record = records?.get(delegate.id);
    const presence = presenceFrom(record);
    const arrivedAt = record?.intervals[0]?.checkedInAt ?? '';
    switch (presence.kind) {
      case 'present':
        return { kind: 'present', arrivedAt: arrivedAt || presence.since };
      case 'left':
        return { kind: 'left', arrivedAt, leftAt: presence.at };
      case 'absent':
        return { kind: 'absent', reason: presence.reason };
    }
  };
  const nameOf = (id: string | undefined) => (id === undefined ? '' : (state.roster.delegates.get(id)?.fullName ?? ''));
  const standingRow = (delegate: Delegate): SheetStanding => {
    const standing = standingOf(state, delegate);
    switch (standing) {
      case 'summoned': {
        const seating = state.credentials.seatings.get(delegate.id);
        return seating ? { kind: 'seatedAlternate', replacedName: nameOf(seating.replacedId) } : { kind: 'official' };
      }
      case 'notEligible':
        return {
          kind: 'notEligible',
          reason: credentialOf(state, delegate.id).reason,
          alternateName: state.credentials.replacedBy.has(delegate.id) ? nameOf(state.credentials.replacedBy.get(delegate.id)) : null,
        };
      case 'replaced':
        return { kind: 'replaced', alternateName: nameOf(state.credentials.replacedBy.get(delegate.id)) };
      case 'alternate':
      case 'guest':
        return { kind: standing };
    }
  };
  const withPresence = (groups: ListGroup<{ no: number; delegate: Delegate }>[]): ListGroup<SheetRow>[] =>
    groups.map((g) => ({
      organisation: g.organisation,
      rows: g.rows.map((r) => ({ ...r, presence: presenceOf(r.delegate), standing: standingRow(r.delegate) })),
    }));
  const summoned: Delegate[] = [];
  const others: Delegate[] = [];
  const othersPresent = { notEligible: 0, replaced: 0, alternate: 0, guest: 0 };
  let seatedAlternates = 0;
  for (const delegate of state.roster.delegates.values()) {
    const standing = standingOf(state, delegate);
    if (standing === 'summoned') {
      summoned.push(delegate);
      if (state.credentials.seatings.has(delegate.id)) seatedAlternates++;
      continue;
    }
    others.push(delegate);
    if (presenceFrom(records?.get(delegate.id)).kind === 'present') othersPresent[standing]++;
  }
  return {
    sitting,
    summoned: withPresence(orderedDelegates(summoned, options.order)),
    others: withPresence(orderedDelegates(others, options.order)),
    summary: attendanceSummary(state, sitting.id),
    quorum: sittingQuorum(state, sitting.id),
    seatedAlternates,
    othersPresent,
  };
}
