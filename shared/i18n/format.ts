import type { Language } from '../domain/congress/model.js';

/** Dates, times and numbers as each language writes them: 5.112 and 07:42 in Vietnamese. */
const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/**
 * Formatters are made once per language and style and reused: creating an Intl formatter costs far
 * more than formatting with it, and the desk formats a time for every row it shows (measured: most
 * of the renderer's own time between a scan and its confirmation went into making formatters).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(language: Language, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${language}|${style}`;
  const known = formatters.get(key);
  if (known instanceof Intl.NumberFormat) return known;
  const made = new Intl.NumberFormat(LOCALES[language], options);
  formatters.set(key, made);
  return made;
}

function dateFormat(language: Language, style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${style}`;
  const known = formatters.get(key);
  if (known instanceof Intl.DateTimeFormat) return known;
  const made = new Intl.DateTimeFormat(LOCALES[language], options);
  formatters.set(key, made);
  return made;
}

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language, 'plain', {}).format(value);
}

export function formatPercent(value: number, language: Language, digits = 1): string {
  return numberFormat(language, `percent${digits}`, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatClock(iso: string, language: Language, seconds = false): string {
  return dateFormat(language, seconds ? 'clockSeconds' : 'clock', {
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
  return dateFormat(language, 'date', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
