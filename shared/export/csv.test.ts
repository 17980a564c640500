import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutraliseFormula, toCsv } from './csv.js';
import { readCsv } from '../import/csv.js';
import { decodeText } from '../import/sniff.js';

describe('neutralising spreadsheet formulas', () => {
  it.each([
    ['=HYPERLINK("http://x","bấm")', `'=HYPERLINK("http://x","bấm")`],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('%j gets a leading apostrophe', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['Nguyễn Văn An', 'Sở Tài chính', 'a=b', 'x-y', "'quoted", '', '07:30', ' =1'])('%j stays as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('writing CSV', () => {
  it('quotes only cells that need it, doubling quotes, after defusing', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('a, b', ';')).toBe('a, b');
    expect(csvCell('a; b', ';')).toBe('"a; b"');
    expect(csvCell('Tham luận "Chuyển đổi số"')).toBe('"Tham luận ""Chuyển đổi số"""');
    expect(csvCell('hai\ndòng')).toBe('"hai\ndòng"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('writes a BOM, CRLF line ends and a final line end', () => {
    const text = toCsv([
      ['STT', 'Họ và tên'],
      ['1', 'Nguyễn Văn An'],
    ]);
    expect(text).toBe(`${BOM}STT,Họ và tên\r\n1,Nguyễn Văn An\r\n`);
    expect(toCsv([['a']], { bom: false, separator: ';' })).toBe('a\r\n');
  });

  it('reads back through the roster reader to the same cells, apostrophes aside', () => {
    const rows = [
      ['Người phát biểu', 'Tiêu đề'],
      ['Trần Thị Bình', 'Về "kỷ cương"; tài chính, ngân sách'],
      ['=cmd|\' /C calc\'!A0', 'hai\r\ndòng'],
    ];
    for (const separator of [',', ';'] as const) {
      const bytes = new TextEncoder().encode(toCsv(rows, { separator }));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const decoded = decodeText(bytes);
      if (decoded.kind !== 'text') throw new Error('not text');
      const table = readCsv(decoded.text.replace(/^\uFEFF/, ''));
      expect(table.rows.slice(0, 3)).toEqual([rows[0], rows[1], ["'=cmd|' /C calc'!A0", 'hai\r\ndòng']]);
    }
  });
});
