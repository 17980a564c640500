import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import type { AgendaKind } from '../../domain/agenda/model.js';
import { DeskError } from '../../domain/errors.js';
import { requireSitting } from '../../domain/decision.js';
import { clockOfMinutes, sittingPlan, type AgendaRow, type PresenterView, type SittingPlan } from '../../domain/agenda/select.js';
import type { PrintOptions } from '../registry.js';

/** A presenter as the agenda prints them: the name, and the title under it (position or guest's title). */
export interface PrintedPresenter {
  readonly name: string;
  readonly title: string;
}

/** One line of a printed agenda, as the public may read it: no internal notes. */
export interface AgendaLine {
  readonly id: string;
  /** "2", "2.1"; null for a break. */
  readonly number: string | null;
  readonly depth: 0 | 1;
  /** An item with sub-items heads them: printed as a heading. */
  readonly hasSubItems: boolean;
  readonly kind: AgendaKind;
  readonly title: string;
  /** Printed under the title. */
  readonly description: string;
  /** Planned start and end, "HH:MM". */
  readonly start: string;
  readonly end: string;
  readonly presenter: PrintedPresenter | null;
}

export interface AgendaSitting {
  readonly sitting: Sitting;
  readonly lines: readonly AgendaLine[];
}

/** CHƯƠNG TRÌNH ĐẠI HỘI: the items of each sitting with their numbers, planned times and presenters. */
export interface AgendaDocument {
  /** The date printed under the header: the congress's first day, or the one sitting's day. */
  readonly date: string;
  readonly venue: string;
  readonly sittings: readonly AgendaSitting[];
}

/** The sitting asked for, or every sitting of the congress in its order. */
export function chosenSittings(state: SessionState, sittingId: string | null): readonly Sitting[] {
  const congress = state.congress;
  if (!congress) throw new DeskError('congress.none');
  if (sittingId === null) return congress.sittings;
  return [requireSitting(state, sittingId)];
}

/** A delegate removed from the roster since (kind `missing`) prints no presenter rather than a stale name. */
export function printedPresenter(presenter: PresenterView | null): PrintedPresenter | null {
  if (presenter === null || presenter.kind === 'missing') return null;
  return { name: presenter.name, title: presenter.title };
}

export function agendaLine(row: AgendaRow): AgendaLine {
  return {
    id: row.item.id,
    number: row.number,
    depth: row.depth,
    hasSubItems: row.subItemCount > 0,
    kind: row.item.kind,
    title: row.item.title,
    description: row.item.description,
    start: clockOfMinutes(row.plannedStart),
    end: clockOfMinutes(row.plannedEnd),
    presenter: printedPresenter(row.presenter),
  };
}

/** The plans of the chosen sittings, from the same selector the editor and the desk use. */
export function chosenPlans(state: SessionState, sittingId: string | null): SittingPlan[] {
  return chosenSittings(state, sittingId).map((sitting) => sittingPlan(state, sitting));
}

export function agendaDocument(state: SessionState, options: PrintOptions<'agenda'>): AgendaDocument {
  const plans = chosenPlans(state, options.sitting);
  const only = options.sitting === null ? undefined : plans[0]?.sitting;
  return {
    date: only?.date ?? state.congress?.startDate ?? '',
    venue: state.congress?.venue ?? '',
    sittings: plans.map((plan) => ({ sitting: plan.sitting, lines: plan.rows.map(agendaLine) })),
  };
}
