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

/**
 * The entries' indices in name order, worked out once per list of entries and kept as long as the
 * list lives (the screens rebuild their list only when the roster changes). Ordering hits this way
 * costs nothing per search; comparing names with the collator for every hit cost 10–15 ms for a
 * two-letter query at 5,000 delegates. A list already in name order (as the screens build it) is
 * recognised in one pass.
 */
const NAME_ORDER = new WeakMap<readonly SearchEntry<unknown>[], Int32Array>();

function nameOrder<T>(entries: readonly SearchEntry<T>[]): Int32Array {
  const known = NAME_ORDER.get(entries);
  if (known) return known;
  const key = (i: number) => entries[i]?.sortKey ?? { given: '', middle: '', family: '' };
  const indices = Array.from(entries.keys());
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++) sorted = compareNameKeys(key(i - 1), key(i)) <= 0;
  if (!sorted) indices.sort((a, b) => compareNameKeys(key(a), key(b)) || a - b);
  const order = Int32Array.from(indices);
  NAME_ORDER.set(entries, order);
  return order;
}

const RANKS = 5;

export function searchEntries<T>(entries: readonly SearchEntry<T>[], query: string, limit = 50): SearchHit<T>[] {
  const exactQuery = exactKey(query);
  if (exactQuery.length === 0) return [];
  const tokens = exactQuery.split(' ');
  const foldedTokens = tokens.map(foldKey);
  // Hits by rank, each in name order: walking the entries in name order keeps every bucket sorted.
  const byRank: SearchEntry<T>[][] = Array.from({ length: RANKS }, () => []);
  const order = nameOrder(entries);
  for (let n = 0; n < order.length; n++) {
    const entry = entries[order[n] ?? -1];
    if (!entry) continue;
    if (entry.code === exactQuery) {
      byRank[0]?.push(entry);
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
    if (rank > 0) byRank[rank]?.push(entry);
  }
  const hits: SearchHit<T>[] = [];
  byRank.forEach((bucket, rank) => {
    for (const entry of bucket) {
      if (hits.length >= limit) return;
      hits.push({ item: entry.item, rank });
    }
  });
  return hits;
}
