// Turning problems into sentences. Messages live in `shared/i18n/import/<lang>.json` under
// `import.file.<code>` and `import.row.<code>`; this only supplies what a message needs beyond the
// problem's own params, such as the names of missing columns in the reader's language.

import type { FileProblem, LegacyTextNotice, RowProblem } from './problems.js';
import { ROSTER_FIELDS } from './problems.js';

/** The shape of i18next's `t`, so that shared code does not depend on an i18n instance. */
export type Translate = (key: string, params: Record<string, string | number>) => string;

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

/** What the preview says about a file converted from TCVN3 or VNI, and where it was seen. */
export function describeLegacyText(notice: LegacyTextNotice, t: Translate): string {
  return t(`import.legacy.${notice.encoding}`, { row: notice.row, column: notice.column });
}
