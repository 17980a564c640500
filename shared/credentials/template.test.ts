import { describe, expect, it } from 'vitest';
import { fillReportTemplate, placeholderValues, PLACEHOLDERS } from './template.js';
import { bandLabel, shareLabel } from './labels.js';
import { credentialsFigures } from '../domain/credentials/report.js';
import { defaultReportTemplate } from '../domain/credentials/default-template.js';
import { handDesk } from '../../tests/support/credentials.js';
import { LANGUAGES } from '../domain/congress/model.js';

const figures = credentialsFigures(handDesk().state, 'am');

describe('the report wording with its figures', () => {
  it('fills the placeholders in Vietnamese', () => {
    const filled = fillReportTemplate('Có mặt {present} đồng chí ({presentPercent}), vắng {absent}.\n\nNữ: {women} ({womenPercent}).', figures, 'vi');
    expect(filled).toEqual({ paragraphs: ['Có mặt 5 đồng chí (62,5%), vắng 3.', 'Nữ: 2 (33,3%).'], unknown: [] });
  });

  it('fills the same placeholders in English', () => {
    const filled = fillReportTemplate('Present: {present} ({presentPercent}); verified {verified} ({verifiedPercent}).', figures, 'en');
    expect(filled.paragraphs).toEqual(['Present: 5 (62.5%); verified 6 (75.0%).']);
  });

  it('names people with their reasons and the alternates seated', () => {
    const vi = placeholderValues(figures, 'vi');
    expect(vi.notEligibleList).toBe('đồng chí Nguyễn Văn C02 (Chi bộ C): Đang bị đình chỉ sinh hoạt đảng');
    expect(vi.alternatesList).toBe('đồng chí Nguyễn Văn ALT1 thay đồng chí Nguyễn Văn C02 (Chi bộ C), lý do: không đủ tư cách');
    expect(vi.youngest).toBe('đồng chí Nguyễn Văn ALT1 (Chi bộ C), 31 tuổi');
    expect(vi.longestServing).toBe('đồng chí Nguyễn Văn B01 (Chi bộ B), 38 năm tuổi đảng');
    expect(vi.ageBands).toBe('Dưới 35 tuổi: 2 (33,3%); Từ 35 đến 50 tuổi: 1 (16,7%); Từ 51 đến 60 tuổi: 1 (16,7%); Từ 61 tuổi trở lên: 1 (16,7%); Chưa rõ năm sinh: 1 (16,6%)');
    expect(vi.minorityList).toBe('Khơ Mú 1; Thái 1');
    const en = placeholderValues(figures, 'en');
    expect(en.oldest).toBe('Nguyễn Văn B01 (Chi bộ B), aged 61');
    expect(en.educationList).toBe('Doctorate: 1 (16.7%); Master\'s degree: 2 (33.3%); University degree: 2 (33.3%); Not stated: 1 (16.7%)');
  });

  it('leaves an unknown placeholder as written and names it', () => {
    const filled = fillReportTemplate('Có mặt {presnt} và {present}; {presnt} lần nữa.', figures, 'vi');
    expect(filled).toEqual({ paragraphs: ['Có mặt {presnt} và 5; {presnt} lần nữa.'], unknown: ['presnt'] });
  });

  it.each(LANGUAGES)('uses only known placeholders in the standard %s wording, and fills them all', (language) => {
    const standard = defaultReportTemplate(language);
    const filled = fillReportTemplate(standard, figures, language);
    expect(filled.unknown).toEqual([]);
    expect(filled.paragraphs.join('\n')).not.toMatch(/\{[A-Za-z]+\}/);
    expect(filled.paragraphs.length).toBeGreaterThanOrEqual(8);
  });

  it('has a value for every placeholder, in both languages', () => {
    for (const language of LANGUAGES) {
      const values = placeholderValues(figures, language);
      for (const key of PLACEHOLDERS) expect(values[key], `${language} ${key}`).not.toBe('');
    }
  });

  it('names shares and bands in either language', () => {
    expect(shareLabel('gender', 'female', 'vi')).toBe('Nữ');
    expect(shareLabel('education', 'other:Trung cấp nghề', 'en')).toBe('Trung cấp nghề');
    expect(bandLabel('age', { kind: 'band', from: 61, to: null }, 'en')).toBe('61 and over');
    expect(bandLabel('membership', { kind: 'band', from: null, to: 9 }, 'vi')).toBe('Dưới 10 năm');
  });
});
