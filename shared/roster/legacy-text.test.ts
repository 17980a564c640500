// Rosters typed in TCVN3 or VNI: as CSV in the legacy bytes, as CSV UTF-8 of a sheet typed in a
// legacy font, and as xlsx. The preview converts them, says so with the first row and column
// where it saw them, and shows the converted names; Unicode rosters are never touched.

import { describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { ROSTER_CORPUS, preview, previewFixture, utf8 } from '../../tests/fixtures/roster/support.js';
import { latin1Bytes, toTcvn3, toVni } from '../../tests/fixtures/legacy-encode.js';

const ROWS = [
  ['Mã đại biểu', 'Họ và tên', 'Đơn vị', 'Giới tính', 'Loại đại biểu'],
  ['DB001', 'Nguyễn Văn Đức', 'Đảng bộ Sở Y tế', 'Nam', 'Bầu'],
  ['DB002', 'Trần Thị Hương', 'Đảng bộ Sở Y tế', 'Nữ', 'Dự khuyết'],
  ['DB003', 'Lê Hoàng Phương', 'Chi bộ Văn phòng', 'Nam', 'Khách mời'],
] as const;

const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
const delegates = (result: Awaited<ReturnType<typeof preview>>) =>
  result.rows.map((r) => [r.fields.fullName, r.fields.organisation, r.fields.gender, r.fields.category]);
const EXPECTED = [
  ['Nguyễn Văn Đức', 'Đảng bộ Sở Y tế', 'male', 'elected'],
  ['Trần Thị Hương', 'Đảng bộ Sở Y tế', 'female', 'alternate'],
  ['Lê Hoàng Phương', 'Chi bộ Văn phòng', 'male', 'guest'],
];

describe('TCVN3', () => {
  test('a CSV saved in TCVN3 bytes, headers included, is converted and the preview says where it was seen', async () => {
    const bytes = latin1Bytes(toTcvn3(csvText(ROWS)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await preview(bytes, 'tcvn3.csv');
    expect(result.fileProblem).toBeNull();
    expect(result.problems).toEqual([]);
    expect(delegates(result)).toEqual(EXPECTED);
    expect(result.columns.map((c) => c.header)).toEqual(ROWS[0]);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Họ và tên' });
  });

  test('names in TCVN3 under Unicode headers, in an xlsx; numbers stay numbers', async () => {
    const data = [
      ['Mã đại biểu', 'Họ và tên', 'Đơn vị', 'Năm sinh'].map((value) => ({ value })),
      ...ROWS.slice(1).map(([code, name, organisation], i) => [
        { value: code },
        { value: toTcvn3(name) },
        { value: toTcvn3(organisation) },
        { value: 1970 + i },
      ]),
    ];
    const bytes = new Uint8Array(await writeExcelFile(data).toBuffer());
    const result = await preview(bytes, 'tcvn3.xlsx');
    expect(result.rows.map((r) => [r.fields.fullName, r.fields.birthYear])).toEqual([
      ['Nguyễn Văn Đức', 1970],
      ['Trần Thị Hương', 1971],
      ['Lê Hoàng Phương', 1972],
    ]);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Họ và tên' });
  });

  test('split name columns in TCVN3 are converted, then joined', async () => {
    const text = toTcvn3(csvText([['Mã', 'Họ và tên đệm', 'Tên', 'Đơn vị'], ['DB001', 'Nguyễn Văn', 'Đức', 'Sở Y tế'], ['DB002', 'Trần Thị', 'Hương', 'Sở Y tế']]));
    const result = await preview(latin1Bytes(text), 'split.csv');
    expect(result.rows.map((r) => r.fields.fullName)).toEqual(['Nguyễn Văn Đức', 'Trần Thị Hương']);
    expect(result.legacyText?.encoding).toBe('tcvn3');
    expect(result.legacyText?.row).toBe(2);
  });
});

describe('VNI', () => {
  test('a CSV UTF-8 saved from a sheet typed in VNI-Times is converted', async () => {
    const rows = [ROWS[0], ...ROWS.slice(1).map((row) => row.map(toVni))];
    const result = await preview(utf8('\uFEFF' + csvText(rows)), 'vni.csv');
    expect(result.problems).toEqual([]);
    expect(delegates(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'vni', row: 2, column: 'Họ và tên' });
  });

  test('a CSV in VNI bytes is converted', async () => {
    const result = await preview(latin1Bytes(toVni(csvText(ROWS))), 'vni-ansi.csv');
    expect(delegates(result)).toEqual(EXPECTED);
    expect(result.legacyText?.encoding).toBe('vni');
  });
});

describe('files that are not legacy text', () => {
  test('a Unicode roster is not flagged and not changed', async () => {
    const result = await preview(utf8(csvText(ROWS)), 'unicode.csv');
    expect(result.legacyText).toBeNull();
    expect(delegates(result)).toEqual(EXPECTED);
  });

  test('Windows-1258 stays refused: read as Windows-1252 it is no Vietnamese in either encoding', async () => {
    expect((await previewFixture('windows-1258.csv')).fileProblem?.code).toBe('notUtf8');
  });

  test.each(ROSTER_CORPUS.files())('corpus file %s is not flagged', async (name) => {
    expect((await previewFixture(name)).legacyText).toBeNull();
  });
});
