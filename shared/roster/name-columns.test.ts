// Rosters with the name in two or three columns ("Họ và tên đệm" + "Tên", "Họ" + "Tên đệm" +
// "Tên", "Surname" + "Given name"): joined in Vietnamese order into the full name.

import { describe, expect, test } from 'vitest';
import { meaningOf } from './headers.js';
import { preview, problemsOf, utf8 } from '../../tests/fixtures/roster/support.js';

const csv = (...lines: string[]) => utf8(lines.join('\r\n') + '\r\n');
/** The problems a test is about: none of these files has a category column, which is said once on row 1. */
const problems = (result: Awaited<ReturnType<typeof preview>>) => problemsOf(result).filter((p) => p.code !== 'categoryAssumed');
const names = (result: Awaited<ReturnType<typeof preview>>) => result.rows.map((r) => [r.row, r.fields.fullName]);

describe('headings of the parts of a name', () => {
  test.each([
    ['Họ và tên đệm', 'familyName'],
    ['HỌ VÀ TÊN ĐỆM', 'familyName'],
    ['Ho va ten dem', 'familyName'],
    ['Họ đệm', 'familyName'],
    ['Họ và chữ đệm', 'familyName'],
    ['Họ', 'familyName'],
    ['  họ  ', 'familyName'],
    ['Surname', 'familyName'],
    ['Family name', 'familyName'],
    ['Last name', 'familyName'],
    ['Tên đệm', 'middleName'],
    ['Chữ đệm', 'middleName'],
    ['ten  dem', 'middleName'],
    ['Middle name', 'middleName'],
    ['Tên', 'givenName'],
    ['TÊN', 'givenName'],
    ['Given name', 'givenName'],
    ['First name', 'givenName'],
    ['first-name', 'givenName'],
    ['Họ và tên', 'fullName'],
    ['Tên đại biểu', 'fullName'],
  ])('%s', (heading, meaning) => {
    expect(meaningOf(heading)).toBe(meaning);
  });
});

