import { describe, expect, it } from 'vitest';
import { delegateFields } from '../../../tests/support/domain.js';
import { add, desk, outline, plan, refusal } from '../../../tests/support/agenda.js';
import { addDelegate, removeDelegate } from '../roster/commands.js';
import { journalEntrySchema } from '../events.js';
import { EMPTY_SESSION } from '../state.js';
import { replay } from '../reducer.js';
import {
  addAgendaItem,
  addAgendaItemInput,
  deleteAgendaItem,
  duplicateAgendaItem,
  importAgenda,
  moveAgendaItem,
  restoreAgendaItem,
  updateAgendaItem,
} from './commands.js';
import { agendaItem } from './template.js';
import { agendaPlan, clockOfMinutes, numberedTitle, presenterText } from './select.js';

describe('agenda order and numbering', () => {
  it('numbers items 1, 2, 2.1 in order, leaving breaks unnumbered, and places new items where asked', () => {
    const d = desk();
    const flag = add(d, 'Chào cờ', 5, { kind: 'ceremony' });
    const report = add(d, 'Báo cáo chính trị', 40, { kind: 'report' });
    add(d, 'Giải lao', 15, { kind: 'break' });
    const discussion = add(d, 'Thảo luận', 0, { kind: 'discussion' });
    add(d, 'Tham luận Sở Y tế', 7, { parentId: discussion.id });
    add(d, 'Tham luận Sở Tài chính', 6, { parentId: discussion.id });
    add(d, 'Khai mạc', 15, { index: 1 });
    expect(outline(d)).toEqual([
      '1 Chào cờ 08:00–08:05',
      '2 Khai mạc 08:05–08:20',
      '3 Báo cáo chính trị 08:20–09:00',
      '- Giải lao 09:00–09:15',
      '4 Thảo luận 09:15–09:28',
      '4.1 Tham luận Sở Y tế 09:15–09:22',
      '4.2 Tham luận Sở Tài chính 09:22–09:28',
    ]);
    expect(plan(d).rows.map((r) => r.item.id).slice(0, 3)).toEqual([flag.id, expect.any(String), report.id]);
  });

  it('names a row by its number and title, a break by its title alone', () => {
    const d = desk();
    add(d, 'Giải lao', 15, { kind: 'break' });
    const discussion = add(d, 'Thảo luận', 0, { kind: 'discussion' });
    add(d, 'Tham luận Sở Y tế', 7, { parentId: discussion.id });
    expect(plan(d).rows.map(numberedTitle)).toEqual(['Giải lao', '1. Thảo luận', '1.1. Tham luận Sở Y tế']);
  });

  it('moves an item up and down, into another item and out again, and to another sitting with its sub-items', () => {
    const d = desk();
    const a = add(d, 'A', 5);
    const b = add(d, 'B', 5);
    const c = add(d, 'C', 5);
    d.run(moveAgendaItem, { itemId: c.id, sittingId: 'am', parentId: null, index: 0 });
    expect(outline(d).map((l) => l.split(' ')[1])).toEqual(['C', 'A', 'B']);
    // Into A as its only sub-item (indent), then out again right after A (outdent).
    d.run(moveAgendaItem, { itemId: b.id, sittingId: 'am', parentId: a.id, index: 0 });
    expect(outline(d).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 C', '2 A', '2.1 B']);
    d.run(moveAgendaItem, { itemId: b.id, sittingId: 'am', parentId: null, index: 2 });
    expect(outline(d).map((l) => l.split(' ')[1])).toEqual(['C', 'A', 'B']);
    // Back into A, then A with its sub-item to the afternoon.
    d.run(moveAgendaItem, { itemId: b.id, sittingId: 'am', parentId: a.id, index: 0 });
    d.run(moveAgendaItem, { itemId: a.id, sittingId: 'pm', parentId: null, index: 0 });
    expect(outline(d)).toEqual(['1 C 08:00–08:05']);
    expect(outline(d, 'pm')).toEqual(['1 A 13:30–13:35', '1.1 B 13:30–13:35']);
    expect(d.state.agenda.items.get(b.id)?.sittingId).toBe('pm');
  });

  it('gives a move to the same place no event and clamps an index past the end', () => {
    const d = desk();
    const a = add(d, 'A', 5);
    add(d, 'B', 5);
    const before = d.entries.length;
    d.run(moveAgendaItem, { itemId: a.id, sittingId: 'am', parentId: null, index: 0 });
    expect(d.entries.length).toBe(before);
    d.run(moveAgendaItem, { itemId: a.id, sittingId: 'am', parentId: null, index: 99 });
    expect(outline(d).map((l) => l.split(' ')[1])).toEqual(['B', 'A']);
  });

  it('keeps to one level of sub-items', () => {
    const d = desk();
    const a = add(d, 'A', 5);
    const a1 = add(d, 'A1', 5, { parentId: a.id });
    const b = add(d, 'B', 5);
    expect(refusal(() => add(d, 'deeper', 5, { parentId: a1.id })).code).toBe('agenda.tooDeep');
    expect(refusal(() => d.run(moveAgendaItem, { itemId: a.id, sittingId: 'am', parentId: b.id, index: 0 })).code).toBe('agenda.tooDeep');
    expect(refusal(() => d.run(moveAgendaItem, { itemId: b.id, sittingId: 'am', parentId: b.id, index: 0 })).code).toBe('agenda.tooDeep');
    // A sub-item's parent must be in the sitting it goes to.
    expect(refusal(() => d.run(moveAgendaItem, { itemId: b.id, sittingId: 'pm', parentId: a.id, index: 0 })).code).toBe('agenda.tooDeep');
  });

  it('refuses an unknown sitting, item or presenter', () => {
    const d = desk();
    expect(refusal(() => add(d, 'A', 5, { sittingId: 'nope' })).code).toBe('sitting.unknown');
    expect(refusal(() => d.run(updateAgendaItem, { itemId: 'nope', fields: agendaItem('speech', 'x', 1) })).code).toBe('agenda.itemUnknown');
    expect(refusal(() => add(d, 'A', 5, { presenter: { kind: 'delegate', delegateId: 'ghost' } })).code).toBe('delegate.unknown');
  });

  it('duplicates an item with its sub-items right after it', () => {
    const d = desk();
    const a = add(d, 'Tham luận', 0);
    add(d, 'Sở Y tế', 7, { parentId: a.id });
    add(d, 'Kết thúc', 5);
    const copy = d.run(duplicateAgendaItem, { itemId: a.id });
    expect(copy.id).not.toBe(a.id);
    expect(outline(d).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 Tham', '1.1 Sở', '2 Tham', '2.1 Sở', '3 Kết']);
    expect(d.state.agenda.subItems.get(copy.id)).toHaveLength(1);
  });

  it('deletes an item with its sub-items and restores it to the same place', () => {
    const d = desk();
    add(d, 'A', 5);
    const b = add(d, 'B', 0);
    add(d, 'B1', 5, { parentId: b.id });
    add(d, 'B2', 5, { parentId: b.id });
    add(d, 'C', 5);
    const before = outline(d);
    const deleted = d.run(deleteAgendaItem, { itemId: b.id });
    expect(deleted).toMatchObject({ item: { id: b.id }, subItems: 2 });
    expect(outline(d).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 A', '2 C']);
    expect(d.state.agenda.items.size).toBe(2);
    d.run(restoreAgendaItem, { itemId: b.id });
    expect(outline(d)).toEqual(before);
    expect(refusal(() => d.run(restoreAgendaItem, { itemId: b.id })).code).toBe('agenda.itemUnknown');
  });

  it('cannot restore a sub-item whose item is gone', () => {
    const d = desk();
    const a = add(d, 'A', 0);
    const a1 = add(d, 'A1', 5, { parentId: a.id });
    d.run(deleteAgendaItem, { itemId: a1.id });
    d.run(deleteAgendaItem, { itemId: a.id });
    expect(refusal(() => d.run(restoreAgendaItem, { itemId: a1.id })).code).toBe('agenda.cannotRestore');
  });

  it('shows a presenter from the roster by name and title, a guest as typed, and a removed delegate as missing', () => {
    const d = desk();
    const delegate = d.run(addDelegate, delegateFields('DB001', { fullName: 'Cao Minh Thịnh', position: 'Bí thư Đảng ủy Khối' }));
    add(d, 'Khai mạc', 15, { presenter: { kind: 'delegate', delegateId: delegate.id } });
    add(d, 'Chỉ đạo', 30, { presenter: { kind: 'guest', name: 'Nguyễn Văn Lâm', title: 'Bí thư Tỉnh ủy' } });
    expect(plan(d).rows.map((r) => r.presenter)).toEqual([
      { kind: 'delegate', delegateId: delegate.id, code: 'DB001', name: 'Cao Minh Thịnh', title: 'Bí thư Đảng ủy Khối', organisation: 'Đảng bộ Sở Tài chính' },
      { kind: 'guest', name: 'Nguyễn Văn Lâm', title: 'Bí thư Tỉnh ủy' },
    ]);
    expect(plan(d).rows.map((r) => presenterText(r.presenter))).toEqual(['Cao Minh Thịnh, Bí thư Đảng ủy Khối', 'Nguyễn Văn Lâm, Bí thư Tỉnh ủy']);
    d.run(removeDelegate, { delegateId: delegate.id });
    expect(plan(d).rows[0]?.presenter).toEqual({ kind: 'missing', delegateId: delegate.id });
    expect(presenterText(plan(d).rows[0]?.presenter ?? null)).toBe('');
  });

  it('keeps descriptions and notes on several lines, cleaned', () => {
    const d = desk();
    // As the services receive it: parsed by the call's schema.
    const input = addAgendaItemInput.parse({
      sittingId: 'am',
      parentId: null,
      index: null,
      fields: agendaItem('report', '  Báo cáo   chính trị ', 40, { description: ' Dòng một  \r\n\r\n\r\n  Dòng hai ', notes: 'Chi\u0300 cho Đoàn Chủ tịch' }),
    });
    const item = d.run(addAgendaItem, input);
    expect(item.title).toBe('Báo cáo chính trị');
    expect(item.description).toBe('Dòng một\n\nDòng hai');
    expect(item.notes).toBe('Chì cho Đoàn Chủ tịch');
  });
});

describe('planned times', () => {
  it('follows the sitting start and the durations, honours a fixed start, and lets an item last as long as its sub-items', () => {
    const d = desk();
    add(d, 'Chào cờ', 5);
    add(d, 'Giải lao', 15, { kind: 'break', fixedStart: '09:00' });
    const elections = add(d, 'Bầu cử', 120);
    add(d, 'Bầu Ban Chấp hành', 50, { parentId: elections.id });
    add(d, 'Bầu đoàn đại biểu', 40, { parentId: elections.id });
    add(d, 'Bế mạc', 10);
    expect(outline(d)).toEqual([
      '1 Chào cờ 08:00–08:05',
      '- Giải lao 09:00–09:15',
      '2 Bầu cử 09:15–10:45',
      '2.1 Bầu Ban Chấp hành 09:15–10:05',
      '2.2 Bầu đoàn đại biểu 10:05–10:45',
      '3 Bế mạc 10:45–10:55',
    ]);
    const p = plan(d);
    expect(p.rows[2]?.durationMinutes).toBe(90);
    expect(clockOfMinutes(p.plannedEnd)).toBe('10:55');
    expect(p.overrunMinutes).toBe(0);
  });

  it('warns when the plan runs past the end of the sitting, and by how much', () => {
    const d = desk();
    add(d, 'Báo cáo chính trị', 120);
    add(d, 'Thảo luận', 100);
    const p = plan(d);
    expect(clockOfMinutes(p.plannedEnd)).toBe('11:40');
    expect(clockOfMinutes(p.scheduledEnd)).toBe('11:30');
    expect(p.overrunMinutes).toBe(10);
    expect(agendaPlan(d.state).map((s) => [s.sitting.id, s.overrunMinutes])).toEqual([
      ['am', 10],
      ['pm', 0],
    ]);
  });

  it('marks a fixed start that falls before the previous item ends, without planning what follows backwards', () => {
    const d = desk();
    add(d, 'Báo cáo', 60);
    add(d, 'Giải lao', 15, { kind: 'break', fixedStart: '08:30' });
    add(d, 'Thảo luận', 30);
    expect(plan(d).rows.map((r) => r.overlapsPrevious)).toEqual([false, true, false]);
    expect(outline(d)).toEqual(['1 Báo cáo 08:00–09:00', '- Giải lao 08:30–08:45', '2 Thảo luận 09:00–09:30']);
  });

  it('ends an empty sitting at its start', () => {
    const p = plan(desk(), 'pm');
    expect(p.rows).toEqual([]);
    expect(clockOfMinutes(p.plannedEnd)).toBe('13:30');
  });
});

describe('agenda import', () => {
  it('appends the items of a file to the end of a sitting in one event', () => {
    const d = desk();
    add(d, 'Có sẵn', 5);
    const result = d.run(importAgenda, {
      sittingId: 'am',
      fileName: 'chuong-trinh.csv',
      items: [
        { fields: agendaItem('report', 'Báo cáo', 30), subItems: [] },
        { fields: agendaItem('discussion', 'Thảo luận', 0), subItems: [agendaItem('discussion', 'Tham luận 1', 7), agendaItem('discussion', 'Tham luận 2', 6)] },
      ],
    });
    expect(result).toEqual({ added: 4 });
    expect(d.entries.filter((e) => e.type === 'agenda.itemsAdded')).toHaveLength(1);
    expect(outline(d).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 Có', '2 Báo', '3 Thảo', '3.1 Tham', '3.2 Tham']);
    expect(refusal(() => d.run(importAgenda, { sittingId: 'am', fileName: 'x.csv', items: [] })).code).toBe('agenda.empty');
  });
});

describe('the journal', () => {
  it('holds only valid events, and replaying it gives the same agenda', () => {
    const d = desk();
    const a = add(d, 'A', 5);
    add(d, 'A1', 5, { parentId: a.id });
    const b = add(d, 'B', 5);
    d.run(duplicateAgendaItem, { itemId: a.id });
    d.run(moveAgendaItem, { itemId: b.id, sittingId: 'pm', parentId: null, index: 0 });
    d.run(deleteAgendaItem, { itemId: a.id });
    d.run(restoreAgendaItem, { itemId: a.id });
    for (const entry of d.entries) expect(journalEntrySchema.safeParse(entry).success, entry.type).toBe(true);
    const replayed = replay(d.entries, EMPTY_SESSION);
    expect(agendaPlan(replayed)).toEqual(agendaPlan(d.state));
  });
});
