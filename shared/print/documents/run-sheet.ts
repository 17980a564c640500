import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import { clockOfMinutes } from '../../domain/agenda/select.js';
import type { PrintOptions } from '../registry.js';
import { agendaLine, chosenPlans, type AgendaLine } from './agenda.js';

/** One line of the run sheet: the public line, and what only the presidium reads. */
export interface RunSheetLine extends AgendaLine {
  readonly durationMinutes: number;
  /** The internal notes for the presidium; never on the public agenda or the hall display. */
  readonly notes: string;
  /** The presenter's organisation when they are on the roster: whom the chair calls, from where. */
  readonly organisation: string;
  /** Its fixed start is earlier than the end of what is planned before it. */
  readonly overlapsPrevious: boolean;
}

export interface RunSheetSitting {
  readonly sitting: Sitting;
  readonly lines: readonly RunSheetLine[];
  /** When the plan ends, "HH:MM", against the sitting's scheduled end. */
  readonly plannedEnd: string;
  readonly overrunMinutes: number;
}

/**
 * KỊCH BẢN ĐIỀU HÀNH ĐẠI HỘI, the presidium's run sheet: per sitting, every item with its number,
 * planned time and duration, presenter, the internal notes, and room for the chair's own notes.
 */
export interface RunSheet {
  readonly date: string;
  readonly sittings: readonly RunSheetSitting[];
}

export function runSheet(state: SessionState, options: PrintOptions<'run-sheet'>): RunSheet {
  const plans = chosenPlans(state, options.sitting);
  const only = options.sitting === null ? undefined : plans[0]?.sitting;
  return {
    date: only?.date ?? state.congress?.startDate ?? '',
    sittings: plans.map((plan) => ({
      sitting: plan.sitting,
      plannedEnd: clockOfMinutes(plan.plannedEnd),
      overrunMinutes: plan.overrunMinutes,
      lines: plan.rows.map((row) => ({
        ...agendaLine(row),
        durationMinutes: row.durationMinutes,
        notes: row.item.notes,
        organisation: row.presenter?.kind === 'delegate' ? row.presenter.organisation : '',
        overlapsPrevious: row.overlapsPrevious,
      })),
    })),
  };
}
