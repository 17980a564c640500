import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { presenceFrom } from '../../../../shared/domain/attendance/select';
import { formatClock } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { checkOutWithUndo, type AttendanceTarget } from './check-out';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';

const SHOWN = 10;

/**
 * The last arrivals, newest first, each with check-out at hand. The desk hears of each check-out
 * (so Ctrl+Z can undo it) and of its undo from the toast (so Ctrl+Z does not undo it twice).
 */
export function RecentCheckIns(props: {
  readonly sittingId: string;
  readonly onCheckedOut?: (target: AttendanceTarget, toastId: number) => void;
  readonly onUndone?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sitting = useDesk((v) => v.state.attendance.bySitting.get(props.sittingId));
  const delegates = useDesk((v) => v.state.roster.delegates);
  const recent = useMemo(() => {
    const rows: { id: string; since: string }[] = [];
    for (const [id, attendance] of sitting?.entries() ?? []) {
      const presence = presenceFrom(attendance);
      if (presence.kind === 'present') rows.push({ id, since: presence.since });
    }
    return rows.sort((a, b) => b.since.localeCompare(a.since)).slice(0, SHOWN);
  }, [sitting]);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-checkins">
      <h2 id="recent-checkins">{t('checkin.recent')}</h2>
      <ul data-testid="recent-checkins">
        {recent.map(({ id, since }) => {
          const delegate = delegates.get(id);
          if (!delegate) return null;
          return (
            <li key={id}>
              <span className="time">{formatClock(since, language)}</span>
              <strong>{delegate.fullName}</strong>
              <span className="muted">{delegate.organisation}</span>
              <button
                type="button"
                className="btn small ghost"
                onClick={() =>
                  void checkOutWithUndo({ sittingId: props.sittingId, delegateId: id }, delegate.fullName, t, props.onUndone)
                    .then((toastId) => props.onCheckedOut?.({ sittingId: props.sittingId, delegateId: id }, toastId))
                    .catch((e: unknown) => showToast({ tone: 'error', message: errorMessage(e) }))
                }
              >
                {t('checkin.checkOut')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
