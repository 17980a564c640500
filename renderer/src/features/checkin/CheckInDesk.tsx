import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInOutcome } from '../../../../shared/domain/attendance/commands';
import { assertNever } from '../../../../shared/domain/errors';
import { deskStore, useDesk } from '../../store/desk-store';
import { DelegateCombobox, useDelegateSearch } from '../roster/DelegateCombobox';
import type { DelegateLookup } from '../roster/delegate-lookup';
import { playSound } from './sounds';
import { CheckInFeedback, type Feedback } from './CheckInFeedback';
import { QuorumPanel } from './QuorumPanel';
import { OrganisationAttendancePanel } from './OrganisationAttendancePanel';
import { RecentCheckIns } from './RecentCheckIns';
import { undoCheckOut } from './check-out';
import { dismissToast } from '../../ui/toasts';
import { presenceOf } from '../../../../shared/domain/attendance/select';

/**
 * The door desk: one input for a scanned code, a typed code or part of a name. A scanner types the
 * code and Enter; the result fills the screen at once and the input is ready for the next badge.
 */
export function CheckInDesk() {
  const { t } = useTranslation();
  const sittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const delegates = useDesk((v) => v.state.roster.delegates);
  const sounds = useDesk((v) => v.info?.preferences.sounds ?? true);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  // The desk's last act that Ctrl+Z undoes: a check-in, or a check-out from the recent arrivals.
  const [lastAct, setLastAct] = useState<{ kind: 'checkIn' | 'checkOut'; delegateId: string; sittingId: string; toastId?: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const api = deskStore().api;

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
          if (sittingId) setLastAct({ kind: 'checkIn', delegateId: delegate.id, sittingId });
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

  const checkIn = (target: { kind: 'code'; code: string } | { kind: 'delegate'; delegateId: string }, method: 'code' | 'name') => {
    if (!sittingId) return;
    search.clear();
    api
      .checkIn({ sittingId, target, method })
      .then(show)
      .catch((error: unknown) => {
        setFeedback({ kind: 'error', error });
        signal(false);
      });
    input.current?.focus();
  };

  const onLookup = (lookup: DelegateLookup) => {
    switch (lookup.kind) {
      case 'suggestion':
      case 'name':
        return checkIn({ kind: 'delegate', delegateId: lookup.delegate.id }, 'name');
      case 'code':
        return checkIn({ kind: 'code', code: lookup.code }, 'code');
      case 'several':
        return setFeedback({ kind: 'several', text: lookup.text });
      case 'none':
        // Neither a known code nor a name: the services decide and answer "unknown code".
        return checkIn({ kind: 'code', code: lookup.text }, 'code');
      default:
        return assertNever(lookup);
    }
  };
  const search = useDelegateSearch({ onLookup });

  const undo = useCallback(() => {
    const last = lastAct;
    if (!last) return;
    setLastAct(null);
    // The check-out's toast offers the same undo: once done, it would have nothing left to undo.
    if (last.toastId !== undefined) dismissToast(last.toastId);
    const target = { sittingId: last.sittingId, delegateId: last.delegateId };
    (last.kind === 'checkIn' ? api.undoCheckIn(target) : undoCheckOut(target))
      .then(() => {
        const delegate = delegates.get(last.delegateId);
        if (!delegate) return;
        if (last.kind === 'checkIn') return setFeedback({ kind: 'undone', delegate });
        const presence = presenceOf(deskStore().getView().state, last.sittingId, last.delegateId);
        if (presence.kind === 'present') setFeedback({ kind: 'checkOutUndone', delegate, at: presence.since });
      })
      .catch((error: unknown) => setFeedback({ kind: 'error', error }));
    input.current?.focus();
  }, [api, delegates, lastAct]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && search.query === '') {
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
        <DelegateCombobox
          search={search}
          listId="checkin-suggestions"
          listTestId="checkin-suggestions"
          testId="checkin-input"
          id="checkin-input"
          inputRef={input}
          className="checkin-input"
          autoFocus
          placeholder={t('checkin.placeholder')}
          onKeyDown={onKeyDown}
          disabled={!sittingId}
        />
        <p className="muted small">{t('checkin.hint')}</p>
        <CheckInFeedback feedback={feedback} canUndo={lastAct?.kind === 'checkIn'} onUndo={undo} />
        {sittingId && (
          <RecentCheckIns
            sittingId={sittingId}
            onCheckedOut={(target, toastId) => setLastAct({ kind: 'checkOut', ...target, toastId })}
            onUndone={() => setLastAct((act) => (act?.kind === 'checkOut' ? null : act))}
          />
        )}
      </section>
      <aside className="checkin-side">
        {sittingId && <QuorumPanel sittingId={sittingId} />}
        {sittingId && <OrganisationAttendancePanel sittingId={sittingId} />}
      </aside>
    </div>
  );
}
