import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/congress/model';
import { deskStore } from '../../store/desk-store';
import { errorMessage, setLanguage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { LanguageOptions } from '../../ui/Options';

/** Switches the whole interface at once, and remembers the choice in the desk's preferences. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const choose = (next: Language) => {
    setLanguage(next);
    deskStore()
      .api.setPreferences({ language: next })
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common.language.label')}</span>
      <select value={language} data-testid="language" onChange={(e) => choose(e.target.value === 'en' ? 'en' : 'vi')}>
        <LanguageOptions />
      </select>
    </label>
  );
}
