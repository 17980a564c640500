import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../domain/congress/model.js';
import { TEMPLATE_FIELDS, rosterTemplate } from './template.js';
import { preview, utf8 } from '../../tests/fixtures/roster/support.js';

describe.each(LANGUAGES)('the %s template', (language) => {
  const template = rosterTemplate(language);

  test('is CSV UTF-8 as Excel writes it: a BOM, CRLF line ends, a heading row and two examples', () => {
    expect(template.content.startsWith('\uFEFF')).toBe(true);
    expect(template.content.endsWith('\r\n')).toBe(true);
    expect(template.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(template.content.split('\r\n').filter((line) => line !== '')).toHaveLength(3);
    expect(template.fileName).toMatch(/^[a-z-]+\.csv$/);
  });

  test('is read back by the importer: every column recognised, both examples imported', async () => {
    const result = await preview(utf8(template.content), template.fileName);
    expect(result.fileProblem).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.columns.map((c) => c.field)).toEqual([...TEMPLATE_FIELDS]);
    expect(result.rows.map((r) => [r.row, r.fields.code, r.fields.gender, r.fields.category, r.fields.partyAdmissionDate])).toEqual([
      [2, 'DB001', 'male', 'exOfficio', '1995-02-03'],
      [3, 'DB002', 'female', 'elected', '2010-05-19'],
    ]);
  });
});

test('the two templates differ in their headings', () => {
  const [vi, en] = [rosterTemplate('vi'), rosterTemplate('en')];
  expect(vi.content.split('\r\n')[0]).toContain('Mã đại biểu');
  expect(en.content.split('\r\n')[0]).toContain('Delegate code');
  expect(vi.fileName).not.toBe(en.fileName);
});
