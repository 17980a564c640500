import type { Language } from '../domain/congress/model.js';
import commonVi from './common/vi.json' with { type: 'json' };
import commonEn from './common/en.json' with { type: 'json' };
import errorsVi from './errors/vi.json' with { type: 'json' };
import errorsEn from './errors/en.json' with { type: 'json' };

/**
 * Locale resources, one folder per feature, each with `vi.json` and `en.json` holding the same keys
 * (a unit test compares them). Every key lives under its folder's name: `common.actions.save`.
 * Used by the renderer, by the main process (menus, dialogs) and by printed documents.
 */
export const resources = {
  vi: { translation: { common: commonVi, errors: errorsVi } },
  en: { translation: { common: commonEn, errors: errorsEn } },
} as const satisfies Record<Language, { translation: Record<string, unknown> }>;

export const DEFAULT_LANGUAGE: Language = 'vi';
