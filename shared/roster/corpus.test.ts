// The corpus in tests/fixtures/roster: one file per way a roster arrives broken or odd, each with
// the exact problem it must produce. `previewFixture` also checks, for every file, that nothing
// with an error is imported and that what is imported is clean (see tests/fixtures/roster/support.ts).

import { describe, expect, test } from 'vitest';
import { codeKey } from '../domain/roster/code.js';
import { problem, problemsOf, previewFixture } from '../../tests/fixtures/roster/support.js';

const codes = (rows: readonly { fields: { code: string } }[]) => rows.map((r) => r.fields.code);

describe('files refused as a whole', () => {
  test.each([
    ['empty.csv', 'empty'],
    ['blank-lines.csv', 'empty'],
    ['header-only.csv', 'headerOnly'],
    ['windows-1258.csv', 'notUtf8'],
    ['windows-1252.csv', 'notUtf8'],
    ['binary-junk.csv', 'binary'],
    ['legacy-excel-97.xls', 'legacyXls'],
    ['not-a-zip.xlsx', 'notZip'],
    ['random-bytes.xlsx', 'notZip'],
    ['web-page.xls', 'htmlFile'],
    ['document.pdf', 'unsupportedType'],
  ] as const)('%s: %s', async (name, code) => {
    const result = await previewFixture(name);
    expect(result.fileProblem?.code).toBe(code);
    expect(result.rows).toEqual([]);
  });

  test('a PDF names its extension', async () => {
    expect((await previewFixture('document.pdf')).fileProblem?.params).toEqual({ extension: 'pdf' });
  });

  test('a missing required column is named, and the recognised columns are still shown', async () => {
    const result = await previewFixture('missing-organisation-column.csv');
    expect(result.fileProblem).toEqual({ code: 'missingColumns', params: { fields: 'organisation', count: 1 } });
    expect(result.columns.map((c) => c.field)).toEqual(['code', 'fullName', 'gender']);
    expect(result.totalRows).toBe(1);
  });
});

describe('encodings and CSV dialects', () => {
  test('semicolons, CRLF and a BOM; a comma inside a value stays in it', async () => {
    const result = await previewFixture('semicolon-crlf-bom.csv');
    expect(result.fileProblem).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.fields.code, r.fields.gender, r.fields.birthYear, r.fields.category])).toEqual([
      [2, 'DB001', 'female', 1972, 'elected'],
      [3, 'DB002', 'male', 1968, 'exOfficio'],
      [4, 'DB003', 'female', 1980, 'alternate'],
    ]);
    expect(result.rows[0]?.fields.organisation).toBe('Sở Tài chính, tỉnh Nghệ An');
    // The BOM does not end up in the first heading.
    expect(result.columns[0]).toEqual({ header: 'Mã đại biểu', field: 'code' });
  });

  test('quoted fields with commas, doubled quotes and line breaks; rows counted as Excel shows them', async () => {
    const result = await previewFixture('quoted-multiline.csv');
    expect(result.rows.map((r) => [r.row, r.fields.fullName, r.fields.organisation, r.fields.position])).toEqual([
      [2, 'Nguyễn Văn An', 'Sở Tài chính, tỉnh Nghệ An', 'Giám đốc kiêm Bí thư Đảng ủy'],
      [3, 'Lê Văn "Tư" Hùng', 'Công an tỉnh', 'Phó Giám đốc'],
    ]);
    // Row 2 spans two lines of text, yet DB003 is row 4, as in Excel.
    expect(problemsOf(result)).toEqual([problem(4, 'organisation', 'organisationMissing')]);
  });

  test.each(['unicode-text-utf16le.txt', 'utf16be-bom.csv'])('UTF-16 with a BOM: %s', async (name) => {
    const result = await previewFixture(name);
    expect(result.fileProblem).toBeNull();
    expect(result.rows.map((r) => [r.fields.code, r.fields.fullName, r.fields.ethnicity])).toEqual([
      ['DB001', 'Nguyễn Thị Hồng Khanh', 'Thái'],
      ['DB002', 'Vi Văn Đức', 'Khơ Mú'],
    ]);
  });

  test('an Excel "sep=;" line sets the delimiter and is not a row', async () => {
    const result = await previewFixture('excel-sep-line.csv');
    expect(result.rows.map((r) => [r.row, r.fields.organisation])).toEqual([[2, 'Sở Tài chính, tỉnh Nghệ An']]);
  });

  test('an unquoted comma that shifts a row to the right is an error on that row', async () => {
    const result = await previewFixture('shifted-columns.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(3, null, 'tooManyCells')]);
    expect(result.problems.find((p) => p.code === 'tooManyCells')?.params).toMatchObject({ cells: 5, columns: 4 });
    expect(codes(result.rows)).toEqual(['DB001']);
  });

  test('a quotation mark never closed is reported on its row; rows before it are kept', async () => {
    const result = await previewFixture('unclosed-quote.csv');
    expect(problemsOf(result, 'error')).toContainEqual(problem(3, null, 'unclosedQuote'));
    expect(codes(result.rows)).toEqual(['DB001']);
  });
});

