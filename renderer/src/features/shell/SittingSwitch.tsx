import { useTranslation } from 'react-i18next';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { SittingOptions } from '../../ui/Options';

/** The sitting the desk works in: check-in, attendance and quorum are per sitting. */
export function SittingSwitch() {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const active = useDesk((v) => v.state.attendance.activeSittingId);
  if (!congress) return null;
  return (
    <label className="sitting-switch">
      <span className="muted">{t('desk.sitting')}</span>
      <select
        value={active ?? ''}
        data-testid="sitting"
        onChange={(e) =>
          deskStore()
            .api.activateSitting({ sittingId: e.target.value })
            .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
        }
      >
        <SittingOptions sittings={congress.sittings} />
      </select>
    </label>
  );
}
