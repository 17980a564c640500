import type { SessionState } from '../state.js';
import type { Congress, Sitting } from '../congress/model.js';
import { findSitting } from '../congress/model.js';
import type { ItemRun } from './state.js';
import { minutesOfClock, parentRow, runnableRows, sittingPlan, type AgendaRow, type DayMinutes, type SittingPlan } from './select.js';

// The agenda as it is run: which item is on, what Next and Back would do, how long each item took
// against its plan, and where the sitting is heading. The commands and the screens use the same
// functions, so the desk never offers what the services would refuse.

/** Minutes since midnight of `date` (the sitting's day, local) at instant `iso`, for a desk `utcOffsetMinutes` east of UTC. */
export function dayMinutesOf(iso: string, date: string, utcOffsetMinutes: number): DayMinutes {
  const [y, m, d] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return (Date.parse(iso) - midnightUtc) / 60_000 + utcOffsetMinutes;
}

function runOf(state: SessionState, row: AgendaRow): ItemRun | undefined {
  return state.agenda.runs.get(row.item.id);
}

/** The item Next starts: the first after the running one that has not been run, or after the last one run. */
export function nextToRun(state: SessionState, plan: SittingPlan): AgendaRow | null {
  const runnable = runnableRows(plan);
  const running = runnable.findIndex((r) => r.item.id === state.agenda.runningItemId);
  if (running >= 0) return runnable.slice(running + 1).find((r) => !runOf(state, r)) ?? null;
  let last = -1;
  runnable.forEach((r, i) => {
    if (runOf(state, r)) last = i;
  });
  return runnable[last + 1] ?? null;
}

/** The item Back reopens: the one in this sitting that finished last. */
export function previousRun(state: SessionState, plan: SittingPlan): AgendaRow | null {
  let best: { row: AgendaRow; at: string } | null = null;
  for (const row of runnableRows(plan)) {
    const finishedAt = runOf(state, row)?.finishedAt;
    if (finishedAt && (best === null || finishedAt >= best.at)) best = { row, at: finishedAt };
  }
  return best?.row ?? null;
}

export function runningRow(state: SessionState, plan: SittingPlan): AgendaRow | null {
  const id = state.agenda.runningItemId;
  return id === null ? null : (plan.rows.find((r) => r.item.id === id) ?? null);
}

export type LiveStatus = 'done' | 'running' | 'upcoming' | 'skipped';

export interface LiveRow {
  readonly row: AgendaRow;
  readonly status: LiveStatus;
  readonly run: ItemRun | null;
  /** Actual times where known, otherwise where the plan now puts it. */
  readonly projectedStart: DayMinutes;
  readonly projectedEnd: DayMinutes;
  readonly plannedSeconds: number;
  /** Time the item took (done) or has taken so far (running). */
  readonly spentSeconds: number;
  /** How far past its plan the item ran (or is running); 0 when within. */
  readonly overSeconds: number;
}

export interface SittingLive {
  readonly plan: SittingPlan;
  /** One per row of the plan; an item with sub-items takes its state from them. */
  readonly rows: readonly LiveRow[];
  readonly current: LiveRow | null;
  readonly next: LiveRow | null;
  readonly previous: LiveRow | null;
  readonly projectedEnd: DayMinutes;
  /** How far the projected end lies past the sitting's scheduled end; 0 when it fits. */
  readonly projectedOverrunMinutes: number;
  /** Items that took, or are taking, longer than planned. */
  readonly overran: readonly LiveRow[];
}

/**
 * The live state of a sitting at instant `now`. Items not yet run are projected from the later of
 * the end of what came before, `now`, and their fixed start; items passed over are skipped and take
 * no time.
 */
