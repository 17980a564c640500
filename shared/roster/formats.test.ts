// Files too big to commit, workbooks built on the spot, and the limits of the importer.

import { describe, expect, test } from 'vitest';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { MAX_ROSTER } from '../domain/roster/commands.js';
import { LIMITS } from '../domain/roster/model.js';
import { MAX_ROSTER_FILE_BYTES, PROGRESS_EVERY, previewRoster } from './import.js';
import { MAX_COLUMNS } from './headers.js';
import { TODAY, fixture, preview, problem, problemsOf, utf8 } from '../../tests/fixtures/roster/support.js';

const HEADER = 'Mã đại biểu,Họ và tên,Đơn vị,Giới tính,Năm sinh,Ngày vào Đảng,Loại đại biểu';

function rosterCsv(count: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= count; i++) {
    const code = `DB${String(i).padStart(5, '0')}`;
    lines.push(`${code},Nguyễn Văn Số ${i},Chi bộ ${i % 64},${i % 2 === 0 ? 'Nữ' : 'Nam'},${1960 + (i % 40)},03/02/${2000 + (i % 20)},Bầu`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function xlsx(data: SheetData): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(data).toBuffer());
}

describe('size', () => {
  test('5,000 rows preview with progress reports along the way', async () => {
    const calls: [number, number][] = [];
    const started = performance.now();
    const result = await previewRoster(utf8(rosterCsv(5_000)), 'big.csv', new Set(), (done, total) => calls.push([done, total]), { today: TODAY });
    const elapsed = performance.now() - started;
    // Printed, not asserted: wall-clock limits make tests flaky (see docs on benchmarks).
    console.info(`5,000-row CSV previewed in ${elapsed.toFixed(0)} ms`);
    expect(result.fileProblem).toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(5_000);
    expect(result.rows.at(-1)?.row).toBe(5_001);
    expect(calls.length).toBeGreaterThanOrEqual(5_000 / PROGRESS_EVERY);
    expect(calls.at(-1)).toEqual([5_000, 5_000]);
    expect(calls.every(([done, total], i) => total === 5_000 && done >= (calls[i - 1]?.[0] ?? 0))).toBe(true);
  });

  test.each([11, 50])('a file of %i MB, over the limit, is refused before it is read', async (megabytes) => {
    const bytes = new Uint8Array(megabytes * 1024 * 1024).fill(0x41);
    expect(bytes.byteLength).toBeGreaterThan(MAX_ROSTER_FILE_BYTES);
    const result = await preview(bytes, 'huge.csv');
    expect(result.fileProblem).toEqual({ code: 'tooLarge', params: { size: megabytes, max: 10 } });
  });

  test('a million empty lines are skipped, and later rows keep their true row numbers', async () => {
    const text = `${HEADER}\nDB001,Nguyễn Văn An,Văn phòng,,,,\n${'\n'.repeat(1_000_000)}DB002,Trần Thị Bình,Sở Tư pháp,,,,\n`;
    const result = await preview(utf8(text), 'sparse.csv');
    expect(result.totalRows).toBe(2);
    expect(result.rows.map((r) => r.row)).toEqual([2, 1_000_003]);
  });

  test('more rows than a roster may hold, counting those already on it', async () => {
    const existing = new Set(Array.from({ length: MAX_ROSTER - 1 }, (_, i) => `x${i}`));
    const result = await preview(utf8(rosterCsv(2)), 'two.csv', existing);
    expect(result.fileProblem).toEqual({ code: 'tooManyRows', params: { count: 2, existing: MAX_ROSTER - 1, max: MAX_ROSTER } });
  });

  test('a heading row wider than any roster', async () => {
    const header = ['Mã đại biểu', 'Họ và tên', 'Đơn vị', ...Array.from({ length: MAX_COLUMNS }, (_, i) => `Cột ${i}`)];
    const result = await preview(utf8(`${header.join(',')}\nDB001,An,VP\n`), 'wide.csv');
    expect(result.fileProblem?.code).toBe('tooManyColumns');
  });

  test('note columns beyond the limit are ignored with a warning', async () => {
    const extra = Array.from({ length: LIMITS.notes + 1 }, (_, i) => `Thông tin ${i + 1}`);
    const text = `Mã đại biểu,Họ và tên,Đơn vị,${extra.join(',')}\nDB001,An,VP,${extra.map((_, i) => i + 1).join(',')}\n`;
    const result = await preview(utf8(text), 'notes.csv');
    expect(problemsOf(result)).toContainEqual(problem(1, null, 'noteColumnsLimit'));
    expect(Object.keys(result.rows[0]?.fields.notes ?? {})).toHaveLength(LIMITS.notes);
    expect(result.columns.at(-1)).toEqual({ header: `Thông tin ${LIMITS.notes + 1}`, field: null });
  });
});

