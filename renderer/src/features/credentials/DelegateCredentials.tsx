import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { credentialOf, credentialsSettings, standingOf } from '../../../../shared/domain/credentials/standing';
import { seatingReasonFor } from '../../../../shared/domain/credentials/alternates';
import { badgeData } from '../../../../shared/credentials/badge';
import { formatClock } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { ConfirmDialog } from '../../ui/Dialog';
import { requireMember, useCommitteeMember } from './member';
import { checkLabel } from './labels';
import { CredentialHistory } from './CredentialHistory';
import { SeatAlternateDialog } from './SeatAlternateDialog';
import { Badge } from './Badge';

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/** One delegate's file: the checklist, the decision and its author, the alternate's seat, the history, the badge. */
export function DelegateCredentials(props: {
  readonly delegate: Delegate;
  readonly onAsk: (status: 'challenged' | 'notEligible' | 'pending') => void;
  readonly onVerify: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { delegate } = props;
  const state = useDesk((v) => v.state);
  const [member] = useCommitteeMember();
  const [seating, setSeating] = useState(false);
  const [unseating, setUnseating] = useState(false);
  const record = credentialOf(state, delegate.id);
  const settings = credentialsSettings(state);
  const standing = standingOf(state, delegate);
  const seatedAs = state.credentials.seatings.get(delegate.id);
  const replacedBy = state.credentials.replacedBy.get(delegate.id);
  const replacement = replacedBy === undefined ? undefined : state.credentials.seatings.get(replacedBy);
  const canSeat = seatingReasonFor(state, delegate) !== null;
  const nameOf = (id: string) => state.roster.delegates.get(id);

  const mark = (itemId: string, checked: boolean) => {
    const who = requireMember(member);
    if (who) void deskStore().api.markCheck({ delegateIds: [delegate.id], itemId, checked, member: who }).catch(fail);
  };

  const unseat = () => {
    setUnseating(false);
    const who = requireMember(member);
    if (!who || !seatedAs) return;
    const replaced = nameOf(seatedAs.replacedId);
    deskStore()
      .api.unseatAlternate({ alternateId: delegate.id, note: '', member: who })
      .then(() => showToast({ tone: 'info', message: t('credentials.alternates.unseated', { replaced: replaced?.fullName ?? '' }) }))
      .catch(fail);
  };

  return (
    <div className="delegate-credentials" data-testid="delegate-credentials">
      <header>
        <h2>{delegate.fullName}</h2>
        <p className="muted small">
          <span className="code">{delegate.code}</span> · {t(`roster.category.${delegate.category}`)} · {delegate.organisation}
        </p>
        {delegate.position && <p className="small">{delegate.position}</p>}
      </header>

      <section className={`decision status-box status-${record.status}`} data-testid="decision-status" data-status={record.status}>
        <p className="decision-title">
          {record.decidedBy && record.decidedAt
            ? t('credentials.decide.decidedBy', { status: t(`credentials.status.${record.status}`), member: record.decidedBy, time: formatClock(record.decidedAt, language) })
            : t(`credentials.status.${record.status}`)}
        </p>
        {record.reason && <p className="small">{t('credentials.detail.reason', { reason: record.reason })}</p>}
        <p className="small standing">{t(`credentials.standing.${standing === 'summoned' && delegate.category === 'alternate' ? 'seated' : standing}`)}</p>
        <div className="decision-actions">
          <button type="button" className="btn small primary" onClick={props.onVerify} disabled={record.status === 'verified'} data-testid="decide-verified">
            {t('credentials.decide.verified')} <kbd>V</kbd>
          </button>
          <button type="button" className="btn small" onClick={() => props.onAsk('challenged')} data-testid="decide-challenged">
            {t('credentials.decide.challenged')} <kbd>C</kbd>
          </button>
          <button type="button" className="btn small danger" onClick={() => props.onAsk('notEligible')} data-testid="decide-notEligible">
            {t('credentials.decide.notEligible')} <kbd>N</kbd>
          </button>
          {record.status !== 'pending' && (
            <button type="button" className="btn small ghost" onClick={() => props.onAsk('pending')} data-testid="decide-pending">
              {t('credentials.decide.pending')}
            </button>
          )}
        </div>
      </section>

      <section>
        <h3>{t('credentials.checklist.title')}</h3>
        <ul className="checklist">
          {settings.checklist.map((item) => (
            <li key={item.id}>
              <label>
                <input type="checkbox" checked={record.checks.includes(item.id)} onChange={(e) => mark(item.id, e.target.checked)} data-check={item.id} />
                <span>{checkLabel(item)}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      {(seatedAs || replacement || canSeat) && (
        <section className="seat" data-testid="seat-section">
          {seatedAs && (
            <>
              <p>
                {t('credentials.alternates.seatedIn', {
                  name: nameOf(seatedAs.replacedId)?.fullName ?? '',
                  code: nameOf(seatedAs.replacedId)?.code ?? '',
                  time: formatClock(seatedAs.at, language),
                  reason: t(`credentials.alternates.reason.${seatedAs.reason}`),
                })}
              </p>
              <button type="button" className="btn small" onClick={() => setUnseating(true)} data-testid="unseat-alternate">
                {t('credentials.alternates.unseat')}
              </button>
            </>
          )}
          {replacement && (
            <p data-testid="replaced-by">
              {t('credentials.alternates.replacedBy', {
                name: nameOf(replacement.alternateId)?.fullName ?? '',
                code: nameOf(replacement.alternateId)?.code ?? '',
                time: formatClock(replacement.at, language),
                reason: t(`credentials.alternates.reason.${replacement.reason}`),
              })}
            </p>
          )}
          {canSeat && (
            <button type="button" className="btn small primary" onClick={() => requireMember(member) && setSeating(true)} data-testid="seat-alternate">
              {t('credentials.alternates.seat')}
            </button>
          )}
        </section>
      )}

      <CredentialHistory delegateId={delegate.id} />

      <section>
        <h3>{t('credentials.detail.badge')}</h3>
        <Badge badge={badgeData(state, delegate)} />
      </section>

      {seating && <SeatAlternateDialog delegate={delegate} onClose={() => setSeating(false)} />}
      {unseating && seatedAs && (
        <ConfirmDialog
          title={t('credentials.alternates.unseatTitle', { alternate: delegate.fullName, replaced: nameOf(seatedAs.replacedId)?.fullName ?? '' })}
          message={t('credentials.alternates.unseatMessage', { alternate: delegate.fullName, replaced: nameOf(seatedAs.replacedId)?.fullName ?? '' })}
          confirmLabel={t('credentials.alternates.unseatConfirm')}
          danger
          onConfirm={unseat}
          onCancel={() => setUnseating(false)}
        />
      )}
    </div>
  );
}
