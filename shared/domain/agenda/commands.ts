import { z } from 'zod';
import type { CommandContext, Decide } from '../decision.js';
import { requireCongress, requireSitting } from '../decision.js';
import { DeskError } from '../errors.js';
import type { SessionEvent } from '../events.js';
import { id, text } from '../schema-helpers.js';
import type { SessionState } from '../state.js';
import { findSitting } from '../congress/model.js';
import { AGENDA_LIMITS, agendaItemFieldsSchema, type AgendaItem, type AgendaItemFields } from './model.js';
import type { AgendaSource } from './events.js';
import { nextToRun, previousRun, runningRow } from './live.js';
import { sittingPlan, subItemsOf, type AgendaRow, type SittingPlan } from './select.js';

// Preparing the agenda (add, edit, move, duplicate, delete and restore, import) and running it
// live (start, finish, next, back). Every refusal says why in the user's language.

function requireItem(state: SessionState, itemId: string): AgendaItem {
  const item = state.agenda.items.get(itemId);
  if (!item) throw new DeskError('agenda.itemUnknown');
  return item;
}

function checkPresenter(state: SessionState, fields: AgendaItemFields): void {
  if (fields.presenter?.kind === 'delegate' && !state.roster.delegates.has(fields.presenter.delegateId)) throw new DeskError('delegate.unknown');
}

function checkRoom(state: SessionState, adding: number): void {
  if (state.agenda.items.size + adding > AGENDA_LIMITS.items) throw new DeskError('agenda.tooMany', { max: AGENDA_LIMITS.items });
}

/** A sub-item's parent: a top-level item of the same sitting that has not been run (one level of sub-items). */
function requireParent(state: SessionState, parentId: string, sittingId: string): AgendaItem {
  const parent = requireItem(state, parentId);
  if (parent.parentId !== null || parent.sittingId !== sittingId) throw new DeskError('agenda.tooDeep');
  if (state.agenda.runs.has(parent.id)) throw new DeskError('agenda.startedCannotNest', { title: parent.title });
  return parent;
}

function siblingCount(state: SessionState, sittingId: string, parentId: string | null): number {
  return (parentId === null ? state.agenda.bySitting.get(sittingId) : state.agenda.subItems.get(parentId))?.length ?? 0;
}

// --- preparing ---------------------------------------------------------------------------------

export const addAgendaItemInput = z.object({
  sittingId: id,
  parentId: id.nullable(),
  /** Where among its siblings; null: at the end. */
  index: z.number().int().min(0).nullable(),
  fields: agendaItemFieldsSchema,
});

export const addAgendaItem: Decide<z.infer<typeof addAgendaItemInput>, AgendaItem> = (state, input, context) => {
  requireSitting(state, input.sittingId);
  if (input.parentId !== null) requireParent(state, input.parentId, input.sittingId);
  checkPresenter(state, input.fields);
  checkRoom(state, 1);
  const count = siblingCount(state, input.sittingId, input.parentId);
  const index = Math.min(input.index ?? count, count);
  const item: AgendaItem = { ...input.fields, id: context.newId(), sittingId: input.sittingId, parentId: input.parentId };
  return { events: [{ type: 'agenda.itemAdded', payload: { item, index } }], result: item };
};

export const updateAgendaItemInput = z.object({ itemId: id, fields: agendaItemFieldsSchema });

export const updateAgendaItem: Decide<z.infer<typeof updateAgendaItemInput>, AgendaItem> = (state, input) => {
  const current = requireItem(state, input.itemId);
  checkPresenter(state, input.fields);
  const item: AgendaItem = { ...input.fields, id: current.id, sittingId: current.sittingId, parentId: current.parentId };
  return { events: [{ type: 'agenda.itemUpdated', payload: { itemId: current.id, fields: input.fields } }], result: item };
};

export const moveAgendaItemInput = z.object({
  itemId: id,
  sittingId: id,
  parentId: id.nullable(),
  /** Position among the siblings at the new place, counted without the item itself. */
  index: z.number().int().min(0),
});

/** Reorders within a list, moves to another sitting, or into or out of an item (one level deep). */
export const moveAgendaItem: Decide<z.infer<typeof moveAgendaItemInput>, AgendaItem> = (state, input) => {
  const item = requireItem(state, input.itemId);
  requireSitting(state, input.sittingId);
  if (input.parentId !== null) {
    if (input.parentId === item.id || (state.agenda.subItems.get(item.id)?.length ?? 0) > 0) throw new DeskError('agenda.tooDeep');
    requireParent(state, input.parentId, input.sittingId);
  }
  const sameList = item.sittingId === input.sittingId && item.parentId === input.parentId;
  const count = siblingCount(state, input.sittingId, input.parentId) - (sameList ? 1 : 0);
  const index = Math.min(input.index, count);
  const moved: AgendaItem = { ...item, sittingId: input.sittingId, parentId: input.parentId };
  if (sameList) {
    const list = (item.parentId === null ? state.agenda.bySitting.get(item.sittingId) : state.agenda.subItems.get(item.parentId)) ?? [];
    if (list.indexOf(item.id) === index) return { events: [], result: item };
  }
  return {
    events: [{ type: 'agenda.itemMoved', payload: { itemId: item.id, sittingId: input.sittingId, parentId: input.parentId, index } }],
    result: moved,
  };
};

