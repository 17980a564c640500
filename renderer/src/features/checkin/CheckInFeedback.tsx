import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { formatClock } from '../../../../shared/i18n/format';
import { errorMessage, useLanguage } from '../../i18n';
import { Initials } from '../../ui/Initials';

export type Feedback =
  | { readonly kind: 'checkedIn' | 'notCounted' | 'notEligible' | 'replaced' | 'already' | 'checkOutUndone'; readonly delegate: Delegate; readonly at: string }
  | { readonly kind: 'undone'; readonly delegate: Delegate }
  | { readonly kind: 'unknown' | 'several'; readonly text: string }
  /** Kept as the error, not as text, so that its message follows a change of language. */
  | { readonly kind: 'error'; readonly error: unknown };

const TONE: Readonly<Record<Feedback['kind'], 'good' | 'warn' | 'bad' | 'info'>> = {
  checkedIn: 'good',
  notCounted: 'info',
  notEligible: 'bad',
  replaced: 'warn',
  already: 'warn',
  undone: 'info',
  unknown: 'bad',
  several: 'warn',
  error: 'bad',
  checkOutUndone: 'good',
};

/** The result of the last scan, large enough to read from a metre away, in colour and in words. */
export function CheckInFeedback(props: { readonly feedback: Feedback | null; readonly canUndo: boolean; readonly onUndo: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { feedback } = props;
  if (!feedback) {
    return (
      <div className="feedback feedback-idle" data-testid="checkin-feedback" data-kind="idle">
        <p>{t('checkin.ready')}</p>
      </div>
    );
  }
  const tone = TONE[feedback.kind];
  return (
    <div className={`feedback feedback-${tone}`} data-testid="checkin-feedback" data-kind={feedback.kind} role="status" aria-live="assertive">
      {'delegate' in feedback ? (
        <div className="feedback-person">
          <Initials name={feedback.delegate.fullName} />
          <div>
            <p className="feedback-title">
              {feedback.kind === 'already' || feedback.kind === 'checkOutUndone'
                ? t(`checkin.feedback.${feedback.kind}`, { time: formatClock(feedback.at, language) })
                : t(`checkin.feedback.${feedback.kind}`)}
            </p>
            <p className="feedback-name">{feedback.delegate.fullName}</p>
            <p className="feedback-detail">
              {feedback.delegate.organisation} · {feedback.delegate.code} · {t(`roster.category.${feedback.delegate.category}`)}
            </p>
            {feedback.kind === 'checkedIn' && <p className="feedback-detail">{formatClock(feedback.at, language, true)}</p>}
          </div>
        </div>
      ) : (
        <div>
          <p className="feedback-title">{t(`checkin.feedback.${feedback.kind}`)}</p>
          <p className="feedback-detail">{feedback.kind === 'error' ? errorMessage(feedback.error) : feedback.text}</p>
        </div>
      )}
      {(feedback.kind === 'checkedIn' || feedback.kind === 'notCounted' || feedback.kind === 'notEligible' || feedback.kind === 'replaced') && props.canUndo && (
        <button type="button" className="btn" onClick={props.onUndo} data-testid="undo-checkin">
          {t('checkin.undo')}
        </button>
      )}
    </div>
  );
}
