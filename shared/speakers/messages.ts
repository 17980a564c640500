// Sentences for the problems of a contributions file: the readers' own problems (encoding, format)
// keep the roster import's messages; the rest live under `speakers.import` in the locale files.

import { describeFileProblem, type Translate } from '../roster/messages.js';
import { SPEECH_IMPORT_FIELDS, type SpeechFileProblem, type SpeechRowProblem } from './import.js';

export function describeSpeechFileProblem(problem: SpeechFileProblem, t: Translate): string {
  if (problem.source === 'reader') return describeFileProblem(problem.problem, t);
  const params: Record<string, string | number> = { ...problem.params };
  const fields = params['fields'];
  if (typeof fields === 'string') {
    params['columns'] = fields
      .split(',')
      .filter((f) => SPEECH_IMPORT_FIELDS.some((known) => known === f))
      .map((f) => t('import.quoted', { text: t(`speakers.import.columns.${f}`, {}) }))
      .join(', ');
  }
  return t(`speakers.import.file.${problem.code}`, params);
}

export function describeSpeechRowProblem(problem: SpeechRowProblem, t: Translate): string {
  return t(`speakers.import.rowProblem.${problem.code}`, problem.params);
}
