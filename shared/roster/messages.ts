// Turning problems into sentences. Messages live in `shared/i18n/import/<lang>.json` under
// `import.file.<code>` and `import.row.<code>`; this only supplies what a message needs beyond the
// problem's own params, such as the names of missing columns in the reader's language.

import type { LegacyTextNotice } from '../import/problems.js';
import { describeLegacyText as describeConverted, type Translate } from '../import/messages.js';
import type { FileProblem, RowProblem } from './problems.js';
import { ROSTER_FIELDS } from './problems.js';

export type { Translate } from '../import/messages.js';

export function fileProblemKey(code: FileProblem['code']): string {
  return `import.file.${code}`;
}

export function rowProblemKey(code: RowProblem['code']): string {
  return `import.row.${code}`;
}

export function describeFileProblem(problem: FileProblem, t: Translate): string {
  const params = { ...problem.params };
  const fields = params['fields'];
  if (typeof fields === 'string') {
    params['columns'] = fields
      .split(',')
      .filter((f) => ROSTER_FIELDS.some((known) => known === f))
      .map((f) => t('import.quoted', { text: t(`import.columns.${f}`, {}) }))
      .join(', ');
  }
  return t(fileProblemKey(problem.code), params);
}

export function describeRowProblem(problem: RowProblem, t: Translate): string {
  return t(rowProblemKey(problem.code), problem.params);
}

/** What the preview says about a roster converted from TCVN3 or VNI: it speaks of names. */
export function describeLegacyText(notice: LegacyTextNotice, t: Translate): string {
  return describeConverted(notice, 'names', t);
}
