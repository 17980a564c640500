import type { Language } from '../congress/model.js';
import credentialsVi from '../../i18n/credentials/vi.json' with { type: 'json' };
import credentialsEn from '../../i18n/credentials/en.json' with { type: 'json' };

/** The standard wording of the credentials report, before the committee edits it. */
export function defaultReportTemplate(language: Language): string {
  return (language === 'en' ? credentialsEn : credentialsVi).template.standard;
}
