import { describe, expect, it } from 'vitest';
import { delegateFields } from '../../../tests/support/domain.js';
import { add, desk, refusal } from '../../../tests/support/agenda.js';
import { importRoster } from '../../domain/roster/commands.js';
import type { TestDesk } from '../../../tests/support/domain.js';
import { agendaDocument } from './agenda.js';
import { runSheet } from './run-sheet.js';

const SECRET = 'Chỉ Đoàn Chủ tịch biết: mời đại biểu đứng nghiêm';

/**
 * Morning (08:00–11:30): a flag salute with internal notes, the opening speech by a delegate, the
 * credentials with two sub-items, a break, a report with a fixed start; afternoon: one item.
 */
function congress(): TestDesk {
  const d = desk();
  d.run(importRoster, {
    fileName: 'r.csv',
    delegates: [delegateFields('DB01', { fullName: 'Cao Minh Thịnh', position: 'Bí thư Đảng ủy Khối', organisation: 'Đảng ủy Khối' })],
  });
  const thinh = d.state.roster.byCode.get('db01') ?? '';
  add(d, 'Chào cờ, hát Quốc ca', 5, { kind: 'ceremony', notes: SECRET, description: '' });
  add(d, 'Diễn văn khai mạc', 15, { presenter: { kind: 'delegate', delegateId: thinh }, description: 'Toàn văn trong tài liệu Đại hội.' });
  const credentials = add(d, 'Thẩm tra tư cách đại biểu', 0, { kind: 'report' });
  add(d, 'Báo cáo thẩm tra', 10, { parentId: credentials.id, presenter: { kind: 'guest', name: 'Nguyễn Thị Thu Hà', title: 'Trưởng Ban Thẩm tra' }, notes: 'Số liệu lúc 07:30.' });
  add(d, 'Biểu quyết', 3, { parentId: credentials.id, kind: 'vote' });
  add(d, 'Giải lao', 15, { kind: 'break' });
  add(d, 'Báo cáo chính trị', 200, { kind: 'report', fixedStart: '08:40' });
  add(d, 'Phát biểu chỉ đạo', 30, { sittingId: 'pm' });
  return d;
}

describe('the public agenda (CHƯƠNG TRÌNH ĐẠI HỘI)', () => {
  it('lists every sitting in order, each item with its number, planned times and presenter as name and title', () => {
    const doc = agendaDocument(congress().state, { sitting: null });
    expect(doc.sittings.map((s) => s.sitting.id)).toEqual(['am', 'pm']);
    expect(doc.date).toBe('2026-07-23');
    expect(doc.venue).toBe('Hội trường');
    const [am, pm] = doc.sittings;
    expect(am?.lines.map((l) => `${l.number ?? '-'} ${l.start}–${l.end} ${l.title}`)).toEqual([
      '1 08:00–08:05 Chào cờ, hát Quốc ca',
      '2 08:05–08:20 Diễn văn khai mạc',
      '3 08:20–08:33 Thẩm tra tư cách đại biểu',
      '3.1 08:20–08:30 Báo cáo thẩm tra',
      '3.2 08:30–08:33 Biểu quyết',
      '- 08:33–08:48 Giải lao',
      '4 08:40–12:00 Báo cáo chính trị',
    ]);
    expect(am?.lines.map((l) => [l.depth, l.hasSubItems])).toEqual([[0, false], [0, false], [0, true], [1, false], [1, false], [0, false], [0, false]]);
    expect(am?.lines[1]).toMatchObject({ presenter: { name: 'Cao Minh Thịnh', title: 'Bí thư Đảng ủy Khối' }, description: 'Toàn văn trong tài liệu Đại hội.' });
    expect(am?.lines[3]?.presenter).toEqual({ name: 'Nguyễn Thị Thu Hà', title: 'Trưởng Ban Thẩm tra' });
    expect(am?.lines[0]?.presenter).toBeNull();
    expect(pm?.lines.map((l) => `${l.number} ${l.start}–${l.end} ${l.title}`)).toEqual(['1 13:30–14:00 Phát biểu chỉ đạo']);
  });

  it('carries no internal notes: they cannot reach the paper', () => {
    const doc = agendaDocument(congress().state, { sitting: null });
    const lines = doc.sittings.flatMap((s) => s.lines);
    for (const line of lines) expect(Object.keys(line)).not.toContain('notes');
    expect(JSON.stringify(doc)).not.toContain(SECRET);
    expect(JSON.stringify(doc)).not.toContain('Số liệu lúc 07:30.');
  });

  it('prints one sitting when asked, dated on its day, and refuses a sitting the congress does not have', () => {
    const d = congress();
    const doc = agendaDocument(d.state, { sitting: 'pm' });
    expect(doc.sittings.map((s) => s.sitting.title)).toEqual(['Phiên chiều']);
    expect(doc.date).toBe('2026-07-23');
    expect(refusal(() => agendaDocument(d.state, { sitting: 'evening' })).code).toBe('sitting.unknown');
  });

  it('keeps a sitting without items, so the paper says it has none yet', () => {
    const doc = agendaDocument(desk().state, { sitting: null });
    expect(doc.sittings.map((s) => [s.sitting.id, s.lines.length])).toEqual([['am', 0], ['pm', 0]]);
  });
});

describe("the presidium's run sheet (KỊCH BẢN ĐIỀU HÀNH)", () => {
  it('gives each item its internal notes, length and the presenter’s organisation', () => {
    const sheet = runSheet(congress().state, { sitting: 'am' });
    expect(sheet.sittings).toHaveLength(1);
    const lines = sheet.sittings[0]?.lines ?? [];
    expect(lines.map((l) => [l.number, l.durationMinutes, l.notes])).toEqual([
      ['1', 5, SECRET],
      ['2', 15, ''],
      ['3', 13, ''],
      ['3.1', 10, 'Số liệu lúc 07:30.'],
      ['3.2', 3, ''],
      [null, 15, ''],
      ['4', 200, ''],
    ]);
    expect(lines[1]).toMatchObject({ organisation: 'Đảng ủy Khối', presenter: { name: 'Cao Minh Thịnh', title: 'Bí thư Đảng ủy Khối' } });
    expect(lines[3]?.organisation).toBe('');
  });

  it('warns of a fixed start before the end of what comes before, and of a plan past the sitting’s end', () => {
    const sheet = runSheet(congress().state, { sitting: null });
    const [am, pm] = sheet.sittings;
    expect(am?.lines.filter((l) => l.overlapsPrevious).map((l) => l.title)).toEqual(['Báo cáo chính trị']);
    expect(am).toMatchObject({ plannedEnd: '12:00', overrunMinutes: 30 });
    expect(pm).toMatchObject({ plannedEnd: '14:00', overrunMinutes: 0 });
  });

  it('has the same numbers, times and titles as the public agenda', () => {
    const state = congress().state;
    const pub = agendaDocument(state, { sitting: null }).sittings.flatMap((s) => s.lines);
    const sheet = runSheet(state, { sitting: null }).sittings.flatMap((s) => s.lines);
    expect(sheet.map(({ id, number, start, end, title, presenter }) => ({ id, number, start, end, title, presenter }))).toEqual(
      pub.map(({ id, number, start, end, title, presenter }) => ({ id, number, start, end, title, presenter })),
    );
  });
});
