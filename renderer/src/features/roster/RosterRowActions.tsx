import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegate } from '../../../../shared/domain/roster/model';
import type { Presence } from '../../../../shared/domain/attendance/select';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { ActionDialog, ConfirmDialog } from '../../ui/Dialog';
import { checkOutWithUndo } from '../checkin/check-out';

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/** Per-delegate actions: check in or out, record a reason for absence, edit, remove (with undo). */
export function RosterRowActions(props: { readonly delegate: Delegate; readonly sittingId: string; readonly presence: Presence; readonly onEdit: () => void }) {
  const { t } = useTranslation();
  const { delegate, sittingId, presence } = props;
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [absence, setAbsence] = useState(false);
  const [reason, setReason] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const api = deskStore().api;
  const target = { sittingId, delegateId: delegate.id };
  const closeMenu = () => {
    if (menu.current) menu.current.open = false;
  };

  const remove = () => {
    setConfirmRemove(false);
    api
      .removeDelegate({ delegateId: delegate.id })
      .then((removed) => {
        // Undo restores the delegate as they were, in their place in the roster's order.
        showToast({
          tone: 'info',
          message: t('roster.removed', { name: removed.fullName }),
          action: { label: t('common.actions.undo'), run: () => void api.restoreDelegate({ delegateId: removed.id }).catch(fail) },
        });
      })
      .catch(fail);
  };

  return (
    <div className="row-actions">
      {presence.kind === 'present' ? (
        <button type="button" className="btn small" onClick={() => void checkOutWithUndo(target, delegate.fullName, t).catch(fail)}>
          {t('checkin.checkOut')}
        </button>
      ) : (
        <button
          type="button"
          className="btn small primary"
          data-testid="row-checkin"
          onClick={() => void api.checkIn({ sittingId, target: { kind: 'delegate', delegateId: delegate.id }, method: 'roster' }).catch(fail)}
        >
          {t('checkin.checkIn')}
        </button>
      )}
      <details className="menu" ref={menu}>
        <summary className="btn small ghost" aria-label={t('roster.moreActions', { name: delegate.fullName })}>
          ⋯
        </summary>
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" onClick={() => (closeMenu(), props.onEdit())}>
            {t('common.actions.edit')}
          </button>
          {presence.kind !== 'present' &&
            (presence.kind === 'absent' && presence.reason ? (
              <button type="button" role="menuitem" onClick={() => (closeMenu(), void api.clearAbsence(target).catch(fail))}>
                {t('roster.absence.clear')}
              </button>
            ) : (
              <button type="button" role="menuitem" onClick={() => (closeMenu(), setAbsence(true))}>
                {t('roster.absence.record')}
              </button>
            ))}
          <button type="button" role="menuitem" className="danger" onClick={() => (closeMenu(), setConfirmRemove(true))}>
            {t('common.actions.delete')}
          </button>
        </div>
      </details>
      {confirmRemove && (
        <ConfirmDialog
          title={t('roster.removeTitle')}
          message={t('roster.removeConfirm', { name: delegate.fullName, code: delegate.code })}
          confirmLabel={t('common.actions.delete')}
          danger
          onConfirm={remove}
          onCancel={() => setConfirmRemove(false)}
        />
      )}
      {absence && (
        <ActionDialog
          title={t('roster.absence.title', { name: delegate.fullName })}
          actLabel={t('common.actions.save')}
          onAct={() => {
            setAbsence(false);
            void api.recordAbsence({ ...target, reason }).catch(fail);
          }}
          onCancel={() => setAbsence(false)}
          disabled={reason.trim() === ''}
        >
          <label className="field">
            <span>{t('roster.absence.reason')}</span>
            <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
        </ActionDialog>
      )}
    </div>
  );
}
