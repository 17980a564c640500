// Lists of prepared contributions typed in TCVN3 or VNI: as CSV in the legacy bytes, as CSV UTF-8
// of a sheet typed in a legacy font, and as xlsx. The preview converts names and titles, says so
// with the first row and column where it saw them, and leaves Unicode lists alone.

import { describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { codeKey } from '../domain/roster/code.js';
import { previewSpeechImport, type SpeechImportContext, type SpeechImportPreview } from './import.js';
import { latin1Bytes, toTcvn3, toVni } from '../../tests/fixtures/legacy-encode.js';
import { AGENDA_CORPUS } from '../../tests/fixtures/agenda/support.js';

const CONTEXT: SpeechImportContext = {
  delegatesByCode: new Map([
    [codeKey('DB013'), { id: 'd13', fullName: 'Trần Thị Hương' }],
    [codeKey('DB014'), { id: 'd14', fullName: 'Nguyễn Văn Đức' }],
  ]),
  registered: new Set(),
};

const HEADER = ['STT', 'Mã đại biểu', 'Họ và tên', 'Chức vụ', 'Tên tham luận', 'Thời lượng'] as const;
const ROWS = [
  ['1', 'DB013', 'Trần Thị Hương', '', 'Nâng cao chất lượng sinh hoạt chi bộ', '7'],
  ['2', 'DB014', 'Nguyễn Văn Đức', '', 'Chuyển đổi số trong công tác văn phòng', '5'],
  ['3', '', 'Lê Hoàng Phương', 'Giám đốc Sở Y tế', 'Chăm sóc sức khỏe cho người dân', '6'],
] as const;

const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);
const preview = (bytes: Uint8Array, name: string) => previewSpeechImport(bytes, name, CONTEXT);
const listed = (result: SpeechImportPreview) =>
  result.rows.map((r) => [r.row, r.name, r.fields.speaker.kind === 'guest' ? r.fields.speaker.title : '', r.fields.title, r.fields.limitSeconds]);
const EXPECTED = [
  [2, 'Trần Thị Hương', '', 'Nâng cao chất lượng sinh hoạt chi bộ', 420],
  [3, 'Nguyễn Văn Đức', '', 'Chuyển đổi số trong công tác văn phòng', 300],
  [4, 'Lê Hoàng Phương', 'Giám đốc Sở Y tế', 'Chăm sóc sức khỏe cho người dân', 360],
];

describe('TCVN3', () => {
  test('a CSV saved in TCVN3 bytes, headings included, is converted and the preview says where it was seen', async () => {
    const bytes = latin1Bytes(toTcvn3(csvText([HEADER, ...ROWS])));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await preview(bytes, 'tham-luan.csv');
    expect(result.fileProblem).toBeNull();
    // The names match the roster once converted: only the guest is reported.
    expect(result.problems.map((p) => `${p.row} ${p.code}`)).toEqual(['4 guest']);
    expect(listed(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Họ và tên' });
  });

  test('titles in TCVN3 under Unicode headings, in an xlsx; minutes stay numbers', async () => {
    const data = [
      HEADER.map((value) => ({ value })),
      ...ROWS.map(([number, code, name, position, title, minutes]) => [
        { value: Number(number) },
        { value: code },
        { value: toTcvn3(name) },
        { value: toTcvn3(position) },
        { value: toTcvn3(title) },
        { value: Number(minutes) },
      ]),
    ];
    const result = await preview(new Uint8Array(await writeExcelFile(data).toBuffer()), 'tham-luan.xlsx');
    expect(listed(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Họ và tên' });
  });

  test('a list without names, whose first legacy words are a title, says that column', async () => {
    const rows = [['Mã đại biểu', 'Tên tham luận'], ['DB013', toTcvn3('Nâng cao chất lượng sinh hoạt chi bộ')], ['DB014', toTcvn3('Chuyển đổi số')]];
    const result = await preview(utf8(csvText(rows)), 'tham-luan.csv');
    expect(result.rows.map((r) => r.fields.title)).toEqual(['Nâng cao chất lượng sinh hoạt chi bộ', 'Chuyển đổi số']);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Tên tham luận' });
  });
});

describe('VNI', () => {
  test('a CSV UTF-8 saved from a sheet typed in VNI-Times is converted', async () => {
    const result = await preview(utf8('\uFEFF' + csvText([HEADER, ...ROWS.map((row) => row.map(toVni))])), 'tham-luan.csv');
    expect(listed(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'vni', row: 2, column: 'Họ và tên' });
  });

  test('a CSV in VNI bytes, headings included, is converted', async () => {
    const result = await preview(latin1Bytes(toVni(csvText([HEADER, ...ROWS]))), 'tham-luan.csv');
    expect(listed(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'vni', row: 2, column: 'Họ và tên' });
  });
});

describe('lists that are not legacy text', () => {
  test('a Unicode list is not flagged and not changed', async () => {
    const result = await preview(utf8(csvText([HEADER, ...ROWS])), 'tham-luan.csv');
    expect(result.legacyText).toBeNull();
    expect(listed(result)).toEqual(EXPECTED);
  });

  test('a CSV in Windows-1258, which reads as neither encoding, stays refused as not UTF-8', async () => {
    const result = await preview(AGENDA_CORPUS.fixture('windows-1258.csv'), 'tham-luan.csv');
    expect(result.fileProblem).toEqual({ source: 'reader', problem: { code: 'notUtf8', params: {} } });
    expect(result.legacyText).toBeNull();
  });
});