export function sittingLive(state: SessionState, sitting: Sitting, now: string, utcOffsetMinutes: number): SittingLive {
  const plan = sittingPlan(state, sitting);
  const minutes = (iso: string) => dayMinutesOf(iso, sitting.date, utcOffsetMinutes);
  const nowMinutes = minutes(now);
  const runnable = runnableRows(plan);
  let lastRun = -1;
  runnable.forEach((r, i) => {
    if (runOf(state, r)) lastRun = i;
  });

  const rowById = new Map(plan.rows.map((r) => [r.item.id, r]));
  const byId = new Map<string, LiveRow>();
  let cursor = plan.plannedStart;
  runnable.forEach((row, index) => {
    const run = runOf(state, row) ?? null;
    const plannedSeconds = row.durationMinutes * 60;
    let live: LiveRow;
    if (run) {
      const start = minutes(run.startedAt);
      const spentSeconds = Math.max(0, ((run.finishedAt === null ? nowMinutes : minutes(run.finishedAt)) - start) * 60);
      const end = run.finishedAt === null ? Math.max(start + row.durationMinutes, nowMinutes) : minutes(run.finishedAt);
      live = {
        row,
        status: run.finishedAt === null ? 'running' : 'done',
        run,
        projectedStart: start,
        projectedEnd: end,
        plannedSeconds,
        spentSeconds,
        overSeconds: Math.max(0, spentSeconds - plannedSeconds),
      };
    } else if (index < lastRun) {
      live = { row, status: 'skipped', run: null, projectedStart: cursor, projectedEnd: cursor, plannedSeconds, spentSeconds: 0, overSeconds: 0 };
    } else {
      const fixed = fixedStartOf(row, row.item.parentId === null ? undefined : rowById.get(row.item.parentId));
      const start = Math.max(cursor, nowMinutes, fixed ?? Number.NEGATIVE_INFINITY);
      live = { row, status: 'upcoming', run: null, projectedStart: start, projectedEnd: start + row.durationMinutes, plannedSeconds, spentSeconds: 0, overSeconds: 0 };
    }
    byId.set(row.item.id, live);
    cursor = live.projectedEnd;
  });

  const subsOf = new Map<string, LiveRow[]>();
  for (const row of plan.rows) {
    const live = byId.get(row.item.id);
    if (row.item.parentId !== null && live) subsOf.set(row.item.parentId, [...(subsOf.get(row.item.parentId) ?? []), live]);
  }
  const rows = plan.rows.map((row) => byId.get(row.item.id) ?? parentLive(row, subsOf.get(row.item.id) ?? []));
  const find = (row: AgendaRow | null) => (row === null ? null : (byId.get(row.item.id) ?? null));
  const current = find(runningRow(state, plan));
  return {
    plan,
    rows,
    current,
    next: find(nextToRun(state, plan)),
    previous: find(previousRun(state, plan)),
    projectedEnd: cursor,
    projectedOverrunMinutes: Math.max(0, cursor - plan.scheduledEnd),
    overran: [...byId.values()].filter((r) => r.overSeconds > 0 && (r.status === 'done' || r.status === 'running')),
  };
}

/** A sub-item without a fixed start of its own starts no earlier than its item's fixed start, if it is the first. */
function fixedStartOf(row: AgendaRow, parent: AgendaRow | undefined): DayMinutes | null {
  if (row.item.fixedStart !== null) return minutesOfClock(row.item.fixedStart);
  if (parent?.item.fixedStart && row.index === 0) return minutesOfClock(parent.item.fixedStart);
  return null;
}

/** An item with sub-items takes its state and times from them. */
function parentLive(row: AgendaRow, subs: readonly LiveRow[]): LiveRow {
  const first = subs[0];
  const last = subs[subs.length - 1];
  const spentSeconds = subs.reduce((sum, s) => sum + s.spentSeconds, 0);
  const plannedSeconds = subs.reduce((sum, s) => sum + s.plannedSeconds, 0);
  const status: LiveStatus = subs.some((s) => s.status === 'running')
    ? 'running'
    : subs.every((s) => s.status === 'skipped')
      ? 'skipped'
      : subs.every((s) => s.status === 'done' || s.status === 'skipped')
        ? 'done'
        : 'upcoming';
  return {
    row,
    status,
    run: null,
    projectedStart: first?.projectedStart ?? row.plannedStart,
    projectedEnd: last?.projectedEnd ?? row.plannedEnd,
    plannedSeconds,
    spentSeconds,
    overSeconds: status === 'done' ? Math.max(0, spentSeconds - plannedSeconds) : 0,
  };
}

/** What the hall sees of an item: the item, and the item it belongs to when it is a sub-item. */
export interface HallItem {
  readonly row: AgendaRow;
  readonly parent: AgendaRow | null;
}

export interface HallView {
  readonly congress: Congress | null;
  /** The sitting the hall follows: the running item's, otherwise the desk's active sitting. */
  readonly sitting: Sitting | null;
  /** Null between items: the hall shows its standby screen. */
  readonly current: HallItem | null;
  readonly next: HallItem | null;
}

export function hallView(state: SessionState): HallView {
  const congress = state.congress;
  const runningId = state.agenda.runningItemId;
  const runningSitting = runningId === null ? undefined : state.agenda.items.get(runningId)?.sittingId;
  const sitting =
    findSitting(congress, runningSitting ?? '') ?? findSitting(congress, state.attendance.activeSittingId ?? '') ?? congress?.sittings[0] ?? null;
  if (sitting === null) return { congress, sitting: null, current: null, next: null };
  const plan = sittingPlan(state, sitting);
  const hallItem = (row: AgendaRow | null): HallItem | null => (row === null ? null : { row, parent: parentRow(plan, row) ?? null });
  return { congress, sitting, current: hallItem(runningRow(state, plan)), next: hallItem(nextToRun(state, plan)) };
}
