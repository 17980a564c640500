import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CredentialStatus } from '../../../../shared/domain/credentials/model';
import { ActionDialog } from '../../ui/Dialog';

/** Asks for the reason of a decision other than verified; Enter records it. */
export function DecisionDialog(props: {
  readonly name: string;
  readonly status: Exclude<CredentialStatus, 'verified'>;
  readonly initialReason: string;
  readonly onDecide: (reason: string) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(props.initialReason);
  const ready = reason.trim() !== '';
  const submit = () => {
    if (ready) props.onDecide(reason.trim());
  };
  return (
    <ActionDialog
      title={t('credentials.decide.title', { status: t(`credentials.status.${props.status}`), name: props.name })}
      actLabel={t('credentials.decide.save')}
      onAct={submit}
      onCancel={props.onClose}
      danger={props.status === 'notEligible'}
      disabled={!ready}
      testId="decision-dialog"
      actTestId="decision-save"
    >
      <label className="field">
        <span>{t('credentials.decide.reason')}</span>
        <textarea
          autoFocus
          rows={3}
          maxLength={500}
          value={reason}
          data-testid="decision-reason"
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
      </label>
    </ActionDialog>
  );
}
