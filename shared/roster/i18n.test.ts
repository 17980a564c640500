// The import messages in both languages: the same keys, a message for every code, and every
// problem the importer really produces renders with all its placeholders filled.

import { readdirSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { LANGUAGES } from '../domain/congress/model.js';
import { MAX_ROSTER } from '../domain/roster/commands.js';
import importEn from '../i18n/import/en.json' with { type: 'json' };
import importVi from '../i18n/import/vi.json' with { type: 'json' };
import { resources } from '../i18n/resources.js';
import { describeFileProblem, describeLegacyText, describeRowProblem } from './messages.js';
import { FILE_PROBLEM_CODES, ROSTER_FIELDS, ROW_PROBLEM_CODES, type FileProblem, type RowProblem } from './problems.js';
import { FIXTURES, fixture, preview, utf8 } from '../../tests/fixtures/roster/support.js';

/** Every key path of a nested locale object, e.g. `row.codeMissing`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

function leaf(locale: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined), locale);
}

const LOCALES = { vi: importVi, en: importEn } as const;

describe('locale files', () => {
  test('vi and en have the same keys, none containing a dot', () => {
    expect(keyPaths(importEn).sort()).toEqual(keyPaths(importVi).sort());
    const keys = (value: unknown): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)]) : [];
    expect(keys(importVi).filter((k) => k.includes('.'))).toEqual([]);
  });

  test.each(LANGUAGES)('%s has a message for every code and a name for every column', (language) => {
    const locale = LOCALES[language];
    for (const code of FILE_PROBLEM_CODES) expect(leaf(locale, `file.${code}`), code).toEqual(expect.any(String));
    for (const code of ROW_PROBLEM_CODES) expect(leaf(locale, `row.${code}`), code).toEqual(expect.any(String));
    for (const field of ROSTER_FIELDS) expect(leaf(locale, `columns.${field}`), field).toEqual(expect.any(String));
    expect(keyPaths(locale.file)).toHaveLength(FILE_PROBLEM_CODES.length);
    expect(keyPaths(locale.row)).toHaveLength(ROW_PROBLEM_CODES.length);
  });

  test('a message uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    for (const path of keyPaths(importVi)) expect(placeholders(leaf(importEn, path)), path).toEqual(placeholders(leaf(importVi, path)));
  });

  test('the resources register the import messages under "import"', () => {
    expect(resources.vi.translation.import).toBe(importVi);
    expect(resources.en.translation.import).toBe(importEn);
  });
});

/** Real problems: the whole corpus plus the cases that need generated input. */
async function producedProblems(): Promise<{ files: FileProblem[]; rows: RowProblem[] }> {
  const previews = [];
  // template-syntax.csv holds "{{" and "$t(import." in its cells on purpose: hostile.test.ts checks
  // that they come out literally, which would trip the leftover-placeholder check below.
  for (const name of readdirSync(FIXTURES).filter((n) => !/\.(mjs|ts)$/.test(n) && n !== 'template-syntax.csv')) previews.push(await preview(fixture(name), name));
  const workbook = fixture('roster.xlsx');
  const twoSheets = new Uint8Array(
    await writeExcelFile([
      { sheet: 'Hướng dẫn', data: [['Điền ở trang sau']] },
      { sheet: 'Danh sách', data: [['Mã đại biểu', 'Họ và tên', 'Đơn vị'], ['DB001', 'An', 'VP']] },
    ]).toBuffer(),
  );
  const bomb = workbook.slice();
  const view = new DataView(bomb.buffer);
  let end = bomb.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  view.setUint32(view.getUint32(end + 16, true) + 24, 0xfffffff0, true);
  const wide = Array.from({ length: 201 }, (_, i) => `Cột ${i}`).join(',');
  const manyNotes = Array.from({ length: 31 }, (_, i) => `Thông tin ${i}`);
  previews.push(
    await preview(new Uint8Array(11 * 1024 * 1024), 'huge.csv'),
    await preview(workbook.subarray(0, 1000), 'cut.xlsx'),
    await preview(bomb, 'bomb.xlsx'),
    await preview(twoSheets, 'two.xlsx'),
    await preview(utf8(`Mã đại biểu,Họ và tên,Đơn vị,${wide}\nDB001,An,VP\n`), 'wide.csv'),
    await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị\nDB001,An,VP\n'), 'x.csv', new Set(Array.from({ length: MAX_ROSTER }, (_, i) => `${i}`))),
    await preview(fixture('semicolon-crlf-bom.csv'), 'x.csv', new Set(['db001'])),
    await preview(utf8(`Mã đại biểu,Họ và tên,Đơn vị,${manyNotes.join(',')}\nDB001,An,VP\n`), 'x.csv'),
    await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị,Năm sinh,Ngày sinh\nDB001,An,VP,1976,03/02/1975\n'), 'x.csv'),
    await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị,Năm sinh\nDB001,An,VP,2150\n'), 'x.csv', new Set(), { referenceYear: 2200 }),
    await preview(utf8('Mã đại biểu,Họ và tên,Tên,Đơn vị\nDB001,Lê An,An,VP\n'), 'x.csv'),
    await preview(utf8('Mã đại biểu,Họ đệm,Tên,Đơn vị\nDB001,Lê,,VP\n'), 'x.csv'),
  );
  return {
    files: previews.flatMap((p) => (p.fileProblem === null ? [] : [p.fileProblem])),
    rows: previews.flatMap((p) => p.problems),
  };
}

describe('messages of real problems', async () => {
  const produced = await producedProblems();

  test('the tests above produce every code at least once', () => {
    expect(new Set(produced.files.map((p) => p.code))).toEqual(new Set(FILE_PROBLEM_CODES));
    expect(new Set(produced.rows.map((p) => p.code))).toEqual(new Set(ROW_PROBLEM_CODES));
  });

  test.each(LANGUAGES)('every one renders in %s with all its placeholders filled', async (language) => {
    const i18n = i18next.createInstance();
    // Values are shown as text by React; escaping here would turn "&" in a name into "&amp;".
    await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
    const t = (key: string, params: Record<string, string | number>) => i18n.t(key, params);
    const texts = [...produced.files.map((p) => describeFileProblem(p, t)), ...produced.rows.map((p) => describeRowProblem(p, t))];
    // i18next leaves a placeholder it has no value for as written, so a leftover "{{" is a missing param.
    for (const text of texts) expect(text).not.toMatch(/\{\{|import\.|undefined/);

    const year = produced.rows.find((p) => p.code === 'birthYearRange' && p.params['value'] === 2090);
    const columns = produced.files.find((p) => p.code === 'missingColumns' && p.params['fields'] === 'organisation');
    const large = produced.files.find((p) => p.code === 'tooLarge');
    if (year === undefined || columns === undefined || large === undefined) throw new Error('corpus changed');
    if (language === 'vi') {
      expect(describeRowProblem(year, t)).toBe('Dòng 2, cột «Năm sinh»: năm 2090 không hợp lệ (năm sinh phải từ 1900 đến 2009).');
      expect(describeFileProblem(columns, t)).toContain('Không tìm thấy cột bắt buộc: «Đơn vị».');
      expect(describeFileProblem(large, t)).toContain('Tệp có dung lượng 11 MB, vượt quá giới hạn 10 MB.');
    } else {
      expect(describeRowProblem(year, t)).toBe('Row 2, column “Năm sinh”: the year 2090 is not valid (a year of birth must be from 1900 to 2009).');
      expect(describeFileProblem(columns, t)).toContain('Required columns not found: “Organisation”.');
    }
  });
});

describe('the notice of a converted file', () => {
  test.each([
    ['vi', 'tcvn3', 'Tên trong tệp này có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime), phát hiện đầu tiên ở dòng 2, cột «Họ và tên».'],
    ['vi', 'vni', 'Tên trong tệp này có vẻ được gõ bằng bảng mã VNI (phông VNI-Times), phát hiện đầu tiên ở dòng 2, cột «Họ và tên».'],
    ['en', 'tcvn3', 'Names in this file look like TCVN3 (ABC, .VnTime font) text, first seen in row 2, column “Họ và tên”.'],
    ['en', 'vni', 'Names in this file look like VNI (VNI-Times font) text, first seen in row 2, column “Họ và tên”.'],
  ] as const)('%s, %s', async (language, encoding, start) => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
    const text = describeLegacyText({ encoding, row: 2, column: 'Họ và tên' }, (key, params) => i18n.t(key, params));
    expect(text.startsWith(start)).toBe(true);
    expect(text).toContain('Unikey');
  });
});