export const agendaItemInput = z.object({ itemId: id });
type ItemInput = z.infer<typeof agendaItemInput>;

/** A copy right after the original, sub-items included: the quick way to plan a series of contributions. */
export const duplicateAgendaItem: Decide<ItemInput, AgendaItem> = (state, input, context) => {
  const source = requireItem(state, input.itemId);
  const subs = subItemsOf(state, source.id);
  checkRoom(state, 1 + subs.length);
  const item: AgendaItem = { ...source, id: context.newId() };
  const subItems = subs.map((sub) => ({ ...sub, id: context.newId(), parentId: item.id }));
  return { events: [{ type: 'agenda.itemDuplicated', payload: { sourceItemId: source.id, item, subItems } }], result: item };
};

export interface DeletedItem {
  readonly item: AgendaItem;
  readonly subItems: number;
}

/** Deleted with its sub-items; undone by `restoreAgendaItem`. The item being run cannot be deleted. */
export const deleteAgendaItem: Decide<ItemInput, DeletedItem> = (state, input) => {
  const item = requireItem(state, input.itemId);
  const subs = subItemsOf(state, item.id);
  const running = state.agenda.runningItemId;
  if (running !== null && (running === item.id || subs.some((s) => s.id === running))) {
    throw new DeskError('agenda.deleteRunning', { title: item.title });
  }
  return { events: [{ type: 'agenda.itemDeleted', payload: { itemId: item.id } }], result: { item, subItems: subs.length } };
};

/** Puts a deleted item back where it was, with its sub-items. */
export const restoreAgendaItem: Decide<ItemInput, AgendaItem> = (state, input) => {
  const kept = state.agenda.deleted.get(input.itemId);
  if (!kept) throw new DeskError('agenda.itemUnknown');
  const { item } = kept;
  if (!findSitting(requireCongress(state), item.sittingId)) throw new DeskError('agenda.cannotRestore', { title: item.title });
  if (item.parentId !== null) {
    const parent = state.agenda.items.get(item.parentId);
    if (!parent || parent.parentId !== null || state.agenda.runs.has(parent.id)) throw new DeskError('agenda.cannotRestore', { title: item.title });
  }
  checkRoom(state, 1 + kept.subItems.length);
  return { events: [{ type: 'agenda.itemRestored', payload: { itemId: item.id } }], result: item };
};

/** Items with their sub-items, as a file or a template lists them. */
export const agendaOutlineSchema = z
  .array(z.object({ fields: agendaItemFieldsSchema, subItems: z.array(agendaItemFieldsSchema).max(AGENDA_LIMITS.items) }))
  .max(AGENDA_LIMITS.items);
export type AgendaOutline = z.infer<typeof agendaOutlineSchema>;

export const importAgendaInput = z.object({ sittingId: id, fileName: text(260), items: agendaOutlineSchema });

/** The events that append an outline to the end of a sitting, in one piece. */
export function outlineEvents(
  state: SessionState,
  sittingId: string,
  outline: AgendaOutline,
  source: AgendaSource,
  fileName: string,
  context: CommandContext,
): SessionEvent[] {
  const items: AgendaItem[] = [];
  for (const entry of outline) {
    const item: AgendaItem = { ...entry.fields, id: context.newId(), sittingId, parentId: null };
    items.push(item, ...entry.subItems.map((fields) => ({ ...fields, id: context.newId(), sittingId, parentId: item.id })));
  }
  if (items.length === 0) return [];
  checkRoom(state, items.length);
  return [{ type: 'agenda.itemsAdded', payload: { sittingId, source, fileName, items } }];
}

/** Items read from a CSV file (after the user has seen the preview) go to the end of the sitting. */
export const importAgenda: Decide<z.infer<typeof importAgendaInput>, { readonly added: number }> = (state, input, context) => {
  requireSitting(state, input.sittingId);
  if (input.items.length === 0) throw new DeskError('agenda.empty');
  for (const entry of input.items) for (const fields of [entry.fields, ...entry.subItems]) checkPresenter(state, fields);
  const events = outlineEvents(state, input.sittingId, input.items, 'import', input.fileName, context);
  const added = input.items.reduce((sum, entry) => sum + 1 + entry.subItems.length, 0);
  return { events, result: { added } };
};