describe('joining', () => {
  test('"Họ và tên đệm" and "Tên": two columns make the full name', async () => {
    const result = await preview(
      csv('Mã đại biểu;Họ và tên đệm;Tên;Đơn vị', 'DB001;Nguyễn Văn;Đức;Sở Y tế', 'DB002;Trần Thị;Hương;Sở Y tế'),
      'two.csv',
    );
    expect(result.fileProblem).toBeNull();
    expect(problems(result)).toEqual([]);
    expect(names(result)).toEqual([
      [2, 'Nguyễn Văn Đức'],
      [3, 'Trần Thị Hương'],
    ]);
    expect(result.columns.map((c) => c.field)).toEqual(['code', 'familyName', 'givenName', 'organisation']);
    // The parts are the name: nothing of them is kept twice as a note.
    expect(result.rows[0]?.fields.notes).toEqual({});
  });

  test('"Họ", "Tên đệm", "Tên" in any order, with extra spaces and decomposed letters: single spaces, NFC', async () => {
    const result = await preview(
      csv(
        'Tên,Mã,Họ,Tên đệm,Đơn vị',
        `Phương,DB001,  Lê ,${'Hoàng'.normalize('NFD')},Sở Y tế`,
        'Khanh,DB002,Nguyễn,Thị  Hồng,Sở Y tế',
        'Hoa,DB003,Lò,,Sở Giáo dục',
      ),
      'three.csv',
    );
    expect(problems(result)).toEqual([]);
    expect(names(result)).toEqual([
      [2, 'Lê Hoàng Phương'],
      [3, 'Nguyễn Thị Hồng Khanh'],
      [4, 'Lò Hoa'],
    ]);
    expect(result.rows[0]?.fields.fullName).toBe('Lê Hoàng Phương'.normalize('NFC'));
  });

  test('English headings, two and three columns', async () => {
    const three = await preview(csv('Code,Surname,Middle name,Given name,Organisation', 'E1,Trần,Thị,Hương,Department of Health'), 'en3.csv');
    expect(names(three)).toEqual([[2, 'Trần Thị Hương']]);
    const two = await preview(csv('Code,Family name,First name,Unit', 'E2,Smith,John,Embassy'), 'en2.csv');
    expect(names(two)).toEqual([[2, 'Smith John']]);
  });

  test('a row without a given name is a problem naming its row and the given-name column, and is left out', async () => {
    const result = await preview(csv('Mã;Họ đệm;Tên;Đơn vị', 'DB001;Nguyễn Văn;Đức;Sở Y tế', 'DB002;Trần Thị;;Sở Y tế'), 'gap.csv');
    expect(problems(result)).toEqual([{ row: 3, field: 'fullName', code: 'givenNameMissing' }]);
    expect(result.problems.find((p) => p.code === 'givenNameMissing')?.params).toEqual({ row: 3, column: 'Tên' });
    expect(names(result)).toEqual([[2, 'Nguyễn Văn Đức']]);
  });

  test('a joined name that is too long names the columns it was joined from', async () => {
    const result = await preview(csv('Mã;Họ đệm;Tên;Đơn vị', `DB001;${'Nguyễn '.repeat(30)};Đức;Sở Y tế`), 'long.csv');
    expect(problems(result)).toEqual([{ row: 2, field: 'fullName', code: 'tooLong' }]);
    expect(result.problems.find((p) => p.code === 'tooLong')?.params['column']).toBe('Họ đệm + Tên');
  });

  test('a full-name column wins: the parts are kept as notes, and the user is told', async () => {
    const result = await preview(csv('Mã;Họ và tên;Họ;Tên;Đơn vị', 'DB001;Nguyễn Văn Đức;Nguyễn;Đức;Sở Y tế'), 'both.csv');
    expect(names(result)).toEqual([[2, 'Nguyễn Văn Đức']]);
    expect(problems(result)).toEqual([
      { row: 1, field: 'fullName', code: 'namePartIgnored' },
      { row: 1, field: 'fullName', code: 'namePartIgnored' },
    ]);
    expect(result.problems.filter((p) => p.code === 'namePartIgnored').map((p) => p.params['column'])).toEqual(['Họ', 'Tên']);
    expect(result.rows[0]?.fields.notes).toEqual({ Họ: 'Nguyễn', Tên: 'Đức' });
  });

  test('a family name without a given-name column makes no name: the full name is missing', async () => {
    const result = await preview(csv('Mã;Họ đệm;Đơn vị', 'DB001;Nguyễn Văn;Sở Y tế'), 'half.csv');
    expect(result.fileProblem).toEqual({ code: 'missingColumns', params: { fields: 'fullName', count: 1 } });
  });

  test('a second given-name column is kept as a note', async () => {
    const result = await preview(csv('Mã;Họ;Tên;Tên;Đơn vị', 'DB001;Lê;Phương;Phượng;Sở Y tế'), 'twice.csv');
    expect(names(result)).toEqual([[2, 'Lê Phương']]);
    expect(problems(result)).toEqual([{ row: 1, field: 'fullName', code: 'duplicateColumn' }]);
  });

  test('"Họ và tên" merged over two columns named in the row below: that row is part of the headings', async () => {
    const result = await preview(
      csv('DANH SÁCH ĐẠI BIỂU;;;;', 'STT;Mã đại biểu;Họ và tên;;Đơn vị', ';;Họ đệm;Tên;', '1;DB001;Nguyễn Văn;Đức;Sở Y tế', '2;DB002;Lò;;Sở Giáo dục'),
      'merged.csv',
    );
    expect(result.columns.map((c) => [c.header, c.field])).toEqual([
      ['STT', null],
      ['Mã đại biểu', 'code'],
      ['Họ đệm', 'familyName'],
      ['Tên', 'givenName'],
      ['Đơn vị', 'organisation'],
    ]);
    expect(names(result)).toEqual([[4, 'Nguyễn Văn Đức']]);
    expect(problems(result)).toEqual([{ row: 5, field: 'fullName', code: 'givenNameMissing' }]);
    expect(result.totalRows).toBe(2);
  });

  test('a first data row is never taken for headings', async () => {
    const result = await preview(csv('Mã;Họ;Tên;Đơn vị', 'DB001;Lê;Tên;Sở Y tế'), 'data.csv');
    expect(names(result)).toEqual([[2, 'Lê Tên']]);
  });

  test('rows with only a name part are data rows, and report the missing code', async () => {
    const result = await preview(csv('STT;Mã;Họ đệm;Tên;Đơn vị', '1;;;An;Sở Y tế', '2;;;;'), 'parts.csv');
    expect(result.totalRows).toBe(1);
    expect(problems(result)).toEqual([{ row: 2, field: 'code', code: 'codeMissing' }]);
  });
});
