import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { SEATING_REASONS, type SeatingReason } from '../../../../shared/domain/credentials/model';
import { nextAlternate, seatingRefusal } from '../../../../shared/domain/credentials/alternates';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { ActionDialog } from '../../ui/Dialog';
import { requireMember, useCommitteeMember } from './member';

/** Seats the next alternate of the organisation in a delegate's place, with the reason and a note. */
export function SeatAlternateDialog(props: { readonly delegate: Delegate; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { delegate } = props;
  const state = useDesk((v) => v.state);
  const [member] = useCommitteeMember();
  const allowed = SEATING_REASONS.filter((r) => seatingRefusal(state, delegate, r) === null);
  const [reason, setReason] = useState<SeatingReason>(allowed[0] ?? 'notEligible');
  const [note, setNote] = useState('');
  const alternate = nextAlternate(state, delegate.organisation);

  const seat = () => {
    const who = requireMember(member);
    if (!who || !alternate) return;
    props.onClose();
    deskStore()
      .api.seatAlternate({ replacedId: delegate.id, alternateId: alternate.id, reason, note, member: who })
      .then(() => showToast({ tone: 'success', message: t('credentials.alternates.seated', { alternate: alternate.fullName, replaced: delegate.fullName }) }))
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));
  };

  return (
    <ActionDialog
      title={t('credentials.alternates.seatTitle', { name: delegate.fullName })}
      actLabel={t('credentials.alternates.confirm')}
      onAct={seat}
      onCancel={props.onClose}
      disabled={!alternate || allowed.length === 0}
      testId="seat-dialog"
      actTestId="seat-confirm"
    >
      <p data-testid="next-alternate">
        {alternate
          ? t('credentials.alternates.next', { name: alternate.fullName, code: alternate.code })
          : t('credentials.alternates.none', { organisation: delegate.organisation })}
      </p>
      <fieldset>
        <legend>{t('credentials.alternates.reasonLabel')}</legend>
        {allowed.map((r) => (
          <label key={r} className="inline-fields">
            <input type="radio" name="seat-reason" checked={reason === r} onChange={() => setReason(r)} />
            {t(`credentials.alternates.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('credentials.alternates.note')}</span>
        <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