describe('headings', () => {
  test('English headings with odd spacing and case; an unknown column becomes notes', async () => {
    const result = await previewFixture('english-headers-odd-spacing.csv');
    expect(result.columns.map((c) => c.field)).toEqual(['code', 'fullName', 'organisation', 'gender', 'birthYear', 'note', 'category']);
    expect(problemsOf(result)).toEqual([problem(1, null, 'unknownColumn')]);
    expect(result.problems[0]?.params).toEqual({ row: 1, column: 'Phone number' });
    expect(result.rows.map((r) => [r.fields.gender, r.fields.category, r.fields.notes])).toEqual([
      ['male', 'exOfficio', { 'Phone number': '0912 345 678' }],
      ['female', 'guest', {}],
    ]);
  });

  test('title rows above the headings, and a pre-numbered STT column with nothing else, are skipped', async () => {
    const result = await previewFixture('title-rows-and-row-numbers.csv');
    expect(result.columns[0]).toEqual({ header: 'STT', field: null });
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([5]);
    expect(problemsOf(result)).toEqual([problem(4, 'category', 'categoryAssumed'), problem(6, 'organisation', 'organisationMissing')]);
  });

  test('unknown, unnamed and duplicated columns are warnings; their values are kept as notes', async () => {
    const result = await previewFixture('extra-columns.csv');
    expect(problemsOf(result)).toEqual([
      problem(1, null, 'unknownColumn'),
      problem(1, null, 'unnamedColumn'),
      problem(1, 'fullName', 'duplicateColumn'),
      problem(1, null, 'unknownColumn'),
      problem(1, null, 'unknownColumn'),
      problem(1, 'category', 'categoryAssumed'),
    ]);
    expect(result.problems[1]?.params).toEqual({ row: 1, column: 'E' });
    expect(result.rows[0]?.fields.fullName).toBe('Nguyễn Văn An');
    expect(result.rows[0]?.fields.notes).toEqual({
      'Ghi chú': 'Trưởng đoàn',
      'Họ tên': 'Nguyễn V. An',
      'Ghi chú (2)': 'Ăn chay',
      '__proto__ (2)': 'p',
    });
  });
});