describe('workbooks', () => {
  test('title rows above the headings keep Excel row numbers; dates and serials are read', async () => {
    const bytes = await xlsx([
      ['DANH SÁCH ĐẠI BIỂU', null, null, null, null],
      [null, null, null, null, null],
      ['Mã đại biểu', 'Họ và tên', 'Đơn vị', 'Ngày sinh', 'Ngày vào Đảng'],
      ['DB001', 'Nguyễn Văn An', 'Văn phòng', { value: new Date(Date.UTC(1975, 1, 3)), type: Date, format: 'dd/mm/yyyy' }, 36_526],
      ['DB002', 'Trần Thị Bình', null, 1980, null],
    ]);
    const result = await preview(bytes, 'ds.xlsx');
    expect(result.rows.map((r) => [r.row, r.fields.birthYear, r.fields.birthDate, r.fields.partyAdmissionDate])).toEqual([
      // 36,526 is Excel's serial for 1 January 2000.
      [4, 1975, '1975-02-03', '2000-01-01'],
    ]);
    expect(problemsOf(result, 'error')).toEqual([problem(5, 'organisation', 'organisationMissing')]);
  });

  test('the first sheet that looks like a roster is read, and the user is told which', async () => {
    const bytes = new Uint8Array(
      await writeExcelFile([
        { sheet: 'Hướng dẫn', data: [['Điền danh sách ở trang sau'], ['Mỗi đại biểu một dòng']] },
        { sheet: 'Danh sách', data: [['Mã đại biểu', 'Họ và tên', 'Đơn vị'], ['DB001', 'Nguyễn Văn An', 'Văn phòng']] },
      ]).toBuffer(),
    );
    const result = await preview(bytes, 'ds.xlsx');
    expect(result.problems[0]).toEqual({
      row: 1,
      field: null,
      code: 'sheetUsed',
      params: { row: 1, sheet: 'Danh sách', count: 2 },
      severity: 'warning',
    });
    expect(result.rows.map((r) => r.fields.code)).toEqual(['DB001']);
  });

  test('a workbook named .csv is read as a workbook', async () => {
    const result = await preview(fixture('roster.xlsx'), 'roster.csv');
    expect(result.fileProblem).toBeNull();
    expect(result.rows).toHaveLength(3);
  });

  test('a truncated workbook cannot be read', async () => {
    const whole = fixture('roster.xlsx');
    const result = await preview(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.xlsx');
    expect(result.fileProblem?.code).toBe('xlsxUnreadable');
  });

  test('a workbook declaring an enormous unpacked size is refused before unpacking', async () => {
    const bytes = fixture('roster.xlsx').slice();
    const view = new DataView(bytes.buffer);
    // The first central directory entry's uncompressed size, set to almost 4 GB.
    let entry = bytes.length - 22;
    while (view.getUint32(entry, true) !== 0x06054b50) entry--;
    const directory = view.getUint32(entry + 16, true);
    view.setUint32(directory + 24, 0xfffffff0, true);
    const result = await preview(bytes, 'bomb.xlsx');
    expect(result.fileProblem?.code).toBe('xlsxTooLarge');
  });
});

describe('headings and values', () => {
  test.each([
    ['Họ tên', 'Code', 'Unit'],
    ['Name', 'Mã', 'Cơ quan'],
    ['Họ và tên / Full name', 'Mã đại biểu (*)', 'Đơn vị (bắt buộc)'],
    ['HO VA TEN', 'MA DAI BIEU', 'DON VI'],
  ])('synonyms: %s, %s, %s', async (name, code, unit) => {
    const result = await preview(utf8(`${code},${name},${unit}\nDB001,Nguyễn Văn An,Văn phòng\n`), 'x.csv');
    expect(result.columns.map((c) => c.field)).toEqual(['code', 'fullName', 'organisation']);
    expect(result.rows).toHaveLength(1);
  });

  test('tab-separated text', async () => {
    const result = await preview(utf8('Mã đại biểu\tHọ và tên\tĐơn vị\nDB001\tNguyễn Văn An\tSở Tài chính, tỉnh Nghệ An\n'), 'x.txt');
    expect(result.rows[0]?.fields.organisation).toBe('Sở Tài chính, tỉnh Nghệ An');
  });

  test('UTF-16 without a BOM is recognised by its zero bytes', async () => {
    const text = 'Mã đại biểu,Họ và tên,Đơn vị\r\nDB001,Nguyễn Văn An,Văn phòng\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const result = await preview(le, 'x.csv');
    expect(result.rows.map((r) => r.fields.fullName)).toEqual(['Nguyễn Văn An']);
  });

  test('year and date of birth that disagree', async () => {
    const result = await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị,Năm sinh,Ngày sinh\nDB001,An,VP,1976,03/02/1975\nDB002,Bình,VP,1975,1975\n'), 'x.csv');
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'birthYear', 'birthYearMismatch')]);
    expect(result.problems.find((p) => p.code === 'birthYearMismatch')?.params).toMatchObject({ value: 1976, date: '03/02/1975' });
    expect(result.rows.map((r) => [r.fields.birthYear, r.fields.birthDate])).toEqual([[1975, null]]);
  });

  test("whatever the domain schema refuses becomes a row problem, never an exception", async () => {
    // A reference year far ahead lets a birth year past the schema's bound through the importer's own check.
    const result = await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị,Năm sinh\nDB001,An,VP,2150\n'), 'x.csv', new Set(), { referenceYear: 2200 });
    expect(problemsOf(result, 'error')).toEqual([problem(2, 'birthYear', 'invalidValue')]);
    expect(result.rows).toEqual([]);
  });

  test('control characters from old systems are removed from text', async () => {
    const result = await preview(utf8('Mã đại biểu,Họ và tên,Đơn vị\nDB001,Nguyễn\u0007 Văn\u0000 An,Văn phòng\n'), 'x.csv');
    expect(result.rows[0]?.fields.fullName).toBe('Nguyễn Văn An');
  });
});
