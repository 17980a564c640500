import { describe, expect, it, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { codeKey } from '../domain/roster/code.js';
import { LANGUAGES } from '../domain/congress/model.js';
import { resources } from '../i18n/resources.js';
import { columnOf, previewAgenda, rosterLookup, MAX_AGENDA_FILE_BYTES } from './import.js';
import { kindFromTitle, readDuration, readKind, readTime } from './values.js';
import { agendaTemplateFile } from './template-file.js';
import { AGENDA_FILE_PROBLEM_CODES, AGENDA_ROW_PROBLEM_CODES, type AgendaPreview } from './problems.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = (...lines: string[]) => utf8('\uFEFF' + lines.join('\r\n') + '\r\n');

const ROSTER = rosterLookup(
  [
    { id: 'd1', code: 'DB001', fullName: 'Cao Minh Thịnh' },
    { id: 'd2', code: 'DB002', fullName: 'Nguyễn Đức Cường' },
    { id: 'd3', code: 'DB003', fullName: 'Nguyễn Văn An' },
    { id: 'd4', code: 'DB004', fullName: 'Nguyễn Văn An' },
  ],
  codeKey,
);

const preview = (bytes: Uint8Array, name = 'chuong-trinh.csv') => previewAgenda(bytes, name, ROSTER);
const problems = (p: AgendaPreview) => p.problems.map((x) => `${x.row} ${x.code}${x.params['value'] === undefined ? '' : ` ${String(x.params['value'])}`}`);
const outline = (p: AgendaPreview) =>
  p.items.flatMap((i) => [`${i.fields.title} ${i.fields.fixedStart ?? '-'} ${i.fields.durationMinutes}`, ...i.subItems.map((s) => `  ${s.fields.title} ${s.fields.durationMinutes}`)]);

describe('reading cells', () => {
  it('reads times as offices write them, ranges too, and refuses impossible ones', () => {
    expect(readTime('07:30')).toEqual({ kind: 'time', start: '07:30', minutes: null });
    expect(readTime('7h30')).toEqual({ kind: 'time', start: '07:30', minutes: null });
    expect(readTime('7h')).toEqual({ kind: 'time', start: '07:00', minutes: null });
    expect(readTime('7 giờ 30')).toEqual({ kind: 'time', start: '07:30', minutes: null });
    expect(readTime('7h30 - 8h00')).toEqual({ kind: 'time', start: '07:30', minutes: 30 });
    expect(readTime('14:00–14:45')).toEqual({ kind: 'time', start: '14:00', minutes: 45 });
    expect(readTime('7h30 đến 8h')).toEqual({ kind: 'time', start: '07:30', minutes: 30 });
    expect(readTime(0.5)).toEqual({ kind: 'time', start: '12:00', minutes: null });
    expect(readTime(new Date(Date.UTC(1899, 11, 30, 8, 15)))).toEqual({ kind: 'time', start: '08:15', minutes: null });
    expect(readTime('')).toEqual({ kind: 'none' });
    for (const bad of ['25:00', '7:75', 'sáng', '8h - 7h', '1.5']) expect(readTime(bad), bad).toEqual({ kind: 'format' });
  });

  it('reads durations in minutes, with or without a unit', () => {
    expect(['15', '15 phút', "15'", '15 min', '1h30', '1:30', '45p'].map((v) => readDuration(v))).toEqual([15, 15, 15, 15, 90, 90, 45]);
    expect(readDuration(20)).toBe(20);
    expect(readDuration('')).toBe('none');
    expect(readDuration('mười lăm')).toBeNull();
    expect(['1h70', '2:60'].map((v) => readDuration(v))).toEqual([null, null]);
    expect(readDuration(2.5)).toBeNull();
  });

  it('reads kinds in Vietnamese and English, and guesses one from a title only when the column is empty', () => {
    expect(['Nghi lễ', 'BÁO CÁO', 'thao luan', 'Election', 'Giải lao', 'vote'].map(readKind)).toEqual(['ceremony', 'report', 'discussion', 'election', 'break', 'vote']);
    expect(readKind('Hòa nhạc')).toBeNull();
    expect(['Giải lao', 'Báo cáo chính trị', 'Tham luận của Sở Y tế', 'Bầu Ban Chấp hành', 'Diễn văn bế mạc', 'Tuyên bố lý do'].map(kindFromTitle)).toEqual([
      'break', 'report', 'discussion', 'election', 'speech', 'procedure',
    ]);
  });

  it('matches headings however they are written, in either language', () => {
    expect(['NỘI DUNG', 'noi dung', 'Title', 'STT', 'Thời lượng (phút)', 'Người trình bày', 'Ghi chú nội bộ', 'Giờ'].map(columnOf)).toEqual([
      'title', 'title', 'title', 'number', 'duration', 'presenter', 'notes', 'start',
    ]);
    expect(columnOf('Màu áo')).toBeNull();
  });
});

describe('the agenda file preview', () => {
  it('groups sub-items under their item by number, finds presenters on the roster, and keeps notes apart', async () => {
    const result = await preview(
      csv(
        'STT;Thời gian;Thời lượng;Nội dung;Loại;Người trình bày;Chức vụ;Mô tả;Ghi chú nội bộ',
        '1;08:00;5;Chào cờ;Nghi lễ;;;;Đứng nghiêm',
        '2;;;Thảo luận;;;;;',
        '2.1;;7;Tham luận Sở Y tế;Thảo luận;db001;;Phát trực tiếp;',
        '2.2;;6;Tham luận Sở Tài chính;;Nguyễn Đức Cường;;;',
        '3;9h30 - 9h45;;Giải lao;;;;;',
        '4;;30;Phát biểu chỉ đạo;Phát biểu;Nguyễn Văn Lâm;Bí thư Tỉnh ủy;;',
      ),
    );
    expect(result.fileProblem).toBeNull();
    expect(outline(result)).toEqual([
      'Chào cờ 08:00 5',
      'Thảo luận - 0',
      '  Tham luận Sở Y tế 7',
      '  Tham luận Sở Tài chính 6',
      'Giải lao 09:30 15',
      'Phát biểu chỉ đạo - 30',
    ]);
    const [flag, discussion, , speech] = result.items;
    expect(flag?.fields).toMatchObject({ kind: 'ceremony', notes: 'Đứng nghiêm', description: '' });
    expect(discussion?.subItems.map((s) => s.fields.presenter)).toEqual([
      { kind: 'delegate', delegateId: 'd1' },
      { kind: 'delegate', delegateId: 'd2' },
    ]);
    expect(discussion?.subItems[0]?.fields.description).toBe('Phát trực tiếp');
    expect(result.items[2]?.fields.kind).toBe('break');
    expect(speech?.fields.presenter).toEqual({ kind: 'guest', name: 'Nguyễn Văn Lâm', title: 'Bí thư Tỉnh ủy' });
    // The guest is named as such; an item whose sub-items carry the times needs no length.
    expect(problems(result)).toEqual(['7 presenterAsGuest Nguyễn Văn Lâm']);
  });

  it('names each bad cell by row and column and leaves that row out, with its sub-items', async () => {
    const result = await preview(
      csv(
        'STT,Nội dung,Loại,Giờ,Số phút',
        '1,Khai mạc,Phát biểu,8h,15',
        '2,Báo cáo,Tường thuật,,20',
        '2.1,Thuộc mục lỗi,Báo cáo,,5',
        '3,,Thủ tục,,5',
        '4,Giờ sai,Thủ tục,25h,5',
        '5,Thời lượng sai,Thủ tục,,mười',
        '6,Không ghi thời lượng,Thủ tục,,',
        '7,Mục thường,Thủ tục,,5',
      ),
    );
    expect(problems(result)).toEqual([
      '3 kindUnknown Tường thuật',
      '5 titleMissing',
      '6 startFormat 25h',
      '7 durationFormat mười',
      '8 durationMissing',
    ]);
    expect(result.problems.find((p) => p.code === 'kindUnknown')?.params).toEqual({ row: 3, column: 'Loại', value: 'Tường thuật' });
    expect(outline(result)).toEqual(['Khai mạc 08:00 15', 'Không ghi thời lượng - 0', 'Mục thường - 5']);
    expect(result.totalRows).toBe(8);
  });

  it('takes a name two delegates share as a guest rather than guessing which one', async () => {
    const result = await preview(csv('Nội dung,Người trình bày,Thời lượng', 'Báo cáo,Nguyễn Văn An,10'));
    expect(result.items[0]?.fields.presenter).toEqual({ kind: 'guest', name: 'Nguyễn Văn An', title: '' });
  });

  it('reads bullets as sub-items when there is no number column, and refuses a sub-item before any item', async () => {
    const bullets = await preview(csv('Nội dung;Thời lượng', 'Bầu cử;', '- Bầu Ban Chấp hành;50', '+ Bầu đoàn đại biểu;40', 'Bế mạc;10'));
    expect(outline(bullets)).toEqual(['Bầu cử - 0', '  Bầu Ban Chấp hành 50', '  Bầu đoàn đại biểu 40', 'Bế mạc - 10']);
    const orphan = await preview(csv('STT;Nội dung;Thời lượng', '1.1;Mồ côi;5', '1;Mục;5'));
    expect(problems(orphan)).toEqual(['2 subItemFirst 1.1']);
    expect(outline(orphan)).toEqual(['Mục - 5']);
  });

  it('finds the heading row below a title, ignores unknown columns, and reads a workbook the same way', async () => {
    const rows = [
      ['CHƯƠNG TRÌNH ĐẠI HỘI', '', '', ''],
      ['TT', 'Nội dung', 'Thời lượng', 'Màu sắc'],
      ['1', 'Khai mạc', 15, 'đỏ'],
    ];
    const fromCsv = await preview(csv(...rows.map((r) => r.join(';'))));
    expect(outline(fromCsv)).toEqual(['Khai mạc - 15']);
    expect(problems(fromCsv)).toEqual(['2 unknownColumn']);
    const workbook = new Uint8Array(
      await writeExcelFile(rows.map((r) => r.map((value) => ({ value, type: typeof value === 'number' ? Number : String })))).toBuffer(),
    );
    const fromXlsx = await preview(workbook, 'chuong-trinh.xlsx');
    expect(outline(fromXlsx)).toEqual(outline(fromCsv));
  });

  it('refuses what is not an agenda with a reason', async () => {
    expect((await preview(new Uint8Array())).fileProblem?.code).toBe('empty');
    expect((await preview(csv('Họ và tên;Đơn vị', 'A;B'))).fileProblem?.code).toBe('missingTitleColumn');
    expect((await preview(csv('STT;Nội dung;Thời lượng'))).fileProblem?.code).toBe('headerOnly');
    expect((await preview(new Uint8Array([0xc4, 0xe9, 0x20, 0x68, 0xe9, 0x69]))).fileProblem?.code).toBe('notUtf8');
    expect((await preview(utf8('<html><table></table></html>'), 'x.xls')).fileProblem?.code).toBe('htmlFile');
    expect((await preview(new Uint8Array(MAX_AGENDA_FILE_BYTES + 1))).fileProblem?.code).toBe('tooLarge');
    const many = ['Nội dung;Thời lượng', ...Array.from({ length: 1001 }, (_, i) => `Mục ${i};1`)];
    expect((await preview(csv(...many))).fileProblem).toEqual({ code: 'tooManyRows', params: { count: 1001, max: 1000 } });
  });
});

describe('the agenda template file', () => {
  test.each(LANGUAGES)('imports as written, with no problem (%s)', async (language) => {
    const file = agendaTemplateFile(language);
    const result = await preview(utf8(file.content), file.fileName);
    expect(result.fileProblem).toBeNull();
    expect(result.problems.filter((p) => p.code !== 'presenterAsGuest')).toEqual([]);
    expect(result.items.map((i) => i.subItems.length)).toEqual([0, 0, 2, 0, 0]);
    expect(result.items[1]?.fields.presenter).toEqual({ kind: 'delegate', delegateId: 'd1' });
    expect(result.items[3]?.fields).toMatchObject({ kind: 'break', fixedStart: '10:00', durationMinutes: 15 });
  });
});

describe('agenda import messages', () => {
  test.each(LANGUAGES)('has a message for every code (%s)', (language) => {
    const locale = resources[language].translation.agenda.import;
    for (const code of AGENDA_FILE_PROBLEM_CODES) expect(Object.entries(locale.file).find(([k]) => k === code)?.[1], code).toEqual(expect.any(String));
    for (const code of AGENDA_ROW_PROBLEM_CODES) expect(Object.entries(locale.row).find(([k]) => k === code)?.[1], code).toEqual(expect.any(String));
    expect(Object.keys(locale.file)).toHaveLength(AGENDA_FILE_PROBLEM_CODES.length);
    expect(Object.keys(locale.row)).toHaveLength(AGENDA_ROW_PROBLEM_CODES.length);
  });
});
