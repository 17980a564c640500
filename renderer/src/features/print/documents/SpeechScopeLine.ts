import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/congress/model';
import type { SpeechScope } from '../../../../../shared/print/documents/speech-scope';
import { formatDate } from '../../../../../shared/i18n/format';

/** What a printed record covers, in lines under its title: the sitting and the discussion, or the whole congress. */
export function speechScopeLines(scope: SpeechScope, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  if (scope.sitting) lines.push(t('print.speechLog.scope.sitting', { sitting: scope.sitting.title, date: formatDate(scope.sitting.date, lang) }));
  if (scope.discussion) lines.push(t('print.speechLog.scope.discussion', { discussion: scope.discussion.title }));
  if (lines.length === 0) lines.push(t('print.speechLog.scope.all'));
  return lines;
}
