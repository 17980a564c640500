import type { Language } from '../../../../shared/domain/congress/model';
import type { ChecklistItem } from '../../../../shared/domain/credentials/model';
import { isBuiltInCheck } from '../../../../shared/domain/credentials/model';
import { formatNumber, formatPercent } from '../../../../shared/i18n/format';
import i18next from 'i18next';

/** A checklist item's text: the congress's own, or the built-in item's in the language of the screen. */
export function checkLabel(item: ChecklistItem): string {
  if (item.label !== null) return item.label;
  return isBuiltInCheck(item.id) ? i18next.t(`credentials.checklist.${item.id}`) : item.id;
}

export function percent(permille: number, language: Language): string {
  return formatPercent(permille / 1000, language);
}

export function count(value: number, language: Language): string {
  return formatNumber(value, language);
}