// --- running live --------------------------------------------------------------------------------

/** Refuses what cannot start: an item with sub-items (they run), one already running or done, or while another runs. */
function startEvents(state: SessionState, item: AgendaItem): SessionEvent[] {
  if ((state.agenda.subItems.get(item.id)?.length ?? 0) > 0) throw new DeskError('agenda.hasSubItems', { title: item.title });
  const running = state.agenda.runningItemId;
  if (running === item.id) throw new DeskError('agenda.alreadyRunning', { title: item.title });
  if (running !== null) throw new DeskError('agenda.anotherRunning', { title: state.agenda.items.get(running)?.title ?? '' });
  if (state.agenda.runs.get(item.id)?.finishedAt) throw new DeskError('agenda.alreadyFinished', { title: item.title });
  return [{ type: 'agenda.itemStarted', payload: { itemId: item.id } }];
}

export const startAgendaItem: Decide<ItemInput, null> = (state, input) => {
  const item = requireItem(state, input.itemId);
  return { events: startEvents(state, item), result: null };
};

export const finishAgendaItem: Decide<ItemInput, null> = (state, input) => {
  const item = requireItem(state, input.itemId);
  const run = state.agenda.runs.get(item.id);
  if (!run) throw new DeskError('agenda.notStarted', { title: item.title });
  if (run.finishedAt !== null) throw new DeskError('agenda.alreadyFinished', { title: item.title });
  return { events: [{ type: 'agenda.itemFinished', payload: { itemId: item.id } }], result: null };
};

export const liveSittingInput = z.object({ sittingId: id });
type SittingInput = z.infer<typeof liveSittingInput>;

/** The sitting's plan and its running row; refused while an item of another sitting runs. */
function liveSitting(state: SessionState, sittingId: string): { readonly plan: SittingPlan; readonly running: AgendaRow | null } {
  const plan = sittingPlan(state, requireSitting(state, sittingId));
  const runningId = state.agenda.runningItemId;
  const running = runningRow(state, plan);
  if (runningId !== null && running === null) {
    throw new DeskError('agenda.anotherRunning', { title: state.agenda.items.get(runningId)?.title ?? '' });
  }
  return { plan, running };
}

export interface LiveStep {
  readonly finishedItemId: string | null;
  readonly startedItemId: string | null;
}

/** Finishes the running item and starts the next one, in one step; at the end of the agenda it only finishes. */
export const nextAgendaItem: Decide<SittingInput, LiveStep> = (state, input) => {
  const { plan, running } = liveSitting(state, input.sittingId);
  const next = nextToRun(state, plan);
  if (running === null && next === null) throw new DeskError('agenda.noNextItem');
  const events: SessionEvent[] = running ? [{ type: 'agenda.itemFinished', payload: { itemId: running.item.id } }] : [];
  if (next) events.push({ type: 'agenda.itemStarted', payload: { itemId: next.item.id } });
  return { events, result: { finishedItemId: running?.item.id ?? null, startedItemId: next?.item.id ?? null } };
};

export interface BackStep {
  readonly cancelledItemId: string | null;
  readonly reopenedItemId: string | null;
}

/** Undoes the last step: the running item was started by mistake, or the item before it is not over yet. */
export const backAgendaItem: Decide<SittingInput, BackStep> = (state, input) => {
  const { plan, running } = liveSitting(state, input.sittingId);
  const previous = previousRun(state, plan);
  if (running === null && previous === null) throw new DeskError('agenda.nothingToGoBack');
  const step: BackStep = { cancelledItemId: running?.item.id ?? null, reopenedItemId: previous?.item.id ?? null };
  return { events: [{ type: 'agenda.movedBack', payload: step }], result: step };
};

export interface SeedAgendaInput {
  readonly source: AgendaSource;
  readonly sittings: readonly { readonly sittingId: string; readonly outline: AgendaOutline }[];
}

/** A prepared agenda (the demo's) for several sittings, appended in one piece. */
export const seedAgenda: Decide<SeedAgendaInput, { readonly added: number }> = (state, input, context) => {
  const events: SessionEvent[] = [];
  let added = 0;
  for (const { sittingId, outline } of input.sittings) {
    requireSitting(state, sittingId);
    for (const entry of outline) for (const fields of [entry.fields, ...entry.subItems]) checkPresenter(state, fields);
    events.push(...outlineEvents(state, sittingId, outline, input.source, '', context));
    added += outline.reduce((sum, entry) => sum + 1 + entry.subItems.length, 0);
  }
  return { events, result: { added } };
};
