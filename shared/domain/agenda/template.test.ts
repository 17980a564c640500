import { describe, expect, it } from 'vitest';
import { TestDesk, congressInput } from '../../../tests/support/domain.js';
import { outline } from '../../../tests/support/agenda.js';
import { agendaPlan } from './select.js';
import { createCongressWithAgenda } from './template.js';

const DAY = [
  { id: 'prep', kind: 'preparatory' as const, title: 'Phiên trù bị', date: '2026-07-23', start: '07:30', end: '08:00' },
  { id: 'am', kind: 'official' as const, title: 'Phiên sáng', date: '2026-07-23', start: '08:00', end: '11:30' },
  { id: 'pm', kind: 'official' as const, title: 'Phiên chiều', date: '2026-07-23', start: '13:30', end: '17:00' },
];

describe('the usual agenda of a new congress', () => {
  it('comes with the congress in the same append, spread over the preparatory, morning and afternoon sittings', () => {
    const d = new TestDesk();
    d.run(createCongressWithAgenda, congressInput({ sittings: DAY }));
    expect(d.entries.map((e) => e.type)).toEqual(['congress.created', 'sitting.activated', 'agenda.itemsAdded', 'agenda.itemsAdded', 'agenda.itemsAdded']);
    expect(outline(d, 'prep')[0]).toBe('1 Báo cáo tình hình đại biểu có mặt 07:30–07:33');
    expect(outline(d, 'prep')).toContain('2.1 Bầu Đoàn Chủ tịch Đại hội 07:33–07:37');
    expect(outline(d, 'am')[0]).toBe('1 Chào cờ, hát Quốc ca 08:00–08:05');
    expect(outline(d, 'am')).toContain('- Giải lao 09:40–09:55');
    expect(outline(d, 'pm')[0]).toBe('1 Phát biểu chỉ đạo của đồng chí lãnh đạo cấp trên 13:30–14:00');
    expect(outline(d, 'pm')[outline(d, 'pm').length - 1]).toBe('5.2 Chào cờ bế mạc 16:15–16:20');
    // The usual day fits its sittings.
    expect(agendaPlan(d.state).map((p) => p.overrunMinutes)).toEqual([0, 0, 0]);
  });

  it('is written in the congress\'s language', () => {
    const d = new TestDesk();
    d.run(createCongressWithAgenda, congressInput({ language: 'en', sittings: DAY }));
    expect(outline(d, 'am').slice(0, 3)).toEqual([
      '1 Flag salute and national anthem 08:00–08:05',
      '2 Purpose of the congress, introduction of guests 08:05–08:12',
      '3 Opening speech 08:12–08:27',
    ]);
    expect(outline(d, 'pm')).toContain('3.1 Election of the new executive committee 14:05–14:55');
  });

  it('opens the first sitting with the preparatory part when there is no preparatory sitting, and puts all in a single sitting', () => {
    const d = new TestDesk();
    d.run(createCongressWithAgenda, congressInput({ sittings: [DAY[1] ?? DAY[0]].flatMap((s) => (s ? [s] : [])) }));
    const lines = outline(d, 'am');
    expect(lines[0]).toBe('1 Báo cáo tình hình đại biểu có mặt 08:00–08:03');
    expect(lines.some((l) => l.includes('Chào cờ bế mạc'))).toBe(true);
    // A whole congress does not fit one morning: the plan says so.
    expect(agendaPlan(d.state)[0]?.overrunMinutes).toBeGreaterThan(0);
  });

  it('is ordinary data: every item can be edited, moved and deleted like any other', () => {
    const d = new TestDesk();
    d.run(createCongressWithAgenda, congressInput({ sittings: DAY }));
    const items = [...d.state.agenda.items.values()];
    expect(items.length).toBeGreaterThan(20);
    expect(items.every((i) => i.presenter === null && i.notes === '')).toBe(true);
  });
});
