import { exactKey, foldKey } from './fold.js';
import { compareNameKeys, nameSortKey, type NameSortKey } from './collate.js';

/**
 * Name search that ignores diacritics (đ included) yet ranks a diacritic-exact match above a folded
 * one, so that "dương" lists Dương before Đường. Every query word must match the start of a word
 * of the name, or, failing that, anywhere inside it. Keys are computed once per entry.
 */
export interface SearchEntry<T> {
  readonly item: T;
  readonly code: string;
  readonly exact: string;
  readonly folded: string;
  readonly sortKey: NameSortKey;
}

export interface SearchHit<T> {
  readonly item: T;
  /** 0 code, 1 exact word start, 2 exact inside, 3 folded word start, 4 folded inside. */
  readonly rank: number;
}

export function searchEntry<T>(item: T, name: string, code: string): SearchEntry<T> {
  return {
    item,
    code: exactKey(code),
    exact: ' ' + exactKey(name),
    folded: ' ' + foldKey(name),
    sortKey: nameSortKey(name),
  };
}

function tokenRank(token: string, folded: string, exactText: string, foldedText: string): number {
  if (exactText.includes(' ' + token)) return 1;
  if (exactText.includes(token)) return 2;
  if (foldedText.includes(' ' + folded)) return 3;
  if (foldedText.includes(folded)) return 4;
  return -1;
}

export function searchEntries<T>(entries: readonly SearchEntry<T>[], query: string, limit = 50): SearchHit<T>[] {
  const exactQuery = exactKey(query);
  if (exactQuery.length === 0) return [];
  const tokens = exactQuery.split(' ');
  const foldedTokens = tokens.map(foldKey);
  const hits: { entry: SearchEntry<T>; rank: number }[] = [];
  for (const entry of entries) {
    if (entry.code === exactQuery) {
      hits.push({ entry, rank: 0 });
      continue;
    }
    let rank = 0;
    for (let i = 0; i < tokens.length; i++) {
      const r = tokenRank(tokens[i] ?? '', foldedTokens[i] ?? '', entry.exact, entry.folded);
      if (r < 0) {
        rank = -1;
        break;
      }
      if (r > rank) rank = r;
    }
    if (rank > 0) hits.push({ entry, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || compareNameKeys(a.entry.sortKey, b.entry.sortKey));
  return hits.slice(0, limit).map((h) => ({ item: h.entry.item, rank: h.rank }));
}
