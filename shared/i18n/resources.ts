import type { Language } from '../domain/congress/model.js';
import commonVi from './common/vi.json' with { type: 'json' };
import commonEn from './common/en.json' with { type: 'json' };
import errorsVi from './errors/vi.json' with { type: 'json' };
import errorsEn from './errors/en.json' with { type: 'json' };
import deskVi from './desk/vi.json' with { type: 'json' };
import deskEn from './desk/en.json' with { type: 'json' };
import startVi from './start/vi.json' with { type: 'json' };
import startEn from './start/en.json' with { type: 'json' };
import congressVi from './congress/vi.json' with { type: 'json' };
import congressEn from './congress/en.json' with { type: 'json' };
import checkinVi from './checkin/vi.json' with { type: 'json' };
import checkinEn from './checkin/en.json' with { type: 'json' };
import rosterVi from './roster/vi.json' with { type: 'json' };
import rosterEn from './roster/en.json' with { type: 'json' };
import menuVi from './menu/vi.json' with { type: 'json' };
import menuEn from './menu/en.json' with { type: 'json' };
import importVi from './import/vi.json' with { type: 'json' };
import importEn from './import/en.json' with { type: 'json' };
import printVi from './print/vi.json' with { type: 'json' };
import printEn from './print/en.json' with { type: 'json' };
import speakersVi from './speakers/vi.json' with { type: 'json' };
import speakersEn from './speakers/en.json' with { type: 'json' };
import agendaVi from './agenda/vi.json' with { type: 'json' };
import agendaEn from './agenda/en.json' with { type: 'json' };
import liveVi from './live/vi.json' with { type: 'json' };
import liveEn from './live/en.json' with { type: 'json' };
import displayVi from './display/vi.json' with { type: 'json' };
import displayEn from './display/en.json' with { type: 'json' };
import credentialsVi from './credentials/vi.json' with { type: 'json' };
import credentialsEn from './credentials/en.json' with { type: 'json' };
import signersVi from './signers/vi.json' with { type: 'json' };
import signersEn from './signers/en.json' with { type: 'json' };

/**
 * Locale resources, one folder per feature, each with `vi.json` and `en.json` holding the same keys
 * (a unit test compares them). Every key lives under its folder's name: `common.actions.save`.
 * Used by the renderer, by the main process (menus, dialogs) and by printed documents.
 */
export const resources = {
  vi: {
    translation: {
      common: commonVi,
      errors: errorsVi,
      import: importVi,
      desk: deskVi,
      start: startVi,
      congress: congressVi,
      checkin: checkinVi,
      roster: rosterVi,
      menu: menuVi,
      print: printVi,
      speakers: speakersVi,
      agenda: agendaVi,
      live: liveVi,
      display: displayVi,
      credentials: credentialsVi,
      signers: signersVi,
    },
  },
  en: {
    translation: {
      common: commonEn,
      errors: errorsEn,
      import: importEn,
      desk: deskEn,
      start: startEn,
      congress: congressEn,
      checkin: checkinEn,
      roster: rosterEn,
      menu: menuEn,
      print: printEn,
      speakers: speakersEn,
      agenda: agendaEn,
      live: liveEn,
      display: displayEn,
      credentials: credentialsEn,
      signers: signersEn,
    },
  },
} as const satisfies Record<Language, { translation: Record<string, unknown> }>;

export const DEFAULT_LANGUAGE: Language = 'vi';
