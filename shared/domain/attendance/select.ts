import type { DelegateAttendance, DelegateId, SessionState, SittingId } from '../state.js';
import type { Delegate } from '../roster/model.js';
import { standingOf } from '../credentials/standing.js';
import type { QuorumRule } from '../congress/model.js';
import { DEFAULT_QUORUM_RULE } from '../congress/model.js';
import { compareText } from '../../text/collate.js';

export type Presence =
  | { readonly kind: 'present'; readonly since: string }
  | { readonly kind: 'left'; readonly at: string }
  | { readonly kind: 'absent'; readonly reason: string | null };

export function presenceFrom(attendance: DelegateAttendance | undefined): Presence {
  const last = attendance?.intervals[attendance.intervals.length - 1];
  if (last && last.checkedOutAt === null) return { kind: 'present', since: last.checkedInAt };
  if (attendance?.absenceReason) return { kind: 'absent', reason: attendance.absenceReason };
  if (last && last.checkedOutAt !== null) return { kind: 'left', at: last.checkedOutAt };
  return { kind: 'absent', reason: null };
}

export function presenceOf(state: SessionState, sittingId: SittingId, delegateId: DelegateId): Presence {
  return presenceFrom(state.attendance.bySitting.get(sittingId)?.get(delegateId));
}

export function isPresentIn(state: SessionState, sittingId: SittingId, delegateId: DelegateId): boolean {
  return presenceOf(state, sittingId, delegateId).kind === 'present';
}

/**
 * The delegates summoned to the congress: those who count toward the quorum. Every attendance figure
 * and the quorum are computed over this set, so this is the one place that says who counts.
 *
 * The rule: official delegates not found ineligible by the credentials committee and not replaced by
 * an alternate, plus the alternates seated in their place (unless found ineligible themselves).
 * Pending and challenged delegates count until the committee decides: before verification has begun
 * every official delegate counts. "Present" is then those summoned who are checked in.
 */
export function isSummoned(state: SessionState, delegate: Delegate): boolean {
  return standingOf(state, delegate) === 'summoned';
}

export interface AttendanceSummary {
  readonly summoned: number;
  readonly present: number;
  readonly absent: number;
  readonly absentWithReason: number;
  readonly absentWithoutReason: number;
  /** Guests and alternates present: attending, not counted. */
  readonly othersPresent: number;
}

export function attendanceSummary(state: SessionState, sittingId: SittingId): AttendanceSummary {
  const sitting = state.attendance.bySitting.get(sittingId);
  let summoned = 0;
  let present = 0;
  let absentWithReason = 0;
  let othersPresent = 0;
  for (const delegate of state.roster.delegates.values()) {
    const presence = presenceFrom(sitting?.get(delegate.id));
    if (!isSummoned(state, delegate)) {
      if (presence.kind === 'present') othersPresent++;
      continue;
    }
    summoned++;
    if (presence.kind === 'present') present++;
    else if (presence.kind === 'absent' && presence.reason !== null) absentWithReason++;
  }
  const absent = summoned - present;
  return { summoned, present, absent, absentWithReason, absentWithoutReason: absent - absentWithReason, othersPresent };
}

export interface QuorumStatus {
  readonly rule: QuorumRule;
  readonly summoned: number;
  readonly present: number;
  /** The smallest number present that meets the rule. */
  readonly required: number;
  readonly met: boolean;
  /** How many more must arrive; 0 when met. */
  readonly missing: number;
}

/** Integer arithmetic only: "exactly two thirds" must never depend on floating point. */
export function quorumStatus(rule: QuorumRule, summoned: number, present: number): QuorumStatus {
  const product = summoned * rule.numerator;
  const required =
    rule.comparison === 'atLeast'
      ? Math.floor((product + rule.denominator - 1) / rule.denominator)
      : Math.floor(product / rule.denominator) + 1;
  const met = summoned > 0 && present >= required;
  return { rule, summoned, present, required, met, missing: met ? 0 : Math.max(0, required - present) };
}

export function sittingQuorum(state: SessionState, sittingId: SittingId): QuorumStatus {
  const summary = attendanceSummary(state, sittingId);
  return quorumStatus(state.congress?.quorum ?? DEFAULT_QUORUM_RULE, summary.summoned, summary.present);
}

export interface OrganisationAttendance {
  readonly organisation: string;
  readonly summoned: number;
  readonly present: number;
}

export function organisationAttendance(state: SessionState, sittingId: SittingId): OrganisationAttendance[] {
  const sitting = state.attendance.bySitting.get(sittingId);
  const rows = new Map<string, { summoned: number; present: number }>();
  for (const delegate of state.roster.delegates.values()) {
    if (!isSummoned(state, delegate)) continue;
    const row = rows.get(delegate.organisation) ?? { summoned: 0, present: 0 };
    row.summoned++;
    if (presenceFrom(sitting?.get(delegate.id)).kind === 'present') row.present++;
    rows.set(delegate.organisation, row);
  }
  return [...rows.entries()]
    .map(([organisation, r]) => ({ organisation, summoned: r.summoned, present: r.present }))
    .sort((a, b) => compareText(a.organisation, b.organisation));
}

/**
 * Who was present at instant `at` (ISO time) in a sitting, or in any sitting when `sittingId` is
 * null: the answer to "who was present at 14:05?", from the recorded check-ins and check-outs.
 * A check-in that was undone never counted.
 */
export function presentAt(state: SessionState, sittingId: SittingId | null, at: string): DelegateId[] {
  const instant = Date.parse(at);
  const present = new Set<DelegateId>();
  for (const [id, sitting] of state.attendance.bySitting.entries()) {
    if (sittingId !== null && id !== sittingId) continue;
    for (const [delegateId, attendance] of sitting.entries()) {
      for (const interval of attendance.intervals) {
        const from = Date.parse(interval.checkedInAt);
        const to = interval.checkedOutAt === null ? Infinity : Date.parse(interval.checkedOutAt);
        if (from <= instant && instant < to) {
          present.add(delegateId);
          break;
        }
      }
    }
  }
  return [...present];
}
