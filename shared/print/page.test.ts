import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { DEFAULT_MARGINS, cssString, formatMargins, pageCounterContent, pageStyleSheet, parseMargins } from './page.js';
import { dateLineValues, documentDateLine } from './date-line.js';
import { resources } from '../i18n/resources.js';

describe('page margins', () => {
  it('default to the Vietnamese office format', () => {
    // Nghị định 30/2020/NĐ-CP: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    expect(DEFAULT_MARGINS).toEqual({ top: 20, right: 15, bottom: 20, left: 30 });
  });

  it('read and write in CSS order, millimetres', () => {
    expect(formatMargins({ top: 25, right: 20, bottom: 22, left: 35 })).toBe('25,20,22,35');
    expect(parseMargins('25, 20, 22, 35')).toEqual({ top: 25, right: 20, bottom: 22, left: 35 });
  });

  it.each(['', '20,15,20', '20,15,20,30,1', '20,15,20,x', '20,15,20,-3', '20,15,20,2.5', '4,15,20,30', '20,15,20,61'])('refuse %j', (text) => {
    expect(parseMargins(text)).toBeNull();
  });
});

describe('the page-number box', () => {
  it('turns the translated template into CSS counters', () => {
    expect(pageCounterContent('Trang {{page}}/{{pages}}')).toBe('"Trang " counter(page) "/" counter(pages)');
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('{{ page }}')).toBe('counter(page)');
  });

  it('escapes what would end the CSS string', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
    expect(pageCounterContent('"} body { color: red }')).toBe('"\\"} body { color: red }"');
  });

  it('puts A4, the margins and the numbers into one @page rule', () => {
    const css = pageStyleSheet({ margins: { top: 25, right: 20, bottom: 22, left: 35 }, pageNumber: 'Trang {{page}}/{{pages}}', fontFamily: "'Tinos', serif" });
    expect(css).toContain('size: A4 portrait;');
    expect(css).toContain('margin: 25mm 20mm 22mm 35mm;');
    expect(css).toContain('@bottom-center {');
    expect(css).toContain('content: "Trang " counter(page) "/" counter(pages);');
  });
});

describe('the place-and-date line', () => {
  const t = i18next.createInstance();
  void t.init({ resources, lng: 'vi', initAsync: false, interpolation: { escapeValue: false } });
  const line = (place: string, date: string, language: 'vi' | 'en') =>
    documentDateLine(place, date, language, (key, values) => t.t(key, { ...values, lng: language }));

  it('writes the Vietnamese administrative date', () => {
    expect(line('Nghệ An', '2020-07-23', 'vi')).toBe('Nghệ An, ngày 23 tháng 7 năm 2020');
    expect(line('Nghệ An', '2020-12-31', 'vi')).toBe('Nghệ An, ngày 31 tháng 12 năm 2020');
  });

  it('puts a zero before a day below 10 and before January and February', () => {
    expect(dateLineValues('2021-02-05', 'vi')).toEqual({ day: '05', month: '02', year: '2021' });
    expect(line('Hà Nội', '2021-01-09', 'vi')).toBe('Hà Nội, ngày 09 tháng 01 năm 2021');
    expect(line('Hà Nội', '2021-03-09', 'vi')).toBe('Hà Nội, ngày 09 tháng 3 năm 2021');
    expect(line('Hà Nội', '2021-10-10', 'vi')).toBe('Hà Nội, ngày 10 tháng 10 năm 2021');
  });

  it('writes the English equivalent', () => {
    expect(line('Nghệ An', '2020-07-23', 'en')).toBe('Nghệ An, 23 July 2020');
    expect(line('Nghệ An', '2021-02-05', 'en')).toBe('Nghệ An, 5 February 2021');
  });

  it('prints only the date when the congress has no place', () => {
    expect(line('  ', '2020-07-23', 'vi')).toBe('Ngày 23 tháng 7 năm 2020');
    expect(line('', '2020-07-23', 'en')).toBe('23 July 2020');
  });

  it('keeps the place alone when the date is missing', () => {
    expect(line('Nghệ An', '', 'vi')).toBe('Nghệ An');
  });
});