describe('row problems', () => {
  test('missing code, name and organisation, each on its row and column', async () => {
    const result = await previewFixture('missing-values.csv');
    expect(problemsOf(result, 'error')).toEqual([
      problem(2, 'code', 'codeMissing'),
      problem(3, 'fullName', 'nameMissing'),
      problem(4, 'organisation', 'organisationMissing'),
      problem(5, 'code', 'codeMissing'),
    ]);
    expect(result.problems.find((p) => p.row === 3)?.params).toEqual({ row: 3, column: 'Họ và tên' });
    expect(codes(result.rows)).toEqual(['DB005']);
  });

  test('a code twice in the file (any case or spacing) is an error on both rows, naming both', async () => {
    const result = await previewFixture('duplicate-codes.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'code', 'codeDuplicate'), problem(4, 'code', 'codeDuplicate')]);
    expect(result.problems.find((p) => p.row === 4)?.params).toEqual({ row: 4, column: 'Mã đại biểu', code: 'db 001', rows: '2, 4', count: 2 });
    expect(codes(result.rows)).toEqual(['DB002']);
  });

  test('a code already on the roster', async () => {
    const result = await previewFixture('semicolon-crlf-bom.csv', new Set([codeKey('db002')]));
    expect(problemsOf(result)).toEqual([problem(3, 'code', 'codeExists')]);
    expect(codes(result.rows)).toEqual(['DB001', 'DB003']);
  });

  test('impossible years of birth', async () => {
    const result = await previewFixture('impossible-birth-year.csv');
    expect(problemsOf(result, 'error')).toEqual([
      problem(2, 'birthYear', 'birthYearRange'),
      problem(3, 'birthYear', 'birthYearRange'),
      problem(4, 'birthYear', 'birthYearFormat'),
      problem(7, 'birthYear', 'birthYearRange'),
    ]);
    expect(result.problems.find((p) => p.row === 2)?.params).toEqual({ row: 2, column: 'Năm sinh', value: 2090, min: 1900, max: 2009 });
    // A full date in the year column gives the year and the date.
    expect(result.rows.map((r) => [r.row, r.fields.birthYear, r.fields.birthDate])).toEqual([
      [5, 1975, null],
      [6, 1990, '1990-05-19'],
    ]);
  });

  test('the youngest possible delegate moves with the reference year', async () => {
    const result = await previewFixture('impossible-birth-year.csv', new Set(), { referenceYear: 2031 });
    expect(problemsOf(result, 'error')).not.toContainEqual(problem(7, 'birthYear', 'birthYearRange'));
  });

  test('categories in any case, with or without diacritics; unknown is an error, empty a warning', async () => {
    const result = await previewFixture('unknown-category.csv');
    expect(problemsOf(result)).toEqual([problem(5, 'category', 'categoryUnknown'), { ...problem(6, 'category', 'categoryMissing') }]);
    expect(result.problems.map((p) => p.severity)).toEqual(['error', 'warning']);
    expect(result.problems[0]?.params).toEqual({ row: 5, column: 'Loại đại biểu', value: 'Quan sát viên' });
    expect(result.rows.map((r) => [r.row, r.fields.category])).toEqual([
      [2, 'elected'],
      [3, 'exOfficio'],
      [4, 'guest'],
      [6, 'elected'],
      [7, 'alternate'],
    ]);
  });

  test('gender words in any case, with or without diacritics; an unknown word is an error', async () => {
    const result = await previewFixture('unknown-gender.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(5, 'gender', 'genderUnknown')]);
    expect(result.problems.find((p) => p.code === 'genderUnknown')?.params['value']).toBe('Khác');
    expect(result.rows.map((r) => r.fields.gender)).toEqual(['female', 'male', 'female', null]);
  });

  test('dates: impossible, malformed, before the 16th birthday, in the future, before the Party existed', async () => {
    const result = await previewFixture('bad-dates.csv');
    expect(problemsOf(result, 'error')).toEqual([
      problem(2, 'birthDate', 'dateImpossible'),
      problem(3, 'partyAdmissionDate', 'dateFormat'),
      problem(4, 'partyAdmissionDate', 'partyBeforeSixteen'),
      problem(5, 'partyAdmissionDate', 'partyInFuture'),
      problem(6, 'partyAdmissionDate', 'partyBeforeFounding'),
      problem(9, 'partyAdmissionDate', 'dateFormat'),
    ]);
    expect(result.problems.find((p) => p.row === 2)?.params).toEqual({ row: 2, column: 'Ngày sinh', value: '31/02/1990' });
    expect(result.problems.find((p) => p.row === 4)?.params).toMatchObject({ value: '01/01/1995', birth: '12/05/1980' });
    // d/m/yyyy and yyyy-mm-dd are both read; admission on the 16th birthday itself is allowed.
    expect(result.rows.map((r) => [r.row, r.fields.birthYear, r.fields.birthDate, r.fields.partyAdmissionDate])).toEqual([
      [7, 1975, '1975-02-03', '1999-09-02'],
      [8, 1980, '1980-05-12', '1996-05-12'],
    ]);
  });

  test('a 10,000-character name is an error, not cut short', async () => {
    const result = await previewFixture('name-10000-chars.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'fullName', 'tooLong')]);
    expect(result.problems.find((p) => p.code === 'tooLong')?.params).toEqual({ row: 2, column: 'Họ và tên', length: 10_000, max: 200 });
    expect(codes(result.rows)).toEqual(['DB002']);
  });

  test('a workbook: numeric codes and years, date cells, a row with a missing name', async () => {
    const result = await previewFixture('roster.xlsx');
    expect(result.fileProblem).toBeNull();
    expect(problemsOf(result)).toEqual([problem(4, 'fullName', 'nameMissing')]);
    expect(result.rows.map((r) => [r.row, r.fields.code, r.fields.birthYear, r.fields.partyAdmissionDate, r.fields.category])).toEqual([
      [2, '1001', 1968, '1995-02-03', 'exOfficio'],
      [3, '1002', 1982, '2010-05-19', 'elected'],
      [5, 'DB004', 1979, '2001-12-22', 'alternate'],
    ]);
  });
});

describe('text kept exactly as meant', () => {
  test('decomposed (NFD) names come out composed (NFC)', async () => {
    const result = await previewFixture('nfd-names.csv');
    expect(result.rows.map((r) => [r.fields.fullName, r.fields.organisation])).toEqual([
      ['Nguyễn Thị Hồng Khanh'.normalize('NFC'), 'Ủy ban Kiểm tra Đảng ủy Khối'.normalize('NFC')],
      ['Đỗ Quỳnh Hương'.normalize('NFC'), 'Sở Văn hóa và Thể thao'.normalize('NFC')],
    ]);
  });

  test('invisible direction marks and zero-width spaces are removed', async () => {
    const result = await previewFixture('bidi-marks.csv');
    expect(result.rows.map((r) => [r.fields.code, r.fields.fullName, r.fields.organisation])).toEqual([
      ['DB001', 'Nguyễn Văn An', 'Văn phòng'],
      ['DB002', 'Lê Thị Hà', 'Sở Tư pháp'],
    ]);
  });

  test('markup in names is plain text, kept as typed', async () => {
    const result = await previewFixture('markup-in-names.csv');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.rows.map((r) => [r.fields.fullName, r.fields.organisation])).toEqual([
      ['<script>alert("x")</script>', 'Văn phòng'],
      ['<b>Trần Thị Bình</b>', '<img src=x onerror=alert(1)>'],
      ['Nguyễn Văn &amp; An', 'Sở Tư pháp'],
    ]);
  });

  test('cells starting with = + - @ are text, never evaluated', async () => {
    const result = await previewFixture('formula-cells.csv');
    expect(result.rows.map((r) => r.fields)).toMatchObject([
      {
        code: '=1+1',
        fullName: '=HYPERLINK("http://example.invalid","Nguyễn Văn An")',
        organisation: '@SUM(A1:A9)',
        position: '+84 912 345 678',
        ethnicity: '-',
      },
    ]);
  });
});
