import { TestDesk, congressInput } from './domain.js';

export { refusal } from './domain.js';
import { createCongress } from '../../shared/domain/congress/commands.js';
import { findSitting } from '../../shared/domain/congress/model.js';
import type { AgendaItem, AgendaItemFields } from '../../shared/domain/agenda/model.js';
import { addAgendaItem } from '../../shared/domain/agenda/commands.js';
import { agendaItem } from '../../shared/domain/agenda/template.js';
import { clockOfMinutes, sittingPlan, type SittingPlan } from '../../shared/domain/agenda/select.js';

// Helpers for agenda tests: a desk with a two-sitting congress (am 08:00–11:30, pm 13:30–17:00)
// and no agenda yet, and the agenda read back the way a run sheet lists it.

/** A congress without the usual agenda, so that each test builds exactly the agenda it needs. */
export function desk(): TestDesk {
  const d = new TestDesk();
  d.run(createCongress, congressInput());
  return d;
}

export function add(d: TestDesk, title: string, minutes: number, more: Partial<AgendaItemFields> & { sittingId?: string; parentId?: string; index?: number } = {}): AgendaItem {
  const { sittingId = 'am', parentId = null, index = null, ...fields } = more;
  return d.run(addAgendaItem, { sittingId, parentId, index, fields: agendaItem(fields.kind ?? 'speech', title, minutes, fields) });
}

export function plan(d: TestDesk, sittingId = 'am'): SittingPlan {
  const sitting = findSitting(d.state.congress, sittingId);
  if (!sitting) throw new Error(`no sitting ${sittingId}`);
  return sittingPlan(d.state, sitting);
}

/** Each row as "number title start–end", the way a printed run sheet lists it. */
export function outline(d: TestDesk, sittingId = 'am'): string[] {
  return plan(d, sittingId).rows.map((r) => `${r.number ?? '-'} ${r.item.title} ${clockOfMinutes(r.plannedStart)}–${clockOfMinutes(r.plannedEnd)}`);
}

