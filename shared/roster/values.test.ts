import { describe, expect, test } from 'vitest';
import { meaningOf } from './headers.js';
import { readCategory, readDate, readGender } from './values.js';

describe('dates', () => {
  test.each([
    ['03/02/1990', '1990-02-03'],
    ['3/2/1990', '1990-02-03'],
    ['03.02.1990', '1990-02-03'],
    ['03-02-1990', '1990-02-03'],
    ['1990-02-03', '1990-02-03'],
    ['1990-2-3', '1990-02-03'],
    ['1990-02-03T00:00:00Z', '1990-02-03'],
    ['29/02/2000', '2000-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(readDate(text)).toEqual({ kind: 'date', iso });
  });

  test.each(['31/02/1990', '29/02/1900', '00/01/1990', '12/13/1990'])('%s does not exist', (text) => {
    expect(readDate(text)).toEqual({ kind: 'impossible' });
  });

  test.each(['1990', '3/2/90', 'February 3, 1990', '1990/02/03', '03/02/1990 extra', ''])('%s is not a date', (text) => {
    expect(readDate(text)).toEqual({ kind: 'format' });
  });

  test('workbook dates and serials', () => {
    expect(readDate(new Date(Date.UTC(1975, 1, 3)))).toEqual({ kind: 'date', iso: '1975-02-03' });
    expect(readDate(36_526)).toEqual({ kind: 'date', iso: '2000-01-01' });
    expect(readDate(1.5)).toEqual({ kind: 'format' });
    expect(readDate(new Date(Number.NaN))).toEqual({ kind: 'format' });
  });
});

test.each([
  ['Nam', 'male'],
  ['NAM', 'male'],
  [' male ', 'male'],
  ['Nữ', 'female'],
  ['nu', 'female'],
  ['NỮ'.normalize('NFD'), 'female'],
  ['Female', 'female'],
  ['Khác', null],
  ['Nam/Nữ', null],
])('gender %s', (text, gender) => {
  expect(readGender(text)).toBe(gender);
});

test.each([
  ['Bầu', 'elected'],
  ['bau', 'elected'],
  ['Đương nhiên', 'exOfficio'],
  ['DUONG NHIEN', 'exOfficio'],
  ['ex-officio', 'exOfficio'],
  ['Chỉ định', 'appointed'],
  ['appointed', 'appointed'],
  ['Đại biểu dự khuyết', 'alternate'],
  ['Alternate', 'alternate'],
  ['Khách mời', 'guest'],
  ['khach moi', 'guest'],
  ['Guest', 'guest'],
  ['Chính thức', null],
])('category %s', (text, category) => {
  expect(readCategory(text)).toBe(category);
});

test.each([
  ['Mã đại biểu', 'code'],
  ['MÃ  ĐẠI  BIỂU', 'code'],
  ['Ngày/tháng/năm sinh', 'birthDate'],
  ['Lí luận chính trị', 'politicalTheory'],
  ['STT', 'rowNumber'],
  ['#', 'rowNumber'],
  ['Số điện thoại', null],
  ['Tên', 'givenName'],
])('heading %s', (heading, meaning) => {
  expect(meaningOf(heading)).toBe(meaning);
});
