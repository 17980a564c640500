import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store/desk-store';
import { formatClock } from '../../../../shared/i18n/format';
import { useLanguage } from '../../i18n';

/** "Saved at 07:42:10" only for what the services confirmed on disk; a refused write stays red. */
export function SaveStatus() {
  const { t } = useTranslation();
  const language = useLanguage();
  const savedAt = useDesk((v) => v.state.at);
  const writeError = useDesk((v) => v.writeError);
  const blocked = useDesk((v) => (v.session?.writeBlocked ?? false) || (v.session?.readOnly ?? false));
  if (writeError || blocked) {
    return (
      <span className="save-status bad" role="status" data-testid="save-status">
        {t('desk.notSaved')}
      </span>
    );
  }
  return (
    <span className="save-status" role="status" data-testid="save-status">
      {savedAt ? t('desk.savedAt', { time: formatClock(savedAt, language, true) }) : t('desk.nothingYet')}
    </span>
  );
}
