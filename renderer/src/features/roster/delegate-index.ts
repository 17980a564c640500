import { useMemo } from 'react';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { searchEntry, searchEntries, type SearchEntry } from '../../../../shared/text/search';
import { compareNameKeys, nameSortKey } from '../../../../shared/text/collate';
import { useDesk } from '../../store/desk-store';

/**
 * The roster prepared for the screen: sorted the Vietnamese way (given name first) and indexed for
 * diacritic-insensitive search. Rebuilt only when the roster itself changes, not on check-ins.
 */
export interface DelegateIndex {
  readonly sorted: readonly Delegate[];
  readonly entries: readonly SearchEntry<Delegate>[];
  readonly organisations: readonly string[];
  search(query: string, limit?: number): Delegate[];
}

export function buildDelegateIndex(delegates: Iterable<Delegate>): DelegateIndex {
  const keyed = [...delegates].map((d) => ({ d, key: nameSortKey(d.fullName) }));
  keyed.sort((a, b) => compareNameKeys(a.key, b.key) || a.d.listOrder - b.d.listOrder);
  const sorted = keyed.map((k) => k.d);
  const entries = sorted.map((d) => searchEntry(d, d.fullName, d.code));
  const organisations = [...new Set(sorted.map((d) => d.organisation))].sort(new Intl.Collator('vi').compare);
  return {
    sorted,
    entries,
    organisations,
    search: (query, limit = 50) => searchEntries(entries, query, limit).map((h) => h.item),
  };
}

export function useDelegateIndex(): DelegateIndex {
  const delegates = useDesk((v) => v.state.roster.delegates);
  return useMemo(() => buildDelegateIndex(delegates.values()), [delegates]);
}
