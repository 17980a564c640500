import type { EntryOf } from '../events.js';
import { assertNever } from '../errors.js';
import type { AgendaItem, AgendaItemId } from './model.js';
import type { AgendaState } from './state.js';

export type AgendaEntry = EntryOf<
  | 'agenda.itemAdded'
  | 'agenda.itemsAdded'
  | 'agenda.itemUpdated'
  | 'agenda.itemMoved'
  | 'agenda.itemDuplicated'
  | 'agenda.itemDeleted'
  | 'agenda.itemRestored'
  | 'agenda.itemStarted'
  | 'agenda.itemFinished'
  | 'agenda.movedBack'
>;

function insertAt(list: readonly AgendaItemId[], index: number, itemId: AgendaItemId): AgendaItemId[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), itemId, ...list.slice(at)];
}

/** The list an item is placed in: its parent's sub-items, or its sitting's top-level items. */
function siblingsOf(state: AgendaState, item: Pick<AgendaItem, 'sittingId' | 'parentId'>): readonly AgendaItemId[] {
  return (item.parentId === null ? state.bySitting.get(item.sittingId) : state.subItems.get(item.parentId)) ?? [];
}

function withSiblings(state: AgendaState, item: Pick<AgendaItem, 'sittingId' | 'parentId'>, list: readonly AgendaItemId[]): AgendaState {
  return item.parentId === null
    ? { ...state, bySitting: state.bySitting.set(item.sittingId, list) }
    : { ...state, subItems: state.subItems.set(item.parentId, list) };
}

/** Puts an item (already complete) into the items and into its list at `index`. */
function place(state: AgendaState, item: AgendaItem, index: number): AgendaState {
  const next = { ...state, items: state.items.set(item.id, item) };
  return withSiblings(next, item, insertAt(siblingsOf(next, item), index, item.id));
}

function unlink(state: AgendaState, item: AgendaItem): AgendaState {
  return withSiblings(state, item, siblingsOf(state, item).filter((id) => id !== item.id));
}

function subItemsOf(state: AgendaState, itemId: AgendaItemId): AgendaItem[] {
  return (state.subItems.get(itemId) ?? []).flatMap((id) => state.items.get(id) ?? []);
}

export function reduceAgenda(state: AgendaState, entry: AgendaEntry): AgendaState {
  switch (entry.type) {
    case 'agenda.itemAdded':
      return place(state, entry.payload.item, entry.payload.index);
    case 'agenda.itemsAdded': {
      let next = state;
      for (const item of entry.payload.items) next = place(next, item, Number.MAX_SAFE_INTEGER);
      return next;
    }
    case 'agenda.itemUpdated': {
      const item = state.items.get(entry.payload.itemId);
      if (!item) return state;
      return { ...state, items: state.items.set(item.id, { ...entry.payload.fields, id: item.id, sittingId: item.sittingId, parentId: item.parentId }) };
    }
    case 'agenda.itemMoved': {
      const item = state.items.get(entry.payload.itemId);
      if (!item) return state;
      const { sittingId, parentId, index } = entry.payload;
      let next = place(unlink(state, item), { ...item, sittingId, parentId }, index);
      // Sub-items follow their item into another sitting.
      for (const sub of subItemsOf(next, item.id)) next = { ...next, items: next.items.set(sub.id, { ...sub, sittingId }) };
      return next;
    }
    case 'agenda.itemDuplicated': {
      const source = state.items.get(entry.payload.sourceItemId);
      const index = source ? siblingsOf(state, source).indexOf(source.id) + 1 : Number.MAX_SAFE_INTEGER;
      let next = place(state, entry.payload.item, index);
      for (const sub of entry.payload.subItems) next = place(next, sub, Number.MAX_SAFE_INTEGER);
      return next;
    }
    case 'agenda.itemDeleted': {
      const item = state.items.get(entry.payload.itemId);
      if (!item) return state;
      const subItems = subItemsOf(state, item.id);
      const index = siblingsOf(state, item).indexOf(item.id);
      const next = unlink(state, item);
      return {
        ...next,
        items: next.items.withMutations((m) => {
          m.delete(item.id);
          for (const sub of subItems) m.delete(sub.id);
        }),
        subItems: next.subItems.delete(item.id),
        deleted: next.deleted.set(item.id, { item, subItems, index: Math.max(0, index) }),
      };
    }
    case 'agenda.itemRestored': {
      const kept = state.deleted.get(entry.payload.itemId);
      if (!kept) return state;
      let next: AgendaState = { ...state, deleted: state.deleted.delete(kept.item.id) };
      next = place(next, kept.item, kept.index);
      for (const sub of kept.subItems) next = place(next, sub, Number.MAX_SAFE_INTEGER);
      return next;
    }
    case 'agenda.itemStarted':
      return {
        ...state,
        runs: state.runs.set(entry.payload.itemId, { startedAt: entry.at, finishedAt: null }),
        runningItemId: entry.payload.itemId,
      };
    case 'agenda.itemFinished': {
      const run = state.runs.get(entry.payload.itemId);
      if (!run) return state;
      return {
        ...state,
        runs: state.runs.set(entry.payload.itemId, { ...run, finishedAt: entry.at }),
        runningItemId: state.runningItemId === entry.payload.itemId ? null : state.runningItemId,
      };
    }
    case 'agenda.movedBack': {
      const { cancelledItemId, reopenedItemId } = entry.payload;
      let runs = cancelledItemId === null ? state.runs : state.runs.delete(cancelledItemId);
      const reopened = reopenedItemId === null ? undefined : runs.get(reopenedItemId);
      if (reopenedItemId !== null && reopened) runs = runs.set(reopenedItemId, { ...reopened, finishedAt: null });
      return { ...state, runs, runningItemId: reopened ? reopenedItemId : null };
    }
    default:
      return assertNever(entry);
  }
}
