import type { SessionState } from '../../domain/state.js';
import { DELEGATE_CATEGORIES, type DelegateCategory } from '../../domain/roster/model.js';
import type { PrintOptions } from '../registry.js';
import { orderedDelegates, type ListGroup, type NumberedDelegate } from './lists.js';

/** DANH SÁCH ĐẠI BIỂU: every person on the roster with code, name, organisation and category. */
export interface RosterDocument {
  /** The date printed under the header: the congress's first day. */
  readonly date: string;
  readonly groups: readonly ListGroup<NumberedDelegate>[];
  readonly total: number;
  readonly byCategory: Readonly<Record<DelegateCategory, number>>;
}

export function rosterDocument(state: SessionState, options: PrintOptions<'roster'>): RosterDocument {
  const delegates = [...state.roster.delegates.values()];
  const byCategory = Object.fromEntries(DELEGATE_CATEGORIES.map((c) => [c, 0])) as Record<DelegateCategory, number>;
  for (const delegate of delegates) byCategory[delegate.category]++;
  return {
    date: state.congress?.startDate ?? '',
    groups: orderedDelegates(delegates, options.order),
    total: delegates.length,
    byCategory,
  };
}
