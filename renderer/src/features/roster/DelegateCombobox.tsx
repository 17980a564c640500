import { useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { codeKey } from '../../../../shared/domain/roster/code';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { useDesk } from '../../store/desk-store';
import { useDelegateIndex } from './delegate-index';
import { lookUpDelegate, type DelegateLookup } from './delegate-lookup';

const SUGGESTIONS = 8;

/** The state of one delegate search: what is typed, the suggestions, the highlighted one. */
export interface DelegateSearch {
  readonly query: string;
  readonly suggestions: readonly Delegate[];
  readonly highlight: number | null;
  /** Empties the field, for the next delegate. */
  readonly clear: () => void;
  readonly type: (text: string) => void;
  /** A suggestion clicked. */
  readonly pick: (delegate: Delegate) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * Finding a delegate by typing: suggestions from two letters on (without diacritics), ↑↓ move the
 * highlight, Enter looks the text up (a highlighted suggestion, a code, a name only one delegate
 * has), Esc empties the field, or calls `onEscapeEmpty` when it is already empty. What to do with
 * the delegate found is the caller's: it receives every lookup, and clears the field when it acts.
 */
export function useDelegateSearch(options: { readonly onLookup: (lookup: DelegateLookup) => void; readonly onEscapeEmpty?: () => void }): DelegateSearch {
  const index = useDelegateIndex();
  const byCode = useDesk((v) => v.state.roster.byCode);
  const delegates = useDesk((v) => v.state.roster.delegates);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState<number | null>(null);
  const suggestions = useMemo(() => (query.trim().length >= 2 ? index.search(query, SUGGESTIONS) : []), [index, query]);

  const clear = () => {
    setQuery('');
    setHighlight(null);
  };

  const submit = () => {
    const text = query.trim();
    if (!text) return;
    const highlighted = highlight !== null ? suggestions[highlight] : undefined;
    const lookup = lookUpDelegate(text, highlighted, index, (code) => delegates.get(byCode.get(codeKey(code)) ?? ''));
    // Several matches: the first is highlighted, so that ↓ and Enter choose among them.
    if (lookup.kind === 'several') setHighlight(0);
    options.onLookup(lookup);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h === null ? 0 : Math.min(h + 1, suggestions.length - 1)));
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setHighlight((h) => (h === null || h === 0 ? null : h - 1));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') clear();
      else options.onEscapeEmpty?.();
    }
  };

  return {
    query,
    suggestions,
    highlight,
    clear,
    type: (text) => {
      setQuery(text);
      setHighlight(null);
    },
    pick: (delegate) => options.onLookup({ kind: 'suggestion', delegate }),
    onKeyDown,
  };
}

/**
 * The search field of a `useDelegateSearch` with its list of suggestions (a combobox and its
 * listbox). `onKeyDown` runs first; a key it handles (preventDefault) is not the search's.
 */
export function DelegateCombobox(props: {
  readonly search: DelegateSearch;
  /** The listbox's id; its options are `<listId>-<n>`. */
  readonly listId: string;
  readonly listTestId: string;
  readonly testId: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly id?: string;
  readonly className?: string;
  readonly placeholder?: string;
  readonly ariaLabel?: string;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { search, listId } = props;
  const open = search.suggestions.length > 0;
  return (
    <div className="checkin-combo">
      <input
        id={props.id}
        ref={props.inputRef}
        className={props.className}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        aria-label={props.ariaLabel}
        value={search.query}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={search.highlight !== null ? `${listId}-${search.highlight}` : undefined}
        onChange={(e) => search.type(e.target.value)}
        onKeyDown={(event) => {
          props.onKeyDown?.(event);
          if (!event.defaultPrevented) search.onKeyDown(event);
        }}
        disabled={props.disabled}
      />
      {open && (
        <ul id={listId} className="suggestions" role="listbox" data-testid={props.listTestId}>
          {search.suggestions.map((d, i) => (
            <li
              key={d.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === search.highlight}
              className={i === search.highlight ? 'highlight' : undefined}
              onMouseDown={(e) => {
                // Keeps the focus in the field, so the next delegate can be typed at once.
                e.preventDefault();
                search.pick(d);
              }}
            >
              <span className="code">{d.code}</span> <strong>{d.fullName}</strong> <span className="muted">{d.organisation}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
