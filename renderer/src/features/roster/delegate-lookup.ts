import type { Delegate } from '../../../../shared/domain/roster/model';
import type { DelegateIndex } from './delegate-index';

/** What a line typed at a delegate search names, tried in the order the desks try it. */
export type DelegateLookup =
  /** A suggestion the user picked: highlighted with the arrow keys, or clicked. */
  | { readonly kind: 'suggestion'; readonly delegate: Delegate }
  /** The text is a delegate's code, as a scanner types it. */
  | { readonly kind: 'code'; readonly code: string; readonly delegate: Delegate }
  /** The text names exactly one delegate. */
  | { readonly kind: 'name'; readonly delegate: Delegate }
  /** Several delegates match: the user must choose. */
  | { readonly kind: 'several'; readonly text: string }
  /** Neither a known code nor a name on the roster. */
  | { readonly kind: 'none'; readonly text: string };

/**
 * The typed text (trimmed, not empty) against the roster: a highlighted suggestion wins, then an
 * exact code, then a name that only one delegate matches.
 */
export function lookUpDelegate(text: string, highlighted: Delegate | undefined, index: DelegateIndex, byCode: (text: string) => Delegate | undefined): DelegateLookup {
  if (highlighted) return { kind: 'suggestion', delegate: highlighted };
  const coded = byCode(text);
  if (coded) return { kind: 'code', code: text, delegate: coded };
  const matches = index.search(text, 2);
  const only = matches[0];
  if (matches.length === 1 && only) return { kind: 'name', delegate: only };
  return matches.length > 1 ? { kind: 'several', text } : { kind: 'none', text };
}
