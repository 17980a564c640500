// Agendas typed in TCVN3 or VNI: as CSV in the legacy bytes, as CSV UTF-8 of a sheet typed in a
// legacy font, and as xlsx. The preview converts them, says so with the first row and column where
// it saw them, and shows the converted titles; Unicode agendas (the corpus, the demo congress's
// agenda, the template) are never flagged nor changed.

import { describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { LANGUAGES } from '../domain/congress/model.js';
import { DEMO_AGENDA, type DemoAgendaEntry, type DemoPresenter } from '../demo/agenda.js';
import { toCsv } from '../export/csv.js';
import { agendaTemplateFile } from './template-file.js';
import { AGENDA_CORPUS, imported, preview, previewFixture, utf8 } from '../../tests/fixtures/agenda/support.js';
import { latin1Bytes, toTcvn3, toVni } from '../../tests/fixtures/legacy-encode.js';

const HEADER = ['STT', 'Thời gian', 'Thời lượng', 'Nội dung', 'Người trình bày', 'Chức vụ', 'Ghi chú'] as const;
const ITEMS = [
  ['1', '07:30', '5', 'Chào cờ, hát Quốc ca', '', '', ''],
  ['2', '07:35', '15', 'Diễn văn khai mạc Đại hội', 'Nguyễn Văn Đức', 'Bí thư Đảng ủy', 'Đọc chậm, rõ ràng'],
  ['3', '', '', 'Thảo luận văn kiện', '', '', ''],
  ['3.1', '', '10', 'Tham luận về công tác cán bộ', 'Trần Thị Hương', 'Trưởng ban Tổ chức', ''],
] as const;
const ROWS = [HEADER, ...ITEMS];

const csvText = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
const outline = (result: Awaited<ReturnType<typeof preview>>) =>
  imported(result).map(({ row, fields }) => [row, fields.title, fields.presenter?.kind === 'guest' ? `${fields.presenter.name}, ${fields.presenter.title}` : '', fields.notes]);
const EXPECTED = [
  [2, 'Chào cờ, hát Quốc ca', '', ''],
  [3, 'Diễn văn khai mạc Đại hội', 'Nguyễn Văn Đức, Bí thư Đảng ủy', 'Đọc chậm, rõ ràng'],
  [4, 'Thảo luận văn kiện', '', ''],
  [5, 'Tham luận về công tác cán bộ', 'Trần Thị Hương, Trưởng ban Tổ chức', ''],
];

describe('TCVN3', () => {
  test('a CSV saved in TCVN3 bytes, headings included, is converted and the preview says where it was seen', async () => {
    const bytes = latin1Bytes(toTcvn3(csvText(ROWS)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await preview(bytes, 'chuong-trinh.csv');
    expect(result.fileProblem).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['presenterAsGuest', 'presenterAsGuest']);
    expect(outline(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Nội dung' });
  });

  test('titles in TCVN3 under Unicode headings, in an xlsx; durations stay numbers', async () => {
    const data = [
      HEADER.map((value) => ({ value })),
      ...ITEMS.map(([number, start, minutes, title, presenter, position, notes]) => [
        { value: number },
        { value: start },
        minutes === '' ? null : { value: Number(minutes) },
        { value: toTcvn3(title) },
        { value: toTcvn3(presenter) },
        { value: toTcvn3(position) },
        { value: toTcvn3(notes) },
      ]),
    ];
    const result = await preview(new Uint8Array(await writeExcelFile(data).toBuffer()), 'chuong-trinh.xlsx');
    // "Ghi chú", a Unicode heading of Latin-1 letters only, is not read as TCVN3 ("Ghi chỳ").
    expect(result.problems.map((p) => p.code)).toEqual(['presenterAsGuest', 'presenterAsGuest']);
    expect(outline(result)).toEqual(EXPECTED);
    expect(imported(result).map((i) => i.fields.durationMinutes)).toEqual([5, 15, 0, 10]);
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Nội dung' });
  });

  test('an agenda whose first legacy words are a presenter\'s says that column', async () => {
    const rows = [HEADER, ['1', '', '5', 'Khai mac', toTcvn3('Nguyễn Văn Đức'), toTcvn3('Bí thư'), ''], ...ITEMS.slice(1).map((r) => r.map(toTcvn3))];
    const result = await preview(utf8(csvText(rows)), 'chuong-trinh.csv');
    expect(result.legacyText).toEqual({ encoding: 'tcvn3', row: 2, column: 'Người trình bày' });
    expect(imported(result)[0]?.fields.presenter).toEqual({ kind: 'guest', name: 'Nguyễn Văn Đức', title: 'Bí thư' });
  });
});

describe('VNI', () => {
  test('a CSV UTF-8 saved from a sheet typed in VNI-Times is converted', async () => {
    const rows = [HEADER, ...ITEMS.map((row) => row.map(toVni))];
    const result = await preview(utf8('\uFEFF' + csvText(rows)), 'chuong-trinh.csv');
    expect(outline(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'vni', row: 2, column: 'Nội dung' });
  });

  test('a CSV in VNI bytes, headings included, is converted', async () => {
    const result = await preview(latin1Bytes(toVni(csvText(ROWS))), 'chuong-trinh.csv');
    expect(outline(result)).toEqual(EXPECTED);
    expect(result.legacyText).toEqual({ encoding: 'vni', row: 2, column: 'Nội dung' });
  });
});

describe('agendas that are not legacy text', () => {
  test('a Unicode agenda is not flagged and not changed', async () => {
    const result = await preview(utf8(csvText(ROWS)), 'chuong-trinh.csv');
    expect(result.legacyText).toBeNull();
    expect(outline(result)).toEqual(EXPECTED);
  });

  test('a CSV in Windows-1258, which reads as neither encoding, stays refused as not UTF-8', async () => {
    expect((await previewFixture('windows-1258.csv')).fileProblem?.code).toBe('notUtf8');
  });

  test.each(AGENDA_CORPUS.files())('corpus file %s is not flagged', async (name) => {
    expect((await previewFixture(name)).legacyText).toBeNull();
  });

  test.each(LANGUAGES)('the demo congress\'s agenda in %s, written to a CSV, is not flagged and reads back as it is', async (language) => {
    const presenter = (p: DemoPresenter) => (p === null ? ['', ''] : 'code' in p ? [p.code, ''] : [p.name, p.title[language]]);
    const lines = (entry: DemoAgendaEntry, number: string): string[][] => [
      [number, String(entry.minutes), entry.title[language], ...presenter(entry.presenter), entry.description?.[language] ?? '', entry.notes?.[language] ?? ''],
      ...(entry.subItems ?? []).map((sub, i) => lines(sub, `${number}.${i + 1}`)).flat(),
    ];
    const entries = Object.values(DEMO_AGENDA).flat();
    const rows = [['STT', 'Thời lượng', 'Nội dung', 'Người trình bày', 'Chức vụ', 'Mô tả', 'Ghi chú'], ...entries.flatMap((entry, i) => lines(entry, String(i + 1)))];
    const result = await preview(utf8(toCsv(rows)), 'demo.csv');
    expect(result.legacyText).toBeNull();
    const titles = entries.flatMap((e) => [e.title[language], ...(e.subItems ?? []).map((s) => s.title[language])]);
    expect(titles.length).toBeGreaterThan(10);
    expect(imported(result).map((i) => i.fields.title)).toEqual(titles);
  });

  test.each(LANGUAGES)('the agenda template in %s is not flagged', async (language) => {
    const template = agendaTemplateFile(language);
    expect((await preview(utf8(template.content), template.fileName)).legacyText).toBeNull();
  });
});
