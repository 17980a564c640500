// Sentences every import shares. The notice of a file converted from TCVN3 or VNI lives in
// `shared/i18n/import/<lang>.json` under `import.legacy.<subject>.<encoding>`: the roster speaks
// of names, the agenda and contributions of their text.

import type { LegacyTextNotice } from './problems.js';

/** The shape of i18next's `t`, so that shared code does not depend on an i18n instance. */
export type Translate = (key: string, params: Record<string, string | number>) => string;

/** What a file's converted text is, in the notice: a roster's names, or an agenda's or a list's text. */
export const LEGACY_SUBJECTS = ['names', 'text'] as const;
export type LegacySubject = (typeof LEGACY_SUBJECTS)[number];

/** What the preview says about a file converted from TCVN3 or VNI, and where it was seen. */
export function describeLegacyText(notice: LegacyTextNotice, subject: LegacySubject, t: Translate): string {
  return t(`import.legacy.${subject}.${notice.encoding}`, { row: notice.row, column: notice.column });
}
