import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { resources, DEFAULT_LANGUAGE } from '../../shared/i18n/resources';
import type { Language } from '../../shared/domain/congress/model';
import { DeskError, type WireError } from '../../shared/domain/errors';

export function initI18n(language: Language = DEFAULT_LANGUAGE): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders; names are text, never HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** The user's-language message for any error a call can give. */
export function errorMessage(error: unknown): string {
  const wire: WireError =
    error instanceof DeskError
      ? { code: error.code, params: error.params }
      : { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } };
  return i18next.t(`errors.${wire.code}`, { ...wire.params });
}
