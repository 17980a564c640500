import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import type { Delegate } from '../../domain/roster/model.js';
import { DeskError } from '../../domain/errors.js';
import {
  attendanceSummary,
  isSummoned,
  presenceFrom,
  sittingQuorum,
  type AttendanceSummary,
  type QuorumStatus,
} from '../../domain/attendance/select.js';
import type { PrintOptions } from '../registry.js';
import { orderedDelegates, type ListGroup } from './lists.js';

/** The presence column of one row, as the attendance selectors see it. */
export type SheetPresence =
  | { readonly kind: 'present'; readonly arrivedAt: string }
  | { readonly kind: 'left'; readonly arrivedAt: string; readonly leftAt: string }
  | { readonly kind: 'absent'; readonly reason: string | null };

export interface SheetRow {
  readonly no: number;
  readonly delegate: Delegate;
  readonly presence: SheetPresence;
}

/**
 * The attendance sheet of one sitting: the summoned delegates (those who count toward the
 * quorum), then alternates and guests, each with their presence; the totals and the quorum come
 * from the same selectors as the check-in desk, so paper and screen always agree.
 */
export interface AttendanceSheet {
  readonly sitting: Sitting;
  readonly summoned: readonly ListGroup<SheetRow>[];
  readonly others: readonly ListGroup<SheetRow>[];
  readonly summary: AttendanceSummary;
  readonly quorum: QuorumStatus;
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
  const withPresence = (groups: ListGroup<{ no: number; delegate: Delegate }>[]): ListGroup<SheetRow>[] =>
    groups.map((g) => ({ organisation: g.organisation, rows: g.rows.map((r) => ({ ...r, presence: presenceOf(r.delegate) })) }));
  const summoned: Delegate[] = [];
  const others: Delegate[] = [];
  for (const delegate of state.roster.delegates.values()) (isSummoned(state, delegate) ? summoned : others).push(delegate);
  return {
    sitting,
    summoned: withPresence(orderedDelegates(summoned, options.order)),
    others: withPresence(orderedDelegates(others, options.order)),
    summary: attendanceSummary(state, sitting.id),
    quorum: sittingQuorum(state, sitting.id),
  };
}
