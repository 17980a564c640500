import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import type { CheckInOutcome } from '../../../../shared/domain/attendance/commands';
import { codeKey } from '../../../../shared/domain/roster/code';
import { deskStore, useDesk } from '../../store/desk-store';
import { useDelegateIndex } from '../roster/delegate-index';
import { playSound } from './sounds';
import { CheckInFeedback, type Feedback } from './CheckInFeedback';
import { QuorumPanel } from './QuorumPanel';
import { OrganisationAttendancePanel } from './OrganisationAttendancePanel';
import { RecentCheckIns } from './RecentCheckIns';

const SUGGESTIONS = 8;

/**
 * The door desk: one input for a scanned code, a typed code or part of a name. A scanner types the
 * code and Enter; the result fills the screen at once and the input is ready for the next badge.
 */
export function CheckInDesk() {
  const { t } = useTranslation();
  const index = useDelegateIndex();
  const sittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const byCode = useDesk((v) => v.state.roster.byCode);
  const delegates = useDesk((v) => v.state.roster.delegates);
  const sounds = useDesk((v) => v.info?.preferences.sounds ?? true);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [lastCheckIn, setLastCheckIn] = useState<{ delegateId: string; sittingId: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const api = deskStore().api;

  const suggestions = useMemo(() => (query.trim().length >= 2 ? index.search(query, SUGGESTIONS) : []), [index, query]);

  const signal = useCallback((good: boolean) => sounds && playSound(good ? 'success' : 'refusal'), [sounds]);

  const show = useCallback(
    (outcome: CheckInOutcome) => {
      switch (outcome.kind) {
        case 'checkedIn': {
          const delegate = delegates.get(outcome.delegateId);
          if (!delegate) return;
          // Not eligible and replaced delegates get their own unmistakable screen: they must not be waved through as counted.
          const kind = outcome.counted ? 'checkedIn' : outcome.standing === 'notEligible' ? 'notEligible' : outcome.standing === 'replaced' ? 'replaced' : 'notCounted';
          setFeedback({ kind, delegate, at: outcome.at });
          if (sittingId) setLastCheckIn({ delegateId: delegate.id, sittingId });
          signal(outcome.counted);
          return;
        }
        case 'alreadyCheckedIn': {
          const delegate = delegates.get(outcome.delegateId);
          if (!delegate) return;
          setFeedback({ kind: 'already', delegate, at: outcome.since });
          signal(false);
          return;
        }
        case 'unknownCode':
          setFeedback({ kind: 'unknown', text: outcome.code });
          signal(false);
          return;
      }
    },
    [delegates, sittingId, signal],
  );

  const checkIn = useCallback(
    (target: { kind: 'code'; code: string } | { kind: 'delegate'; delegateId: string }, method: 'code' | 'name') => {
      if (!sittingId) return;
      setQuery('');
      setHighlight(null);
      api
        .checkIn({ sittingId, target, method })
        .then(show)
        .catch((error: unknown) => {
          setFeedback({ kind: 'error', error });
          signal(false);
        });
      input.current?.focus();
    },
    [api, show, signal, sittingId],
  );

  const submit = () => {
    const text = query.trim();
    if (!text) return;
    const chosen = highlight !== null ? suggestions[highlight] : undefined;
    if (chosen) return checkIn({ kind: 'delegate', delegateId: chosen.id }, 'name');
    if (byCode.has(codeKey(text))) return checkIn({ kind: 'code', code: text }, 'code');
    const matches = index.search(text, 2);
    const only = matches[0];
    if (matches.length === 1 && only) return checkIn({ kind: 'delegate', delegateId: only.id }, 'name');
    if (matches.length > 1) {
      setFeedback({ kind: 'several', text });
      setHighlight(0);
      return;
    }
    // Neither a known code nor a name: the services decide and answer "unknown code".
    checkIn({ kind: 'code', code: text }, 'code');
  };

  const undo = useCallback(() => {
    const last = lastCheckIn;
    if (!last) return;
    setLastCheckIn(null);
    api
      .undoCheckIn(last)
      .then(() => {
        const delegate = delegates.get(last.delegateId);
        if (delegate) setFeedback({ kind: 'undone', delegate });
      })
      .catch((error: unknown) => setFeedback({ kind: 'error', error }));
    input.current?.focus();
  }, [api, delegates, lastCheckIn]);

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
      setQuery('');
      setHighlight(null);
    } else if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && query === '') {
      event.preventDefault();
      undo();
    }
  };

  // A scanner types wherever the focus is: bring typing back to the check-in input.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
      if (!typing && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="checkin">
      <section className="checkin-main">
        <label className="checkin-label" htmlFor="checkin-input">
          {t('checkin.inputLabel')}
        </label>
        <div className="checkin-combo">
          <input
            id="checkin-input"
            ref={input}
            className="checkin-input"
            data-testid="checkin-input"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={t('checkin.placeholder')}
            value={query}
            role="combobox"
            aria-expanded={suggestions.length > 0}
            aria-controls="checkin-suggestions"
            aria-activedescendant={highlight !== null ? `suggestion-${highlight}` : undefined}
            onChange={(e) => {
              setQuery(e.target.value);
              setHighlight(null);
            }}
            onKeyDown={onKeyDown}
            disabled={!sittingId}
          />
          {suggestions.length > 0 && (
            <ul id="checkin-suggestions" className="suggestions" role="listbox" data-testid="checkin-suggestions">
              {suggestions.map((d: Delegate, i) => (
                <li
                  key={d.id}
                  id={`suggestion-${i}`}
                  role="option"
                  aria-selected={i === highlight}
                  className={i === highlight ? 'highlight' : undefined}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    checkIn({ kind: 'delegate', delegateId: d.id }, 'name');
                  }}
                >
                  <span className="code">{d.code}</span> <strong>{d.fullName}</strong> <span className="muted">{d.organisation}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="muted small">{t('checkin.hint')}</p>
        <CheckInFeedback feedback={feedback} canUndo={lastCheckIn !== null} onUndo={undo} />
        {sittingId && <RecentCheckIns sittingId={sittingId} />}
      </section>
      <aside className="checkin-side">
        {sittingId && <QuorumPanel sittingId={sittingId} />}
        {sittingId && <OrganisationAttendancePanel sittingId={sittingId} />}
      </aside>
    </div>
  );
}
