import type { Language } from '../domain/congress/model.js';
import { localeOf } from '../i18n/format.js';

/**
 * The values of the place-and-date line under the header ("Nghệ An, ngày 23 tháng 7 năm 2020").
 * Vietnamese administrative style (Nghị định 30/2020/NĐ-CP, Phụ lục I) writes a day below 10 and
 * the months January and February with a leading zero: "ngày 05 tháng 02 năm 2021", but
 * "tháng 7" and "tháng 12". English writes the month's name: "23 July 2020".
 */
export type DateLineValues = Readonly<{ day: string; month: string; year: string }>;

export function dateLineValues(isoDate: string, language: Language): DateLineValues | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  switch (language) {
    case 'vi':
      return {
        day: day < 10 ? `0${day}` : String(day),
        month: month <= 2 ? `0${month}` : String(month),
        year: String(year),
      };
    case 'en':
      return {
        day: String(day),
        month: new Intl.DateTimeFormat(localeOf('en'), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day))),
        year: String(year),
      };
  }
}

/** The translation function the date line needs: the key and its values. */
export type Translate = (key: string, values: Readonly<Record<string, string>>) => string;

/** The whole line in the document's language; without a place, only the date. */
export function documentDateLine(place: string, isoDate: string, language: Language, t: Translate): string {
  const values = dateLineValues(isoDate, language);
  if (!values) return place;
  return place.trim() === '' ? t('print.dateLine.withoutPlace', values) : t('print.dateLine.withPlace', { ...values, place: place.trim() });
}
