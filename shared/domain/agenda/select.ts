import type { SessionState } from '../state.js';
import type { Sitting } from '../congress/model.js';
import type { Delegate } from '../roster/model.js';
import type { AgendaItem, AgendaItemId, Presenter } from './model.js';

// The agenda as it is planned: the order of the items, their numbers (1, 2, 2.1), their planned
// start and end from the sitting's start and the durations, and what runs past a sitting's end.
// Everything the editor, the desk, the hall and the printed agenda and run sheet show comes from here.

/** Minutes since midnight of the sitting's day; above 1,440 the plan runs past midnight. */
export type DayMinutes = number;

/** "HH:MM" for a number of minutes since midnight (wrapping past midnight). */
export function clockOfMinutes(minutes: DayMinutes): string {
  const whole = Math.round(minutes);
  const wrapped = ((whole % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

export function minutesOfClock(clock: string): DayMinutes {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** How the presenter is printed and shown: a name and a title, whoever they are. */
export type PresenterView =
  | { readonly kind: 'delegate'; readonly delegateId: string; readonly code: string; readonly name: string; readonly title: string; readonly organisation: string }
  | { readonly kind: 'guest'; readonly name: string; readonly title: string }
  /** A delegate who has since been removed from the roster. */
  | { readonly kind: 'missing'; readonly delegateId: string };

export function presenterView(presenter: Presenter | null, delegates: { get(id: string): Delegate | undefined }): PresenterView | null {
  if (presenter === null) return null;
  if (presenter.kind === 'guest') return { kind: 'guest', name: presenter.name, title: presenter.title };
  const delegate = delegates.get(presenter.delegateId);
  if (!delegate) return { kind: 'missing', delegateId: presenter.delegateId };
  return {
    kind: 'delegate',
    delegateId: delegate.id,
    code: delegate.code,
    name: delegate.fullName,
    title: delegate.position,
    organisation: delegate.organisation,
  };
}

/** A presenter on one line, as an agenda prints it: "Cao Minh Thịnh, Bí thư Đảng ủy Khối"; empty when unknown. */
export function presenterText(presenter: PresenterView | null): string {
  if (presenter === null || presenter.kind === 'missing') return '';
  return presenter.title === '' ? presenter.name : `${presenter.name}, ${presenter.title}`;
}

export interface AgendaRow {
  readonly item: AgendaItem;
  /** "2", "2.1"; null for a break, which agendas print without a number. */
  readonly number: string | null;
  readonly depth: 0 | 1;
  readonly subItemCount: number;
  /** Position among its siblings, and how many siblings there are (for moving by keyboard). */
  readonly index: number;
  readonly siblings: number;
  readonly plannedStart: DayMinutes;
  readonly plannedEnd: DayMinutes;
  /** The item's own duration, or its sub-items' together when it has any. */
  readonly durationMinutes: number;
  readonly presenter: PresenterView | null;
  /** Its fixed start is earlier than the end of what is planned before it. */
  readonly overlapsPrevious: boolean;
}

export interface SittingPlan {
  readonly sitting: Sitting;
  /** Every item in agenda order, each sub-item right after its item. */
  readonly rows: readonly AgendaRow[];
  readonly plannedStart: DayMinutes;
  /** The end of the last item (the sitting's start when it has none). */
  readonly plannedEnd: DayMinutes;
  /** The end the sitting is scheduled for. */
  readonly scheduledEnd: DayMinutes;
  /** How far the plan runs past the scheduled end; 0 when it fits. */
  readonly overrunMinutes: number;
}

function itemsOf(state: SessionState, ids: readonly AgendaItemId[] | undefined): AgendaItem[] {
  return (ids ?? []).flatMap((id) => state.agenda.items.get(id) ?? []);
}

export function topLevelItems(state: SessionState, sittingId: string): AgendaItem[] {
  return itemsOf(state, state.agenda.bySitting.get(sittingId));
}

export function subItemsOf(state: SessionState, itemId: AgendaItemId): AgendaItem[] {
  return itemsOf(state, state.agenda.subItems.get(itemId));
}

export function sittingPlan(state: SessionState, sitting: Sitting): SittingPlan {
  const rows: AgendaRow[] = [];
  const start = minutesOfClock(sitting.start);
  let cursor = start;
  const top = topLevelItems(state, sitting.id);
  let number = 0;
  top.forEach((item, index) => {
    const subs = subItemsOf(state, item.id);
    const itemStart = item.fixedStart === null ? cursor : minutesOfClock(item.fixedStart);
    const overlaps = item.fixedStart !== null && itemStart < cursor;
    const label = item.kind === 'break' ? null : String(++number);
    let subCursor = itemStart;
    let subNumber = 0;
    const subRows: AgendaRow[] = subs.map((sub, subIndex) => {
      const subStart = sub.fixedStart === null ? subCursor : minutesOfClock(sub.fixedStart);
      const subOverlaps = sub.fixedStart !== null && subStart < subCursor;
      const subEnd = subStart + sub.durationMinutes;
      // A fixed start earlier than the items before it is flagged, not a reason to plan backwards.
      subCursor = Math.max(subCursor, subEnd);
      return {
        item: sub,
        number: sub.kind === 'break' || label === null ? null : `${label}.${++subNumber}`,
        depth: 1,
        subItemCount: 0,
        index: subIndex,
        siblings: subs.length,
        plannedStart: subStart,
        plannedEnd: subEnd,
        durationMinutes: sub.durationMinutes,
        presenter: presenterView(sub.presenter, state.roster.delegates),
        overlapsPrevious: subOverlaps,
      };
    });
    const itemEnd = subs.length > 0 ? subCursor : itemStart + item.durationMinutes;
    const nextCursor = Math.max(cursor, itemEnd);
    rows.push({
      item,
      number: label,
      depth: 0,
      subItemCount: subs.length,
      index,
      siblings: top.length,
      plannedStart: itemStart,
      plannedEnd: itemEnd,
      durationMinutes: itemEnd - itemStart,
      presenter: presenterView(item.presenter, state.roster.delegates),
      overlapsPrevious: overlaps,
    }, ...subRows);
    cursor = nextCursor;
  });
  const scheduledEnd = minutesOfClock(sitting.end);
  return { sitting, rows, plannedStart: start, plannedEnd: cursor, scheduledEnd, overrunMinutes: Math.max(0, cursor - scheduledEnd) };
}

/** The plan of every sitting of the congress, in the congress's order. */
export function agendaPlan(state: SessionState): SittingPlan[] {
  return (state.congress?.sittings ?? []).map((sitting) => sittingPlan(state, sitting));
}

/** Items whose sitting was removed from the congress: kept, so nothing typed is lost, until moved or deleted. */
export function itemsOfRemovedSittings(state: SessionState): AgendaItem[] {
  const sittings = new Set((state.congress?.sittings ?? []).map((s) => s.id));
  const orphans: AgendaItem[] = [];
  for (const [sittingId, ids] of state.agenda.bySitting) if (!sittings.has(sittingId)) orphans.push(...itemsOf(state, ids));
  return orphans;
}

/** The items that are run one after another: items without sub-items, and the sub-items, in agenda order. */
export function runnableRows(plan: SittingPlan): AgendaRow[] {
  return plan.rows.filter((row) => row.subItemCount === 0);
}

export function parentRow(plan: SittingPlan, row: AgendaRow): AgendaRow | undefined {
  return row.item.parentId === null ? undefined : plan.rows.find((r) => r.item.id === row.item.parentId);
}

/** "2.1. Title" as lists and pickers name a row; a break, which has no number, by its title alone. */
export function numberedTitle(row: Pick<AgendaRow, 'number' | 'item'>): string {
  return row.number ? `${row.number}. ${row.item.title}` : row.item.title;
}
