import i18next, { type i18n } from 'i18next';
import { resources } from '../../shared/i18n/resources.js';
import type { Language } from '../../shared/domain/congress/model.js';
import { DeskError, type ErrorCode, type ErrorParams } from '../../shared/domain/errors.js';

/**
 * What the user reads for a refusal, in either language, from the same locale files the app uses:
 * the soak prints it, and tests check that a refusal has a real message rather than a code.
 */
const instances = new Map<Language, i18n>();

function translator(language: Language): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({ resources, lng: language, fallbackLng: false, initAsync: false, interpolation: { escapeValue: false } });
    instances.set(language, instance);
  }
  return instance;
}

export function errorText(error: { readonly code: ErrorCode; readonly params: ErrorParams }, language: Language): string {
  const key = `errors.${error.code}`;
  const instance = translator(language);
  if (!instance.exists(key)) throw new Error(`no ${language} message for ${error.code}`);
  return instance.t(key, { ...error.params });
}

export function describeError(error: unknown, language: Language): string {
  return error instanceof DeskError ? errorText(error, language) : String(error);
}
