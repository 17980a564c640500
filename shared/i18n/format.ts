import type { Language } from '../domain/congress/model.js';

/** Dates, times and numbers as each language writes them: 5.112 and 07:42 in Vietnamese. */
const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

export function formatPercent(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatClock(iso: string, language: Language, seconds = false): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  }).format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as written in the language: 23/07/2020, 23 July 2020. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
