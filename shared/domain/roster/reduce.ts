import type { RosterState } from '../state.js';
import type { Delegate } from './model.js';
import type { EntryOf } from '../events.js';
import { codeKey } from './code.js';
import { assertNever } from '../errors.js';

type RosterEntry = EntryOf<'roster.imported' | 'delegate.added' | 'delegate.updated' | 'delegate.removed' | 'delegate.restored'>;

function put(state: RosterState, delegate: Delegate): RosterState {
  const previous = state.delegates.get(delegate.id);
  const byCode = previous ? state.byCode.delete(codeKey(previous.code)) : state.byCode;
  return {
    ...state,
    delegates: state.delegates.set(delegate.id, delegate),
    byCode: byCode.set(codeKey(delegate.code), delegate.id),
    nextListOrder: Math.max(state.nextListOrder, delegate.listOrder + 1),
  };
}

export function reduceRoster(state: RosterState, entry: RosterEntry): RosterState {
  switch (entry.type) {
    case 'roster.imported': {
      const delegates = state.delegates.withMutations((m) => {
        for (const d of entry.payload.delegates) m.set(d.id, d);
      });
      const byCode = state.byCode.withMutations((m) => {
        for (const d of entry.payload.delegates) m.set(codeKey(d.code), d.id);
      });
      const maxOrder = entry.payload.delegates.reduce((max, d) => Math.max(max, d.listOrder + 1), state.nextListOrder);
      return { ...state, delegates, byCode, nextListOrder: maxOrder };
    }
    case 'delegate.added':
    case 'delegate.updated':
      return put(state, entry.payload.delegate);
    case 'delegate.removed': {
      const previous = state.delegates.get(entry.payload.delegateId);
      if (!previous) return state;
      return {
        ...state,
        delegates: state.delegates.delete(previous.id),
        byCode: state.byCode.delete(codeKey(previous.code)),
        removed: state.removed.set(previous.id, previous),
      };
    }
    case 'delegate.restored': {
      const kept = state.removed.get(entry.payload.delegateId);
      if (!kept) return state;
      return { ...put(state, kept), removed: state.removed.delete(kept.id) };
    }
    default:
      return assertNever(entry);
  }
}
